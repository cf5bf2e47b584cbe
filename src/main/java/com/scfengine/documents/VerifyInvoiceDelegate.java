package com.scfengine.documents;

import com.scfengine.process.BuildingBlock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Building block {@code verifyInvoice}: the invoice is authentic. */
@Component("verifyInvoice")
class VerifyInvoiceDelegate implements JavaDelegate {

  static final BuildingBlock BLOCK = BuildingBlock.serviceTask("verifyInvoice", "Checks through the document port "
          + "that the invoice (or instrument) is authentic, and records the result on the application's document "
          + "trail." + BuildingBlock.callsOut("the document port"))
      .order(200)
      .reads(BuildingBlock.TERMS, "the instrument's terms")
      .writes("rejectionReason", "why, when it fails")
      .error(DocumentTrail.REJECTED, "the document failed verification")
      .build();

  private final DocumentVerifier documents;
  private final DocumentTrail trail;

  VerifyInvoiceDelegate(DocumentVerifier documents, DocumentTrail trail) {
    this.documents = documents;
    this.trail = trail;
  }

  @Override
  public void execute(DelegateExecution run) {
    InvoiceDocument invoice = DocumentTrail.invoice(run);
    VerificationResult result = documents.verifyInvoice(invoice);
    trail.record(run, "INVOICE", invoice.invoiceNumber(), result.verified() ? "VERIFIED" : "FAILED", result.reason());
    if (!result.verified()) {
      throw trail.reject(run, "Invoice " + invoice.invoiceNumber() + " failed verification: " + result.reason());
    }
  }
}
