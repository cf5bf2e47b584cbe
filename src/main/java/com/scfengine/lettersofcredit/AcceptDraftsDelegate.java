package com.scfengine.lettersofcredit;

import com.scfengine.money.BankingCalendar;
import com.scfengine.process.BuildingBlock;
import com.scfengine.process.Vars;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Building block {@code acceptDrafts}: for a usance credit (by acceptance or deferred payment), undertakes to pay at
 * maturity — the credit's tenor after the documents were found complying, moved to the next banking day of the
 * credit's currency — and sets the maturity timer. The presentation is ACCEPTED.
 */
@Component("acceptDrafts")
class AcceptDraftsDelegate implements JavaDelegate {

  static final BuildingBlock BLOCK = BuildingBlock.serviceTask("acceptDrafts", "Accepts a usance presentation under a "
          + "letter of credit: maturity after the credit's tenor, on a banking day; ACCEPTED.")
      .order(650)
      .reads("presentationId, lcTenorDays", "the presentation and the credit's tenor")
      .writes("maturityDate, maturityAt", "when the bank pays")
      .build();

  private final LettersOfCredit credits;
  private final BankingCalendar calendar;
  private final Clock clock;

  AcceptDraftsDelegate(LettersOfCredit credits, BankingCalendar calendar, Clock clock) {
    this.credits = credits;
    this.calendar = calendar;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution run) {
    LcPresentation presentation = credits.presentation(Vars.string(run, "presentationId"));
    LetterOfCredit credit = credits.get(presentation.getLcId());
    int tenor = credit.getTenorDays() == null ? 0 : credit.getTenorDays();
    LocalDate maturity = calendar.nextBankingDay(LocalDate.now(clock).plusDays(tenor), credit.getCurrency());
    presentation.accept(maturity, Instant.now(clock));
    credits.savePresentation(presentation);
    run.setVariable("maturityDate", maturity.toString());
    run.setVariable("maturityAt", Date.from(maturity.atStartOfDay(ZoneOffset.UTC).toInstant()));
  }
}
