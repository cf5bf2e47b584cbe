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
 * Building block {@code adviseCredit}: the credit is authentic — the bank advises it to its customer, the beneficiary
 * (ADVISED). Whether the bank goes on to add its confirmation is the advising officer's choice, offered only when the
 * issuing bank asked for it or allowed it (field 49 CONFIRM or MAY ADD).
 */
@Component("adviseCredit")
class AdviseCreditDelegate implements JavaDelegate {

  static final BuildingBlock BLOCK = BuildingBlock.serviceTask("adviseCredit", "Advises an authentic letter of credit "
          + "to the beneficiary (ADVISED) and decides whether to go on to confirm it.")
      .order(700)
      .reads("addConfirmation, confirmation", "the officer's choice and the issuing bank's instructions")
      .writes("addConfirmation", "true only when chosen and asked for or allowed")
      .build();

  private final LettersOfCredit credits;
  private final Applications applications;
  private final Clock clock;

  AdviseCreditDelegate(LettersOfCredit credits, Applications applications, Clock clock) {
    this.credits = credits;
    this.applications = applications;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution run) {
    String id = Vars.applicationId(run);
    LetterOfCredit credit = credits.get(id);
    credit.moveTo(LetterOfCredit.Status.ADVISED, Instant.now(clock));
    credits.save(credit);
    applications.update(id, ApplicationStatus.ISSUED, "ADVISED", null);
    run.setVariable("addConfirmation", Vars.flag(run, "addConfirmation", false)
        && credit.getConfirmation() != LcTerms.Confirmation.WITHOUT);
  }
}
