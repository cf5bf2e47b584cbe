package com.scfengine.lettersofcredit;

import com.scfengine.financing.Bookings;
import com.scfengine.process.BuildingBlock;
import com.scfengine.process.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Building block {@code blockCashMargin}: blocks the cash margin on the applicant's account through core banking,
 * once (key {@code {application}:CASH-MARGIN}); it comes back when the credit ends.
 */
@Component("blockCashMargin")
class BlockCashMarginDelegate implements JavaDelegate {

  static final BuildingBlock BLOCK = BuildingBlock.serviceTask("blockCashMargin", "Blocks a letter of credit's cash "
          + "margin on the applicant's account, once. " + BuildingBlock.callsOut("core banking"))
      .order(530)
      .reads("applicationId", "the credit's record: its cash margin, applicant and currency")
      .build();

  private final LettersOfCredit credits;
  private final Bookings bookings;

  BlockCashMarginDelegate(LettersOfCredit credits, Bookings bookings) {
    this.credits = credits;
    this.bookings = bookings;
  }

  @Override
  public void execute(DelegateExecution run) {
    LetterOfCredit credit = credits.get(Vars.applicationId(run));
    bookings.blockMargin(credit.getId(), credit.getApplicantId(), credit.getCurrency(), credit.getCashMargin());
  }
}
