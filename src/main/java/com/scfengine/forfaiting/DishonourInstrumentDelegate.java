package com.scfengine.forfaiting;

import com.scfengine.applications.ApplicationStatus;
import com.scfengine.applications.Applications;
import com.scfengine.financing.Bookings;
import com.scfengine.process.BuildingBlock;
import com.scfengine.process.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Building block {@code dishonourInstrument}: an instrument not paid by maturity and grace days is DISHONOURED; its
 * face becomes the bank's claim on the guarantor bank (booked once through core banking); the deal is OVERDUE. The
 * limits stay held: the risk is still the guarantor's. No recourse to the exporter.
 */
@Component("dishonourInstrument")
class DishonourInstrumentDelegate implements JavaDelegate {

  static final BuildingBlock BLOCK = BuildingBlock.serviceTask("dishonourInstrument", "An instrument not paid by "
          + "maturity and grace days: DISHONOURED, its face a claim on the guarantor bank (booked once through core "
          + "banking), the deal OVERDUE. Limits stay held. Run it after an async continuation: it calls core "
          + "banking.")
      .order(460)
      .reads("instrumentPosition, guarantorBankId", "which instrument, and who guaranteed it")
      .writes("dishonouredInstruments", "how many of the deal's instruments were dishonoured")
      .writes("status OVERDUE, decision DISHONOURED", "the application record")
      .build();

  private final Instruments instruments;
  private final Bookings bookings;
  private final Applications applications;

  DishonourInstrumentDelegate(Instruments instruments, Bookings bookings, Applications applications) {
    this.instruments = instruments;
    this.bookings = bookings;
    this.applications = applications;
  }

  @Override
  public void execute(DelegateExecution run) {
    String id = Vars.applicationId(run);
    int position = ((Number) run.getVariable("instrumentPosition")).intValue();
    Instrument instrument = instruments.at(id, position);
    bookings.claimInstrument(id, position, Vars.string(run, ForfaitingBody.GUARANTOR_BANK_ID), null,
        instrument.getCurrency(), instrument.getFaceAmount());
    instruments.dishonoured(id, position);
    Object before = run.getVariable("dishonouredInstruments");
    run.setVariable("dishonouredInstruments", before == null ? 1 : ((Number) before).intValue() + 1);
    applications.update(id, ApplicationStatus.OVERDUE, "DISHONOURED", "Instrument " + instrument.getNumber()
        + " was not paid by its guarantor by maturity and grace days: claim lodged on the guarantor");
  }
}
