package com.scfengine.financing;

import com.scfengine.applications.ApplicationStatus;
import com.scfengine.applications.Applications;
import com.scfengine.limits.Limits;
import com.scfengine.process.BuildingBlock;
import com.scfengine.process.Vars;
import com.scfengine.registry.ReceivableRegistry;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Building block {@code disbursement}: pays the net advance to the applicant, as the pricing step computed it (the
 * application's record), booked once by {@link Bookings#disburse}. Consumes the held limits; the receivable is
 * FINANCED; DISBURSED — in the engine's transaction. Runs after an async continuation: a core-banking outage
 * propagates, the job retries, then raises an incident in Cockpit.
 */
@Component("disbursement")
class DisbursementDelegate implements JavaDelegate {

  static final BuildingBlock BLOCK = BuildingBlock.serviceTask("disbursement", "Pays the net advance to the "
          + "applicant through core banking, booked once (idempotency key from the application): the bank's asset "
          + "grows by the advance, discount and fees are income. Consumes the held limits; the receivable becomes "
          + "FINANCED." + BuildingBlock.callsOut("core banking"))
      .order(410)
      .reads("advance, netAdvance, discountInterest, serviceFee", "the figures factoringPricing recorded on the "
          + "application")
      .reads("applicantId, currency", "who is paid, in which currency")
      .writes("status DISBURSED", "the application record; a booking in the ledger")
      .build();

  private final Bookings bookings;
  private final RecordedPricing pricing;
  private final Limits limits;
  private final ReceivableRegistry registry;
  private final Applications applications;

  DisbursementDelegate(Bookings bookings, RecordedPricing pricing, Limits limits, ReceivableRegistry registry,
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
    bookings.disburse(id, Vars.string(run, Vars.APPLICANT_ID), Vars.string(run, Vars.CURRENCY), pricing.of(run));
    limits.consume(id);
    registry.markFinanced(id);
    applications.update(id, ApplicationStatus.DISBURSED, null, null);
  }
}
