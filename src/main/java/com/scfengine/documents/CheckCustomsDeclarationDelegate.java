package com.scfengine.documents;

import static com.scfengine.process.Vars.CUSTOMS_DECLARATION;

import com.scfengine.process.BuildingBlock;
import com.scfengine.process.Vars;
import com.scfengine.registry.ReceivableRegistry;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Building block {@code checkCustomsDeclaration}: the cited export declaration matches the invoice and still has
 * value to finance; the invoice is charged against it.
 */
@Component("checkCustomsDeclaration")
class CheckCustomsDeclarationDelegate implements JavaDelegate {

  static final BuildingBlock BLOCK = BuildingBlock.serviceTask("checkCustomsDeclaration", "Matches the cited "
          + "customs export declaration with the invoice and charges it, so that the sum financed against one "
          + "declaration never exceeds its value." + BuildingBlock.callsOut("the document port"))
      .order(220)
      .reads("customsDeclaration", "required: the declaration number")
      .reads(BuildingBlock.TERMS, "the invoice's terms")
      .writes("rejectionReason", "why, when refused")
      .error(DocumentTrail.REJECTED, "the declaration does not match, or is already financed up to its value")
      .build();

  private final DocumentVerifier documents;
  private final ReceivableRegistry registry;
  private final DocumentTrail trail;

  CheckCustomsDeclarationDelegate(DocumentVerifier documents, ReceivableRegistry registry, DocumentTrail trail) {
    this.documents = documents;
    this.registry = registry;
    this.trail = trail;
  }

  @Override
  public void execute(DelegateExecution run) {
    String number = Vars.string(run, CUSTOMS_DECLARATION);
    InvoiceDocument invoice = DocumentTrail.invoice(run);
    CustomsCheck check = documents.checkExportDeclaration(number, invoice);
    trail.record(run, "CUSTOMS_EXPORT_DECLARATION", number, check.outcome().name(), check.reason());
    if (!check.matches()) {
      throw trail.reject(run, "Customs export declaration " + number + " does not match the invoice: "
          + (check.reason() == null ? check.outcome() : check.reason()));
    }
    if (!registry.chargeDeclaration(Vars.applicationId(run), number, invoice.sellerId(), check.declaredValue(),
        check.currency())) {
      throw trail.reject(run, "Customs export declaration " + number + " is already financed up to its value of "
          + check.declaredValue().toPlainString() + " " + check.currency());
    }
  }
}
