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
 * Building block {@code settlePresentation}: the issuing bank honours — pays the presenting bank the amount less any
 * discrepancy fee and debits the applicant, or lends it to the applicant as an import loan (the settlement task's
 * choice), once per presentation. The payment draws on the credit and gives back its part of the limit; when nothing
 * is left to draw, the credit's process closes it.
 */
@Component("settlePresentation")
class SettlePresentationDelegate implements JavaDelegate {

  static final String IMPORT_LOAN = "IMPORT_LOAN";

  static final BuildingBlock BLOCK = BuildingBlock.serviceTask("settlePresentation", "Honours a presentation under a "
          + "letter of credit: pays the presenting bank, debits the applicant or books an import loan, draws on the "
          + "credit, gives back its part of the limit. " + BuildingBlock.callsOut("core banking"))
      .order(660)
      .reads("presentationId, settlement", "which presentation; DEBIT_APPLICANT or IMPORT_LOAN")
      .writes("PAID", "the presentation; the credit FULLY_DRAWN when nothing is left")
      .build();

  private final LettersOfCredit credits;
  private final Bookings bookings;
  private final Clock clock;

  SettlePresentationDelegate(LettersOfCredit credits, Bookings bookings, Clock clock) {
    this.credits = credits;
    this.bookings = bookings;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution run) {
    LcPresentation presentation = credits.presentation(Vars.string(run, "presentationId"));
    if (presentation.getStatus() == LcPresentation.Status.PAID) {
      return;
    }
    LetterOfCredit credit = credits.get(presentation.getLcId());
    String settlement = Vars.optionalString(run, "settlement");
    boolean importLoan = IMPORT_LOAN.equals(settlement);
    BigDecimal amount = presentation.getInvoiceAmount();
    BigDecimal fee = presentation.getDiscrepancyFee() == null ? BigDecimal.ZERO : presentation.getDiscrepancyFee();
    bookings.honour(credit.getId(), presentation.getId(), credit.getApplicantId(), importLoan, credit.getCurrency(),
        amount, fee);
    Instant now = Instant.now(clock);
    presentation.pay(amount.subtract(fee), importLoan ? IMPORT_LOAN : "DEBIT_APPLICANT", now);
    credits.savePresentation(presentation);
    boolean fullyDrawn = credit.draw(amount, now);
    credits.save(credit);
    credits.giveBack(credit.getId(), amount);
    if (fullyDrawn) {
      credits.announceFullyDrawn(credit.getId());
    }
  }
}
