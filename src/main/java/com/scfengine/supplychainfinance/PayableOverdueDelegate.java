package com.scfengine.supplychainfinance;

import com.scfengine.applications.ApplicationStatus;
import com.scfengine.applications.Applications;
import com.scfengine.process.BuildingBlock;
import com.scfengine.process.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Building block {@code payableOverdue}: the core enterprise did not pay a financed payable at its due date — the
 * payable and the application are OVERDUE. The programme limit stays held and the supplier is not touched: the bank
 * duns the core enterprise.
 */
@Component("payableOverdue")
class PayableOverdueDelegate implements JavaDelegate {

  static final BuildingBlock BLOCK = BuildingBlock.serviceTask("payableOverdue", "The core enterprise did not pay a "
          + "financed payable at its due date: payable and application OVERDUE; the programme limit stays held, the "
          + "supplier is not touched (no recourse).")
      .order(430)
      .reads("payableId", "the payable")
      .reads("rejectionReason", "why the collection failed, recorded as the reason")
      .writes("payable OVERDUE; status OVERDUE, decision UNPAID", "the payable and the application record")
      .build();

  private final Payables payables;
  private final Applications applications;

  PayableOverdueDelegate(Payables payables, Applications applications) {
    this.payables = payables;
    this.applications = applications;
  }

  @Override
  public void execute(DelegateExecution run) {
    payables.overdue(Vars.string(run, EarlyPayments.PAYABLE_ID));
    applications.update(Vars.applicationId(run), ApplicationStatus.OVERDUE, "UNPAID",
        Vars.optionalString(run, Vars.REJECTION_REASON));
  }
}
