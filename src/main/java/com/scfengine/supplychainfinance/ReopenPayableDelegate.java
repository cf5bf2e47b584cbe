package com.scfengine.supplychainfinance;

import com.scfengine.process.BuildingBlock;
import com.scfengine.process.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Building block {@code reopenPayable}: an early payment was refused, so its payable is OPEN again — the supplier may
 * ask later, or be paid at the due date. Its receivable stays registered under the payable's id.
 */
@Component("reopenPayable")
class ReopenPayableDelegate implements JavaDelegate {

  static final BuildingBlock BLOCK = BuildingBlock.serviceTask("reopenPayable", "An early payment was refused: its "
          + "payable is OPEN again (the supplier may ask again later); its receivable stays registered.")
      .order(115)
      .reads("payableId", "the payable")
      .writes("payable OPEN", "the payable, when it was FINANCING under this application")
      .build();

  private final Payables payables;

  ReopenPayableDelegate(Payables payables) {
    this.payables = payables;
  }

  @Override
  public void execute(DelegateExecution run) {
    Payable payable = payables.get(Vars.string(run, EarlyPayments.PAYABLE_ID));
    if (Vars.applicationId(run).equals(payable.getApplicationId())) { // never another application's payable
      payables.refused(payable.getId());
    }
  }
}
