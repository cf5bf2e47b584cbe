package com.scfengine.lettersofcredit;

import com.scfengine.financing.Bookings;
import com.scfengine.money.InterestCalculator;
import com.scfengine.money.Money;
import com.scfengine.process.BuildingBlock;
import com.scfengine.process.Vars;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Building block {@code negotiatePresentation}: as nominated bank, pays the exporter for complying documents before
 * the issuing bank reimburses — the amount less interest at the currency's negotiation rate for the days until the
 * expected reimbursement (the credit's tenor plus the reimbursement days), priced by the money module — once per
 * presentation. With recourse to the exporter unless the bank confirmed the credit.
 */
@Component("negotiatePresentation")
class NegotiatePresentationDelegate implements JavaDelegate {

  static final BuildingBlock BLOCK = BuildingBlock.serviceTask("negotiatePresentation", "Negotiates complying "
          + "documents under an advised credit: pays the exporter now, less interest to the expected reimbursement; "
          + "recourse unless confirmed. " + BuildingBlock.callsOut("core banking"))
      .order(670)
      .reads("presentationId", "the presentation")
      .writes("negotiationDiscount, negotiationProceeds, recourse", "the price and whether the exporter stays liable")
      .build();

  private final LettersOfCredit credits;
  private final Bookings bookings;
  private final InterestCalculator interest;
  private final LcSettings settings;
  private final Clock clock;

  NegotiatePresentationDelegate(LettersOfCredit credits, Bookings bookings, InterestCalculator interest,
      LcSettings settings, Clock clock) {
    this.credits = credits;
    this.bookings = bookings;
    this.interest = interest;
    this.settings = settings;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution run) {
    LcPresentation presentation = credits.presentation(Vars.string(run, "presentationId"));
    LetterOfCredit credit = credits.get(presentation.getLcId());
    String currency = credit.getCurrency();
    // at the currency's scale: the record reads back with the column's four decimals
    BigDecimal amount = Money.of(presentation.getInvoiceAmount(), currency);
    long days = settings.reimbursementDays() + (credit.getTenorDays() == null ? 0 : credit.getTenorDays());
    BigDecimal discount = interest.interestForDays(amount, settings.negotiationRate(currency), days, currency);
    bookings.negotiate(credit.getId(), presentation.getId(), credit.getApplicantId(), issuingBank(run, credit),
        currency, amount, discount);
    run.setVariable("negotiationDiscount", discount.toPlainString());
    run.setVariable("negotiationProceeds", amount.subtract(discount).toPlainString());
    run.setVariable("recourse", !credit.isConfirmed());
    if (presentation.getStatus() != LcPresentation.Status.NEGOTIATED) {
      Instant now = Instant.now(clock);
      presentation.negotiate(amount.subtract(discount), now);
      credits.savePresentation(presentation);
      credit.draw(amount, now);
      credits.save(credit);
    }
  }

  /** The issuing bank as the ledger knows it: its registered id, or its BIC when it is not registered. */
  static String issuingBank(DelegateExecution run, LetterOfCredit credit) {
    String id = Vars.optionalString(run, Vars.COUNTERPARTY_ID);
    return id != null ? id : credit.getIssuingBankBic();
  }
}
