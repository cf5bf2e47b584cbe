package com.scfengine.documents;

import com.scfengine.common.HttpPort;
import com.scfengine.common.HttpPortSettings;
import com.scfengine.common.PortRequestRejectedException;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * DocumentVerifier over HTTP, with timeouts and retries ({@link HttpPort}).
 *
 * <p>JSON contract ({@code invoice} below is {"sellerId", "buyerId", "invoiceNumber", "amount",
 * "currency", "issueDate", "dueDate"}, dates as ISO {@code yyyy-MM-dd}):
 * <pre>
 * POST /invoices/verify                          body invoice
 *   200  {"verified": false, "reason": "not issued by the seller"}
 * POST /customs-declarations/{number}/check      body invoice
 *   200  {"outcome": "MATCH"|"MISMATCH"|"NOT_FOUND", "declarationNumber": "CED-2026-0001",
 *         "declaredValue": 150000.00, "currency": "USD", "reason": null}
 *        (an unknown declaration is a 200 with outcome NOT_FOUND, not a 404)
 * POST /screenings                               body {"name": "Ocean Star Shipping Ltd"}
 *   200  {"name": "…", "outcome": "CLEAR"|"POSSIBLE_MATCH"|"MATCH", "matchedEntry": "Ocean Star Shipping"}
 * PUT /registry/{fingerprint}                    body {"institution": "SCFBHKHHXXX", "reference": "APP-42",
 *                                                      "numberFingerprint": "9f2c…"}
 *   200  {"accepted": true, "matches": []}                     (again with the same institution and reference: the same)
 *        {"accepted": true, "matches": [{"institution": "OTHRGB2LXXX", "reference": "R-7", "sameNumber": false}]}
 *                                                              (same content under another number: recorded)
 *        {"accepted": false, "matches": [{"institution": "OTHRGB2LXXX", "reference": "R-7", "sameNumber": true}]}
 *                                                              (the same receivable at another institution)
 *        {fingerprint} is the SHA-256 of the content (parties, amount, currency, dates), numberFingerprint the
 *        SHA-256 of parties and number; matches name every other registration of the same content
 * DELETE /registry/{fingerprint}?institution=SCFBHKHHXXX&amp;reference=APP-42
 *   204  (404 counts as already released)
 * </pre>
 * Other 4xx → {@link PortRequestRejectedException} carrying the server's message; 5xx, timeouts and
 * I/O errors are retried, then PortUnavailableException.
 */
class DocumentVerifierHttpClient implements DocumentVerifier {

  private final HttpPort http;

  public DocumentVerifierHttpClient(HttpPortSettings settings) {
    this(settings, RestClient.builder());
  }

  public DocumentVerifierHttpClient(HttpPortSettings settings, RestClient.Builder builder) {
    this.http = new HttpPort("document platform", settings, builder);
  }

  @Override
  public VerificationResult verifyInvoice(InvoiceDocument invoice) {
    String operation = "verification of invoice " + invoice.invoiceNumber();
    return http.required(operation, http.call(operation, rest -> rest.post()
        .uri("/invoices/verify")
        .contentType(MediaType.APPLICATION_JSON)
        .body(invoice)
        .retrieve()
        .body(VerificationResult.class)));
  }

  @Override
  public CustomsCheck checkExportDeclaration(String declarationNumber, InvoiceDocument invoice) {
    String operation = "check of export declaration " + declarationNumber;
    return http.required(operation, http.call(operation, rest -> rest.post()
        .uri("/customs-declarations/{number}/check", declarationNumber)
        .contentType(MediaType.APPLICATION_JSON)
        .body(invoice)
        .retrieve()
        .body(CustomsCheck.class)));
  }

  @Override
  public ScreeningResult screen(String name) {
    String operation = "screening of " + name;
    return http.required(operation, http.call(operation, rest -> rest.post()
        .uri("/screenings")
        .contentType(MediaType.APPLICATION_JSON)
        .body(new ScreeningRequest(name))
        .retrieve()
        .body(ScreeningResult.class)));
  }

  @Override
  public RegistryResult registerFingerprint(RegistryEntry entry) {
    String operation = "registration of fingerprint " + entry.fingerprint();
    return http.required(operation, http.call(operation, rest -> rest.put()
        .uri("/registry/{fingerprint}", entry.fingerprint())
        .contentType(MediaType.APPLICATION_JSON)
        .body(new RegistrationRequest(entry.institution(), entry.reference(), entry.numberFingerprint()))
        .retrieve()
        .body(RegistryResult.class)));
  }

  @Override
  public void releaseFingerprint(String fingerprint, String institution, String reference) {
    try {
      http.call("release of fingerprint " + fingerprint, rest -> rest.delete()
          .uri("/registry/{fingerprint}?institution={institution}&reference={reference}", fingerprint, institution,
              reference)
          .retrieve()
          .toBodilessEntity());
    } catch (PortRequestRejectedException e) {
      if (e.status() != 404) {
        throw e;
      }
    }
  }

  record ScreeningRequest(String name) {}

  record RegistrationRequest(String institution, String reference, String numberFingerprint) {}
}
