package com.scfengine.lettersofcredit;

import com.scfengine.applications.ApplicationStatus;
import com.scfengine.applications.Applications;
import com.scfengine.applications.Rejections;
import com.scfengine.limits.Limits;
import com.scfengine.process.BuildingBlock;
import com.scfengine.process.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Building block {@code reserveAmendment}: holds an amendment's increase (with the credit's tolerance) on every
 * facility the credit holds, all or nothing, before the MT707 goes out. A rejected amendment gives it back.
 */
@Component("reserveAmendment")
class ReserveAmendmentDelegate implements JavaDelegate {

  static final BuildingBlock BLOCK = BuildingBlock.serviceTask("reserveAmendment", "Holds a letter of credit "
          + "amendment's increase on every facility the credit holds, all or nothing.")
      .order(565)
      .reads("amendmentIncrease, currency", "the increase with the credit's tolerance")
      .error(ReserveLcLimitDelegate.LIMIT_EXCEEDED, "a facility has not enough available; nothing more is held")
      .build();

  private final Limits limits;
  private final Applications applications;
  private final Rejections rejections;

  ReserveAmendmentDelegate(Limits limits, Applications applications, Rejections rejections) {
    this.limits = limits;
    this.applications = applications;
    this.rejections = rejections;
  }

  @Override
  public void execute(DelegateExecution run) {
    String id = Vars.applicationId(run);
    var held = limits.increase(id, Vars.amount(run, "amendmentIncrease"), Vars.string(run, Vars.CURRENCY));
    if (!held.granted()) {
      throw rejections.refuse(run, ReserveLcLimitDelegate.LIMIT_EXCEEDED, held.reason());
    }
    applications.update(id, ApplicationStatus.ISSUED, null, null);
  }
}
