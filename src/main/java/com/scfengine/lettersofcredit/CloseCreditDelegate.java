package com.scfengine.lettersofcredit;

import com.scfengine.applications.ApplicationStatus;
import com.scfengine.applications.Applications;
import com.scfengine.financing.Bookings;
import com.scfengine.process.BuildingBlock;
import com.scfengine.process.Vars;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Building block {@code closeCredit}: the credit expired or was fully drawn. Gives back what it holds on the limits
 * (all of it, or — while accepted drafts are still to be paid — what no drawing uses), gives the cash margin back to
 * the applicant, and settles the application.
 */
@Component("closeCredit")
class CloseCreditDelegate implements JavaDelegate {

  static final BuildingBlock BLOCK = BuildingBlock.serviceTask("closeCredit", "Closes a letter of credit that expired "
          + "or was fully drawn: gives back its limits and the cash margin, EXPIRED or FULLY_DRAWN, application "
          + "SETTLED. " + BuildingBlock.callsOut("core banking"))
      .order(590)
      .reads("applicationId", "the credit's record")
      .writes("status SETTLED", "the application; the credit EXPIRED or FULLY_DRAWN")
      .build();

  private final LettersOfCredit credits;
  private final Bookings bookings;
  private final Applications applications;
  private final Clock clock;

  CloseCreditDelegate(LettersOfCredit credits, Bookings bookings, Applications applications, Clock clock) {
    this.credits = credits;
    this.bookings = bookings;
    this.applications = applications;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution run) {
    String id = Vars.applicationId(run);
    LetterOfCredit credit = credits.get(id);
    boolean acceptancesOutstanding = credits.presentationsOf(id).stream()
        .anyMatch(p -> p.getStatus() == LcPresentation.Status.ACCEPTED);
    if (acceptancesOutstanding) {
      // accepted drafts are drawn only when paid at maturity: what they will draw stays held until then
      BigDecimal accepted = credits.presentationsOf(id).stream()
          .filter(p -> p.getStatus() == LcPresentation.Status.ACCEPTED)
          .map(LcPresentation::getInvoiceAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
      BigDecimal unused = credit.available().subtract(accepted);
      if (unused.signum() > 0) {
        credits.giveBack(id, unused);
      }
    } else {
      credits.releaseLimits(id);
    }
    if (credit.getSide() == LetterOfCredit.Side.ISSUING && credit.getCashMargin() != null
        && credit.getCashMargin().signum() > 0) {
      bookings.releaseMargin(id, credit.getApplicantId(), credit.getCurrency(), credit.getCashMargin());
    }
    credit.moveTo(credit.available().signum() == 0 ? LetterOfCredit.Status.FULLY_DRAWN
        : LetterOfCredit.Status.EXPIRED, Instant.now(clock));
    credits.save(credit);
    applications.update(id, ApplicationStatus.SETTLED, null, null);
  }
}
