package com.scfengine.financing;

import com.scfengine.applications.ApplicationStatus;
import com.scfengine.applications.Applications;
import com.scfengine.limits.Limits;
import com.scfengine.process.BuildingBlock;
import com.scfengine.process.Vars;
import com.scfengine.registry.ReceivableRegistry;
import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Building block {@code collectPayment}: the counterparty paid the face amount — by message (input {@code channel}
 * MESSAGE, the default) or by a debit of its account (DEBIT). The advance is repaid and the reserve (face − advance)
 * goes back to the applicant, booked once by {@link Bookings}; limits are released; SETTLED.
 */
@Component("collectPayment")
class CollectPaymentDelegate implements JavaDelegate {

  static final BuildingBlock BLOCK = BuildingBlock.serviceTask("collectPayment", "The counterparty paid the face "
          + "amount: the advance is repaid, the reserve goes back to the applicant, limits are released."
          + BuildingBlock.callsOut("core banking"))
      .order(420)
      .reads("faceAmount, advance, currency, applicantId, counterpartyId", "the figures (the advance as recorded on "
          + "the application) and parties")
      .setting("channel", "optional: MESSAGE (default: the payment was reported) or DEBIT (debit the counterparty)")
      .writes("status SETTLED, decision PAID or PAID_BY_DEBIT", "the application record")
      .build();

  private final Bookings bookings;
  private final RecordedPricing pricing;
  private final Limits limits;
  private final ReceivableRegistry registry;
  private final Applications applications;

  CollectPaymentDelegate(Bookings bookings, RecordedPricing pricing, Limits limits, ReceivableRegistry registry,
      Applications applications) {
    this.bookings = bookings;
    this.pricing = pricing;
    this.limits = limits;
    this.registry = registry;
    this.applications = applications;
  }

  @Override
  public void execute(DelegateExecution run) {
    String id = Vars.applicationId(run);
    String currency = Vars.string(run, Vars.CURRENCY);
    BigDecimal face = Vars.amount(run, Vars.FACE_AMOUNT);
    BigDecimal advance = pricing.of(run).advance();
    String applicant = Vars.string(run, Vars.APPLICANT_ID);
    boolean debit = "DEBIT".equals(Vars.optionalString(run, "channel"));
    if (debit) {
      bookings.collectByDebit(id, Vars.string(run, Vars.COUNTERPARTY_ID), applicant, currency, face, advance);
    } else {
      bookings.collect(id, applicant, currency, face, advance);
    }
    limits.release(id);
    registry.markSettled(id);
    applications.update(id, ApplicationStatus.SETTLED, debit ? "PAID_BY_DEBIT" : "PAID",
        "The buyer paid " + face.toPlainString() + " " + currency);
  }
}
