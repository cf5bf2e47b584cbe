package com.scfengine.supplychainfinance;

import com.scfengine.applications.Applications;
import com.scfengine.process.BuildingBlock;
import com.scfengine.process.Vars;
import com.scfengine.registry.ReceivableRegistry;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Building block {@code payableFinanced}: after the disbursement, the payable is FINANCED with the discount and what
 * the supplier was paid (as the application records them), and its receivable — registered under the payable's id
 * when it was uploaded — is FINANCED.
 */
@Component("payableFinanced")
class PayableFinancedDelegate implements JavaDelegate {

  static final BuildingBlock BLOCK = BuildingBlock.serviceTask("payableFinanced", "After the disbursement: the payable "
          + "is FINANCED with its discount and what the supplier was paid, and its receivable (registered under the "
          + "payable's id at the upload) is FINANCED.")
      .order(412)
      .reads("payableId", "the payable")
      .reads("discountInterest, netAdvance", "as recorded on the application")
      .writes("payable FINANCED, receivable FINANCED", "the payable and the registry")
      .build();

  private final Payables payables;
  private final Applications applications;
  private final ReceivableRegistry registry;

  PayableFinancedDelegate(Payables payables, Applications applications, ReceivableRegistry registry) {
    this.payables = payables;
    this.applications = applications;
    this.registry = registry;
  }

  @Override
  public void execute(DelegateExecution run) {
    String id = Vars.applicationId(run);
    String payableId = Vars.string(run, EarlyPayments.PAYABLE_ID);
    var priced = applications.get(id).getPricing().orElseThrow(() ->
        new IllegalStateException("Early payment " + id + " was not priced"));
    payables.financed(payableId, priced.discountInterest(), priced.netAdvance());
    registry.markFinanced(payableId);
  }
}
