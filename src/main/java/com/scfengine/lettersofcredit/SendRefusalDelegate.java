package com.scfengine.lettersofcredit;

import com.scfengine.process.BuildingBlock;
import com.scfengine.process.Vars;
import com.scfengine.swift.Refusal;
import com.scfengine.swift.SwiftMessages;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Building block {@code sendRefusal}: refuses a discrepant presentation the applicant did not waive by the cut-off —
 * an MT734 to the presenting bank listing every discrepancy, the documents held pending its instructions (UCP 600
 * Art. 16(c), 16(d)) — before the examination deadline. The presentation is REFUSED.
 */
@Component("sendRefusal")
class SendRefusalDelegate implements JavaDelegate {

  static final String HOLD = "/HOLD/DOCUMENTS HELD PENDING YOUR INSTRUCTIONS";

  static final BuildingBlock BLOCK = BuildingBlock.serviceTask("sendRefusal", "Refuses a discrepant presentation: an "
          + "MT734 listing every discrepancy, documents held pending instructions; REFUSED.")
      .order(630)
      .reads("presentationId", "the presentation and its discrepancies")
      .build();

  private final LettersOfCredit credits;
  private final SwiftMessages swift;
  private final LcSettings settings;
  private final Clock clock;

  SendRefusalDelegate(LettersOfCredit credits, SwiftMessages swift, LcSettings settings, Clock clock) {
    this.credits = credits;
    this.swift = swift;
    this.settings = settings;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution run) {
    LcPresentation presentation = credits.presentation(Vars.string(run, "presentationId"));
    LetterOfCredit credit = credits.get(presentation.getLcId());
    String presenter = presentation.getPresentingBankBic() != null ? presentation.getPresentingBankBic()
        : credit.getAdvisingBankBic();
    List<String> discrepancies = presentation.findingList();
    credits.store(credit.getId(), LcMessage.Direction.OUT, "734", "REFUSAL-P" + presentation.getNumber(),
        List.of(swift.refuse(new Refusal(settings.bankBic(), presenter, credit.getCreditNumber(),
            presentation.getPresenterReference(), presentation.getPresentedOn(), credit.getCurrency(),
            presentation.getInvoiceAmount(), null, discrepancies, HOLD))));
    presentation.moveTo(LcPresentation.Status.REFUSED, Instant.now(clock));
    credits.savePresentation(presentation);
  }
}
