package com.scfengine.documents;

import com.scfengine.common.AdapterPort;

/**
 * Port: the trade-document platform. Authenticity of invoices and customs export declarations,
 * sanctions screening of names, and the external registry of financed receivables (fingerprints only,
 * never the document).
 */
@AdapterPort("document-verifier")
interface DocumentVerifier {

  VerificationResult verifyInvoice(InvoiceDocument invoice);

  /** Whether the customs export declaration exists and matches the invoice (exporter, buyer, value, currency). */
  CustomsCheck checkExportDeclaration(String declarationNumber, InvoiceDocument invoice);

  /** Screens one name (party, bank, vessel, port) against the sanctions list. */
  ScreeningResult screen(String name);

  /**
   * Registers a receivable's one-way fingerprints with the external registry, idempotently per fingerprint,
   * institution and reference; the answer names every other registration of the same content.
   */
  RegistryResult registerFingerprint(RegistryEntry entry);

  /** Withdraws a fingerprint this institution registered under this reference (rejection or cancellation). */
  void releaseFingerprint(String fingerprint, String institution, String reference);
}
