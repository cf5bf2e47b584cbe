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
 * Building block {@code confirmCredit}: the bank adds its confirmation (UCP 600 Art. 8): it is now bound to honour or
 * negotiate complying presentations itself, without recourse to the beneficiary. The credit is CONFIRMED.
 */
@Component("confirmCredit")
class ConfirmCreditDelegate implements JavaDelegate {

  static final BuildingBlock BLOCK = BuildingBlock.serviceTask("confirmCredit", "Adds the bank's confirmation to an "
          + "advised letter of credit; CONFIRMED.")
      .order(740)
      .reads("applicationId", "the credit")
      .build();

  private final LettersOfCredit credits;
  private final Applications applications;
  private final Clock clock;

  ConfirmCreditDelegate(LettersOfCredit credits, Applications applications, Clock clock) {
    this.credits = credits;
    this.applications = applications;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution run) {
    String id = Vars.applicationId(run);
    LetterOfCredit credit = credits.get(id);
    credit.confirm(Instant.now(clock));
    credits.save(credit);
    applications.update(id, ApplicationStatus.ISSUED, "CONFIRMED", null);
  }
}
