package com.scfengine.supplychainfinance;

import com.scfengine.process.BuildingBlock;
import com.scfengine.process.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Building block {@code decideSupplier}: records the outcome of a supplier's onboarding on its programme — ACTIVE, or
 * DECLINED with the reviewer's reason.
 */
@Component("decideSupplier")
class DecideSupplierDelegate implements JavaDelegate {

  static final BuildingBlock BLOCK = BuildingBlock.serviceTask("decideSupplier", "Records the outcome of a "
          + "supplier's onboarding on a programme: ACTIVE (its payables may be uploaded and financed) or DECLINED, "
          + "with the reviewer's comment as the reason.")
      .order(150)
      .reads("programmeId, supplierId", "the programme and the supplier")
      .reads("approved, reviewComment", "the reviewer's decision and comment")
      .setting("reason", "optional: the reason to record instead of the comment")
      .writes("supplier ACTIVE or DECLINED", "the supplier's place on the programme")
      .build();

  private final Programmes programmes;

  DecideSupplierDelegate(Programmes programmes) {
    this.programmes = programmes;
  }

  @Override
  public void execute(DelegateExecution run) {
    String reason = Vars.optionalString(run, "reason");
    programmes.decide(Vars.string(run, EarlyPayments.PROGRAMME_ID), Vars.string(run, "supplierId"),
        Vars.flag(run, "approved", false), reason != null ? reason : Vars.optionalString(run, "reviewComment"));
  }
}
