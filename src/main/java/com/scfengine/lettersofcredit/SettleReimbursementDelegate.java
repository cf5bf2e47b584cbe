package com.scfengine.lettersofcredit;

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
 * Building block {@code settleReimbursement}: the issuing bank reimbursed a presentation the bank negotiated (the
 * money settles the bank's claim) or forwarded (the money goes on to the exporter), once per presentation. A
 * forwarded presentation draws on the credit now; what the credit held on the bank's and country's limits for it is
 * given back; when nothing is left to draw, the credit's process closes it.
 */
@Component("settleReimbursement")
class SettleReimbursementDelegate implements JavaDelegate {

  static final BuildingBlock BLOCK = BuildingBlock.serviceTask("settleReimbursement", "Books the issuing bank's "
          + "reimbursement of a negotiated or forwarded presentation; REIMBURSED. " + BuildingBlock.callsOut("core banking"))
      .order(680)
      .reads("presentationId", "the presentation")
      .build();

  private final LettersOfCredit credits;
  private final Bookings bookings;
  private final Clock clock;

  SettleReimbursementDelegate(LettersOfCredit credits, Bookings bookings, Clock clock) {
    this.credits = credits;
    this.bookings = bookings;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution run) {
    LcPresentation presentation = credits.presentation(Vars.string(run, "presentationId"));
    if (presentation.getStatus() == LcPresentation.Status.REIMBURSED) {
      return;
    }
    LetterOfCredit credit = credits.get(presentation.getLcId());
    BigDecimal amount = presentation.getInvoiceAmount();
    boolean negotiated = presentation.isNegotiated();
    bookings.reimbursed(credit.getId(), presentation.getId(), credit.getApplicantId(),
        NegotiatePresentationDelegate.issuingBank(run, credit), negotiated, credit.getCurrency(), amount);
    Instant now = Instant.now(clock);
    boolean fullyDrawn = negotiated ? credit.available().signum() == 0 : credit.draw(amount, now);
    presentation.moveTo(LcPresentation.Status.REIMBURSED, now);
    credits.savePresentation(presentation);
    credits.save(credit);
    credits.giveBack(credit.getId(), amount);
    if (fullyDrawn) {
      credits.announceFullyDrawn(credit.getId());
    }
  }
}
