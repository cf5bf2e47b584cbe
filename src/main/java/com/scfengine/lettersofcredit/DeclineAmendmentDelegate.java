package com.scfengine.lettersofcredit;

import com.scfengine.applications.ApplicationStatus;
import com.scfengine.applications.Applications;
import com.scfengine.process.BuildingBlock;
import com.scfengine.process.Vars;
import java.time.Clock;
import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Building block {@code declineAmendment}: the bank will not amend — the increase was declined or the limit has not
 * enough. The amendment is DECLINED with the reason; the credit stays as it was.
 */
@Component("declineAmendment")
class DeclineAmendmentDelegate implements JavaDelegate {

  static final BuildingBlock BLOCK = BuildingBlock.serviceTask("declineAmendment", "Declines a letter of credit's "
          + "amendment (credit or limit refused): the amendment DECLINED with the reason, the credit unchanged.")
      .order(560)
      .reads("amendmentNumber, amendmentDeclinedReason", "which amendment, why")
      .build();

  private final LettersOfCredit credits;
  private final Applications applications;
  private final Clock clock;

  DeclineAmendmentDelegate(LettersOfCredit credits, Applications applications, Clock clock) {
    this.credits = credits;
    this.applications = applications;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution run) {
    String id = Vars.applicationId(run);
    LcAmendment amendment = credits.amendment(id, ((Number) run.getVariable("amendmentNumber")).intValue());
    // the reason as the model's boundary events record it (errorMessageVariable)
    amendment.moveTo(LcAmendment.Status.DECLINED, Vars.optionalString(run, "amendmentDeclinedReason"),
        Instant.now(clock));
    credits.saveAmendment(amendment);
    applications.update(id, ApplicationStatus.ISSUED, null, null);
  }
}
