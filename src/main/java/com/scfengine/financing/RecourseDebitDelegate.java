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
 * Building block {@code recourseDebit}: with recourse, the applicant repays the advance, booked once by
 * {@link Bookings#repayByRecourse}; limits released; SETTLED.
 */
@Component("recourseDebit")
class RecourseDebitDelegate implements JavaDelegate {

  static final BuildingBlock BLOCK = BuildingBlock.serviceTask("recourseDebit", "With recourse, the applicant "
          + "repays the advance of an unpaid receivable; limits are released." + BuildingBlock.callsOut("core banking"))
      .order(430)
      .reads("advance, currency, applicantId", "the advance as recorded on the application, and the applicant")
      .writes("status SETTLED, decision RECOURSE", "the application record")
      .build();

  private final Bookings bookings;
  private final RecordedPricing pricing;
  private final Limits limits;
  private final ReceivableRegistry registry;
  private final Applications applications;

  RecourseDebitDelegate(Bookings bookings, RecordedPricing pricing, Limits limits, ReceivableRegistry registry,
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
    BigDecimal advance = pricing.of(run).advance();
    bookings.repayByRecourse(id, Vars.string(run, Vars.APPLICANT_ID), currency, advance);
    limits.release(id);
    registry.markSettled(id);
    applications.update(id, ApplicationStatus.SETTLED, "RECOURSE",
        "The buyer did not pay; the seller repaid the advance of " + advance.toPlainString() + " " + currency);
  }
}
