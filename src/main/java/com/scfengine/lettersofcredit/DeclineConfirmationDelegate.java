package com.scfengine.lettersofcredit;

import com.scfengine.applications.ApplicationStatus;
import com.scfengine.applications.Applications;
import com.scfengine.process.BuildingBlock;
import com.scfengine.process.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Building block {@code declineConfirmation}: the bank does not confirm — the credit was declined or the issuing
 * bank's or its country's limit has not enough. The credit stays advised without the bank's confirmation.
 */
@Component("declineConfirmation")
class DeclineConfirmationDelegate implements JavaDelegate {

  static final BuildingBlock BLOCK = BuildingBlock.serviceTask("declineConfirmation", "Leaves an advised letter of "
          + "credit unconfirmed when its confirmation was declined or the limits are short, with the reason.")
      .order(730)
      .reads("rejectionReason", "why")
      .writes("confirmationDeclined", "the reason")
      .build();

  private final Applications applications;

  DeclineConfirmationDelegate(Applications applications) {
    this.applications = applications;
  }

  @Override
  public void execute(DelegateExecution run) {
    String reason = Vars.optionalString(run, Vars.REJECTION_REASON);
    run.setVariable("confirmationDeclined", reason == null ? "declined" : reason);
    applications.update(Vars.applicationId(run), ApplicationStatus.ISSUED, "ADVISED_WITHOUT_CONFIRMATION", reason);
  }
}
