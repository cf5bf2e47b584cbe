package com.scfengine.lettersofcredit;

import com.scfengine.money.Money;
import com.scfengine.process.BuildingBlock;
import com.scfengine.process.Vars;
import com.scfengine.swift.DiscrepancyAdvice;
import com.scfengine.swift.SwiftMessages;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Building block {@code adviseDiscrepancies}: as nominated bank, reports a discrepant presentation to the issuing bank
 * with an MT750 (the discrepancies, the charges to deduct) and forwards the documents for its decision; the
 * presentation waits for reimbursement, DISCREPANCIES_ADVISED.
 */
@Component("adviseDiscrepancies")
class AdviseDiscrepanciesDelegate implements JavaDelegate {

  static final BuildingBlock BLOCK = BuildingBlock.serviceTask("adviseDiscrepancies", "Reports a discrepant "
          + "presentation under an advised credit to the issuing bank with an MT750.")
      .order(640)
      .reads("presentationId", "the presentation and its discrepancies")
      .build();

  private final LettersOfCredit credits;
  private final SwiftMessages swift;
  private final LcSettings settings;
  private final Clock clock;

  AdviseDiscrepanciesDelegate(LettersOfCredit credits, SwiftMessages swift, LcSettings settings, Clock clock) {
    this.credits = credits;
    this.swift = swift;
    this.settings = settings;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution run) {
    LcPresentation presentation = credits.presentation(Vars.string(run, "presentationId"));
    LetterOfCredit credit = credits.get(presentation.getLcId());
    String currency = credit.getCurrency();
    credits.store(credit.getId(), LcMessage.Direction.OUT, "750", "DISCREPANCIES-P" + presentation.getNumber(),
        List.of(swift.adviseDiscrepancies(new DiscrepancyAdvice(settings.bankBic(), credit.getIssuingBankBic(),
            presentation.getPresenterReference(), credit.getCreditNumber(), currency, presentation.getInvoiceAmount(),
            Money.of(settings.discrepancyFee(), currency), null, presentation.findingList()))));
    presentation.moveTo(LcPresentation.Status.DISCREPANCIES_ADVISED, Instant.now(clock));
    credits.savePresentation(presentation);
  }
}
