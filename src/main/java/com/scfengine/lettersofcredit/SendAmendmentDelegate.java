package com.scfengine.lettersofcredit;

import com.scfengine.applications.ApplicationStatus;
import com.scfengine.applications.Applications;
import com.scfengine.financing.Bookings;
import com.scfengine.money.Money;
import com.scfengine.process.BuildingBlock;
import com.scfengine.process.Vars;
import com.scfengine.swift.SwiftMessages;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Building block {@code sendAmendment}: sends the amendment to the advising bank as an MT707 (written with Prowide,
 * checked, stored) and books the amendment fee. The amendment is SENT; the credit changes only when the beneficiary
 * accepts it (UCP 600 Art. 10).
 */
@Component("sendAmendment")
class SendAmendmentDelegate implements JavaDelegate {

  static final BuildingBlock BLOCK = BuildingBlock.serviceTask("sendAmendment", "Sends a letter of credit amendment "
          + "as MT707 and books the amendment fee; the amendment waits for the beneficiary. "
          + BuildingBlock.callsOut("core banking"))
      .order(570)
      .reads("amendmentNumber", "which amendment")
      .build();

  private final LettersOfCredit credits;
  private final OutgoingMessages messages;
  private final SwiftMessages swift;
  private final Bookings bookings;
  private final Applications applications;
  private final LcSettings settings;
  private final Clock clock;

  SendAmendmentDelegate(LettersOfCredit credits, OutgoingMessages messages, SwiftMessages swift, Bookings bookings,
      Applications applications, LcSettings settings, Clock clock) {
    this.credits = credits;
    this.messages = messages;
    this.swift = swift;
    this.bookings = bookings;
    this.applications = applications;
    this.settings = settings;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution run) {
    String id = Vars.applicationId(run);
    LetterOfCredit credit = credits.get(id);
    LcAmendment amendment = credits.amendment(id, ((Number) run.getVariable("amendmentNumber")).intValue());
    credits.store(id, LcMessage.Direction.OUT, "707", "AMENDMENT-" + amendment.getNumber(),
        List.of(swift.amend(messages.amendment(credit, amendment, LocalDate.now(clock)))));
    bookings.charge(id, "LC-AMENDMENT-" + amendment.getNumber(), credit.getApplicantId(), credit.getCurrency(),
        Money.of(settings.amendmentFee(), credit.getCurrency()));
    if (amendment.getStatus() == LcAmendment.Status.REQUESTED) {
      amendment.moveTo(LcAmendment.Status.SENT, null, Instant.now(clock));
      credits.saveAmendment(amendment);
    }
    applications.update(id, ApplicationStatus.ISSUED, null, null);
  }
}
