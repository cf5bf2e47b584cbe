package com.scfengine.documents;

import static com.scfengine.process.Vars.APPLICANT_ID;
import static com.scfengine.process.Vars.APPLICANT_NAME;
import static com.scfengine.process.Vars.COUNTERPARTY_ID;
import static com.scfengine.process.Vars.COUNTERPARTY_NAME;
import static com.scfengine.process.Vars.CUSTOMS_DECLARATION;
import static com.scfengine.process.Vars.DUE_DATE;
import static com.scfengine.process.Vars.FACE_AMOUNT;
import static com.scfengine.process.Vars.INSTRUMENT_NUMBER;
import static com.scfengine.process.Vars.ISSUE_DATE;

import com.scfengine.applications.Rejections;
import com.scfengine.process.Vars;
import com.scfengine.registry.Receivable;
import com.scfengine.registry.ReceivableRegistry;
import com.scfengine.registry.ReceivableState;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The document building blocks. Each calls the document port once, records the result on the
 * application's audit trail, and throws BPMN error {@code DOCUMENTS_REJECTED} (with the reason) for a
 * failure the model routes. A port outage is not a business outcome: it propagates, the job retries.
 */
@Configuration
class DocumentDelegates {

  static final String REJECTED = "DOCUMENTS_REJECTED";

  private final DocumentVerifier documents;
  private final TradeDocumentRepository trail;
  private final ReceivableRegistry registry;
  private final Rejections rejections;

  DocumentDelegates(DocumentVerifier documents, TradeDocumentRepository trail, ReceivableRegistry registry,
      Rejections rejections) {
    this.documents = documents;
    this.trail = trail;
    this.registry = registry;
    this.rejections = rejections;
  }

  /** {@code verifyInvoice}: the invoice is authentic. */
  @Bean
  JavaDelegate verifyInvoice() {
    return run -> {
      InvoiceDocument invoice = invoice(run);
      VerificationResult result = documents.verifyInvoice(invoice);
      record(run, "INVOICE", invoice.invoiceNumber(), result.verified() ? "VERIFIED" : "FAILED", result.reason());
      if (!result.verified()) {
        reject(run, "Invoice " + invoice.invoiceNumber() + " failed verification: " + result.reason());
      }
    };
  }

  /** {@code externalRegistry}: the receivable's fingerprint is accepted by the shared registry (not financed elsewhere). */
  @Bean
  JavaDelegate externalRegistry() {
    return run -> {
      String id = Vars.applicationId(run);
      Receivable receivable = registry.of(id).stream().filter(r -> r.getState() != ReceivableState.RELEASED)
          .findFirst().orElseThrow(() -> new IllegalStateException("No registered receivable for " + id));
      RegistryResult result = documents.registerFingerprint(receivable.getFingerprint(), id);
      record(run, "REGISTRY", receivable.getFingerprint(), result.accepted() ? "ACCEPTED" : "ALREADY_REGISTERED",
          result.accepted() ? null : "registered by " + result.registeredBy());
      if (!result.accepted()) {
        reject(run, "The receivable is already registered for financing elsewhere (" + result.registeredBy() + ")");
      }
      if (receivable.getNearDuplicateOf() != null) {
        run.setVariable("nearDuplicateOf", receivable.getNearDuplicateOf());
      }
    };
  }

  /** {@code checkCustomsDeclaration}: the cited export declaration matches the invoice and still has value to finance. */
  @Bean
  JavaDelegate checkCustomsDeclaration() {
    return run -> {
      String number = Vars.string(run, CUSTOMS_DECLARATION);
      InvoiceDocument invoice = invoice(run);
      CustomsCheck check = documents.checkExportDeclaration(number, invoice);
      record(run, "CUSTOMS_EXPORT_DECLARATION", number, check.outcome().name(), check.reason());
      if (!check.matches()) {
        reject(run, "Customs export declaration " + number + " does not match the invoice: "
            + (check.reason() == null ? check.outcome() : check.reason()));
      }
      if (!registry.chargeDeclaration(Vars.applicationId(run), number, invoice.sellerId(), check.declaredValue(),
          check.currency())) {
        reject(run, "Customs export declaration " + number + " is already financed up to its value of "
            + check.declaredValue().toPlainString() + " " + check.currency());
      }
    };
  }

  /**
   * {@code screenParties}: seller and buyer names against the sanctions list. Sets {@code screeningOutcome}
   * CLEAR or POSSIBLE_MATCH (a near-duplicate receivable also needs a person) and {@code screeningDetail};
   * a MATCH rejects.
   */
  @Bean
  JavaDelegate screenParties() {
    return run -> {
      List<String> hits = new ArrayList<>();
      boolean match = false;
      for (String name : List.of(Vars.string(run, APPLICANT_NAME), Vars.string(run, COUNTERPARTY_NAME))) {
        ScreeningResult result = documents.screen(name);
        record(run, "SANCTIONS_SCREENING", name, result.outcome().name(), result.matchedEntry());
        if (result.outcome() != ScreeningResult.Outcome.CLEAR) {
          hits.add(name + " ~ " + result.matchedEntry() + " (" + result.outcome() + ")");
          match |= result.outcome() == ScreeningResult.Outcome.MATCH;
        }
      }
      if (match) {
        reject(run, "Sanctions match: " + String.join("; ", hits));
      }
      Object nearDuplicate = run.getVariable("nearDuplicateOf");
      if (nearDuplicate != null) {
        hits.add("same content as receivable " + nearDuplicate + " under another number");
      }
      run.setVariable("screeningOutcome", hits.isEmpty() ? "CLEAR" : "POSSIBLE_MATCH");
      run.setVariable("screeningDetail", String.join("; ", hits));
    };
  }

  private InvoiceDocument invoice(DelegateExecution run) {
    return new InvoiceDocument(Vars.string(run, APPLICANT_ID), Vars.string(run, COUNTERPARTY_ID),
        Vars.string(run, INSTRUMENT_NUMBER), Vars.amount(run, FACE_AMOUNT), Vars.string(run, Vars.CURRENCY),
        Vars.date(run, ISSUE_DATE), Vars.date(run, DUE_DATE));
  }

  private void record(DelegateExecution run, String kind, String reference, String result, String detail) {
    trail.save(new TradeDocument(Vars.applicationId(run), kind, reference, result, detail));
  }

  private void reject(DelegateExecution run, String reason) {
    throw rejections.refuse(run, REJECTED, reason);
  }
}
