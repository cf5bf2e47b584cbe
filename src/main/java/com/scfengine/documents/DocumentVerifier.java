package com.scfengine.documents;

/**
 * Port: the trade-document platform. Authenticity of invoices and customs export declarations,
 * sanctions screening of names, and the external registry of financed receivables (fingerprints only,
 * never the document).
 */
interface DocumentVerifier {

  VerificationResult verifyInvoice(InvoiceDocument invoice);

  /** Whether the customs export declaration exists and matches the invoice (exporter, buyer, value, currency). */
  CustomsCheck checkExportDeclaration(String declarationNumber, InvoiceDocument invoice);

  /** Screens one name (party, bank, vessel, port) against the sanctions list. */
  ScreeningResult screen(String name);

  /** Registers a receivable's one-way fingerprint with the external registry, idempotently per fingerprint and bank reference. */
  RegistryResult registerFingerprint(String fingerprint, String reference);

  /** Withdraws a fingerprint this bank registered (rejection or cancellation). */
  void releaseFingerprint(String fingerprint, String reference);
}
