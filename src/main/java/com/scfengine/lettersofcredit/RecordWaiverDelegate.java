package com.scfengine.lettersofcredit;

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
 * Building block {@code recordWaiver}: the applicant's answer to the discrepancies. Waived, the presentation is
 * honoured less the discrepancy fee the credit charges; not waived, it is refused.
 */
@Component("recordWaiver")
class RecordWaiverDelegate implements JavaDelegate {

  static final BuildingBlock BLOCK = BuildingBlock.serviceTask("recordWaiver", "Records the applicant's waiver of a "
          + "presentation's discrepancies (WAIVED, the discrepancy fee charged) or its refusal to waive.")
      .order(620)
      .reads("waived", "the applicant's answer")
      .writes("settlementAmount", "the amount to pay: the presentation less the discrepancy fee")
      .build();

  private final LettersOfCredit credits;
  private final LcSettings settings;
  private final Clock clock;

  RecordWaiverDelegate(LettersOfCredit credits, LcSettings settings, Clock clock) {
    this.credits = credits;
    this.settings = settings;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution run) {
    if (!Vars.flag(run, "waived", false)) {
      run.setVariable("waived", false);
      return;
    }
    LcPresentation presentation = credits.presentation(Vars.string(run, "presentationId"));
    String currency = credits.get(presentation.getLcId()).getCurrency();
    BigDecimal fee = Money.of(settings.discrepancyFee().min(presentation.getInvoiceAmount()), currency);
    presentation.chargeDiscrepancyFee(fee);
    presentation.moveTo(LcPresentation.Status.WAIVED, Instant.now(clock));
    credits.savePresentation(presentation);
    run.setVariable("settlementAmount",
        Money.of(presentation.getInvoiceAmount().subtract(fee), currency).toPlainString());
  }
}
