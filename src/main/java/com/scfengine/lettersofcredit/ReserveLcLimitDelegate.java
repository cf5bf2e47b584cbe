package com.scfengine.lettersofcredit;

import com.scfengine.applications.ApplicationStatus;
import com.scfengine.applications.Applications;
import com.scfengine.applications.Rejections;
import com.scfengine.limits.FacilityKind;
import com.scfengine.limits.Limits;
import com.scfengine.process.BuildingBlock;
import com.scfengine.process.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Building block {@code reserveLcLimit}: holds the credit's exposure — the amount plus the positive tolerance, less
 * any cash margin — on the applicant's OBLIGOR facility (one for the product, or its general one). Marks the
 * application APPROVED.
 */
@Component("reserveLcLimit")
class ReserveLcLimitDelegate implements JavaDelegate {

  static final String LIMIT_EXCEEDED = "LIMIT_EXCEEDED";

  static final BuildingBlock BLOCK = BuildingBlock.serviceTask("reserveLcLimit", "Holds a letter of credit's exposure "
          + "(amount plus positive tolerance, less cash margin) on the applicant's OBLIGOR facility. Marks the "
          + "application APPROVED.")
      .order(520)
      .reads("applicationId", "the credit's record: its maximum less the cash margin, its applicant and currency")
      .writes("status APPROVED", "the application record")
      .error(LIMIT_EXCEEDED, "the applicant's facility has not enough available; nothing is held")
      .build();

  private final LettersOfCredit credits;
  private final Limits limits;
  private final Applications applications;
  private final Rejections rejections;

  ReserveLcLimitDelegate(LettersOfCredit credits, Limits limits, Applications applications, Rejections rejections) {
    this.credits = credits;
    this.limits = limits;
    this.applications = applications;
    this.rejections = rejections;
  }

  @Override
  public void execute(DelegateExecution run) {
    String id = Vars.applicationId(run);
    LetterOfCredit credit = credits.get(id);
    var held = limits.reserve(id, credit.getApplicantId(), FacilityKind.OBLIGOR, credit.getProduct(),
        credit.maximum().subtract(credit.getCashMargin()), credit.getCurrency());
    if (!held.granted()) {
      throw rejections.refuse(run, LIMIT_EXCEEDED, held.reason());
    }
    applications.update(id, ApplicationStatus.APPROVED, null, null);
  }
}
