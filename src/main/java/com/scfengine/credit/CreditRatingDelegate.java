package com.scfengine.credit;

import com.scfengine.applications.Applications;
import com.scfengine.enterprises.Enterprises;
import com.scfengine.process.BuildingBlock;
import com.scfengine.process.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Building block {@code creditRating}: rates the enterprise named by the input parameter {@code ratedParty}
 * (default: the variable {@code applicantId}) through the credit port, stores the rating on the enterprise
 * and the application, and sets {@code ratingGrade} and {@code probabilityOfDefault}.
 */
@Component("creditRating")
class CreditRatingDelegate implements JavaDelegate {

  static final BuildingBlock BLOCK = BuildingBlock.serviceTask("creditRating", "Rates an enterprise through the "
          + "credit port and stores the rating on the enterprise and the application."
          + BuildingBlock.callsOut("the credit port"))
      .order(300)
      .reads("applicantId", "the enterprise rated, unless the setting ratedParty names another")
      .setting("ratedParty", "optional: the enterprise id to rate, e.g. ${counterpartyId}")
      .writes("ratingGrade", "AAA, AA, A, BBB, BB, B, CCC or D")
      .writes("probabilityOfDefault", "a decimal fraction as text, e.g. 0.0125")
      .build();

  private final CreditBureau bureau;
  private final Enterprises enterprises;
  private final Applications applications;

  CreditRatingDelegate(CreditBureau bureau, Enterprises enterprises, Applications applications) {
    this.bureau = bureau;
    this.enterprises = enterprises;
    this.applications = applications;
  }

  @Override
  public void execute(DelegateExecution run) {
    String party = Vars.optionalString(run, "ratedParty");
    String enterpriseId = party != null ? party : Vars.string(run, Vars.APPLICANT_ID);
    CreditRating rating = bureau.rate(enterpriseId);
    enterprises.recordRating(enterpriseId, rating.grade(), rating.probabilityOfDefault());
    applications.recordRating(Vars.applicationId(run), rating.grade());
    run.setVariable(Vars.RATING_GRADE, rating.grade());
    run.setVariable("probabilityOfDefault",
        rating.probabilityOfDefault() == null ? null : rating.probabilityOfDefault().toPlainString());
  }
}
