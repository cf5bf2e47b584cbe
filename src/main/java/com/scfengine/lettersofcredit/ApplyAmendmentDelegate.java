package com.scfengine.lettersofcredit;

import com.scfengine.money.BankingCalendar;

import com.scfengine.process.BuildingBlock;
import com.scfengine.process.Vars;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;

/**
 * Building block {@code applyAmendment}: the beneficiary answered. Accepted, the amendment changes the credit — its
 * amount, expiry (the expiry timer moves with it) and latest shipment date — and a decrease gives back its part of
 * the limit; rejected, the credit stays as it was and an increase held for it is given back (UCP 600 Art. 10).
 */
@Component("applyAmendment")
class ApplyAmendmentDelegate implements JavaDelegate {

  static final BuildingBlock BLOCK = BuildingBlock.serviceTask("applyAmendment", "Applies an accepted letter of credit "
          + "amendment to the credit (amount, expiry and its timer, latest shipment) or drops a rejected one, giving "
          + "back the limit it no longer needs.")
      .order(575)
      .reads("amendmentNumber, amendmentAccepted, amendmentReason, amendmentIncrease", "the beneficiary's answer")
      .writes("amount, faceAmount, requestedAmount, expiryDate, expiresAt, latestShipmentDate, lastPresentationDate",
          "the credit's terms after an accepted amendment")
      .build();

  private final LettersOfCredit credits;
  private final BankingCalendar calendar;
  private final Clock clock;

  ApplyAmendmentDelegate(LettersOfCredit credits, BankingCalendar calendar, Clock clock) {
    this.credits = credits;
    this.calendar = calendar;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution run) {
    String id = Vars.applicationId(run);
    LetterOfCredit credit = credits.get(id);
    LcAmendment amendment = credits.amendment(id, ((Number) run.getVariable("amendmentNumber")).intValue());
    if (!amendment.isPending()) {
      return;
    }
    Instant now = Instant.now(clock);
    String currency = credit.getCurrency();
    if (!Vars.flag(run, "amendmentAccepted", false)) {
      amendment.moveTo(LcAmendment.Status.REJECTED, Vars.optionalString(run, "amendmentReason"), now);
      credits.saveAmendment(amendment);
      BigDecimal increase = Vars.amount(run, "amendmentIncrease");
      if (increase.signum() > 0) {
        credits.giveBack(id, increase);
      }
      return;
    }
    BigDecimal before = credit.maximum();
    credit.amend(amendment, now);
    amendment.moveTo(LcAmendment.Status.ACCEPTED, Vars.optionalString(run, "amendmentReason"), now);
    credits.saveAmendment(amendment);
    credits.save(credit);
    if (credit.maximum().compareTo(before) < 0) {
      credits.giveBack(id, before.subtract(credit.maximum()));
    }
    run.setVariable("amount", credit.getAmount().toPlainString());
    run.setVariable(Vars.FACE_AMOUNT, credit.maximum().toPlainString());
    run.setVariable(Vars.REQUESTED_AMOUNT, credit.maximum().toPlainString());
    run.setVariable("latestShipmentDate", credit.getLatestShipmentDate() == null ? null
        : credit.getLatestShipmentDate().toString());
    run.setVariable("lastPresentationDate", credits.lastPresentationDate(credit).toString());
    if (amendment.getNewExpiryDate() != null) {
      LocalDate expires = calendar.nextBankingDay(credit.getExpiryDate(), currency); // UCP 600 Art. 29(a)
      Date expiresAt = Date.from(expires.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
      run.setVariable("expiryDate", credit.getExpiryDate().toString());
      run.setVariable("expiresAt", expiresAt);
      ManagementService management = run.getProcessEngineServices().getManagementService();
      Job timer = management.createJobQuery().processInstanceId(run.getProcessInstanceId())
          .activityId("IntermediateCatch_Expired").singleResult();
      if (timer != null) {
        management.setJobDuedate(timer.getId(), expiresAt);
      }
    }
  }
}
