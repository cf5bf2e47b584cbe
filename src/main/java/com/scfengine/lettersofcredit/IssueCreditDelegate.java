package com.scfengine.lettersofcredit;

import com.scfengine.applications.ApplicationStatus;
import com.scfengine.applications.Applications;
import com.scfengine.financing.Bookings;
import com.scfengine.process.BuildingBlock;
import com.scfengine.process.Vars;
import com.scfengine.swift.SwiftMessages;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Building block {@code issueCredit}: issues the credit — its MT700 (and MT701 continuations when the texts do not
 * fit) written with Prowide, checked by the engine's SWIFT rules and stored — and books the issuance commission per
 * started quarter of its life. The credit and its application become ISSUED.
 */
@Component("issueCredit")
class IssueCreditDelegate implements JavaDelegate {

  static final BuildingBlock BLOCK = BuildingBlock.serviceTask("issueCredit", "Issues a letter of credit: writes and "
          + "stores its MT700 (with MT701 continuations), books the issuance commission per started quarter, marks it "
          + "ISSUED. " + BuildingBlock.callsOut("core banking"))
      .order(540)
      .reads("applicationId", "the credit's record")
      .writes("issuanceCommission", "the commission booked")
      .writes("status ISSUED", "the credit and the application")
      .build();

  private final LettersOfCredit credits;
  private final OutgoingMessages messages;
  private final SwiftMessages swift;
  private final Bookings bookings;
  private final Applications applications;
  private final LcSettings settings;
  private final Clock clock;

  IssueCreditDelegate(LettersOfCredit credits, OutgoingMessages messages, SwiftMessages swift, Bookings bookings,
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
    LocalDate today = LocalDate.now(clock);
    credits.store(id, LcMessage.Direction.OUT, "700", "ISSUE", swift.issue(messages.credit(credit, today)));
    BigDecimal commission = messages.issuanceCommission(credit, today);
    bookings.charge(id, "LC-COMMISSION", credit.getApplicantId(), credit.getCurrency(), commission);
    run.setVariable("issuanceCommission", commission.toPlainString());
    if (credit.getStatus() == LetterOfCredit.Status.APPLIED) {
      credit.issue(today, Instant.now(clock));
      credits.save(credit);
    }
    applications.update(id, ApplicationStatus.ISSUED, null, null);
  }
}
