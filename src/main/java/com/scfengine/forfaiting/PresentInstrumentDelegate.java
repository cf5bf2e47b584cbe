package com.scfengine.forfaiting;

import com.scfengine.financing.Bookings;
import com.scfengine.limits.Limits;
import com.scfengine.process.BuildingBlock;
import com.scfengine.process.Vars;
import com.scfengine.registry.ReceivableRegistry;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Building block {@code presentInstrument}: at maturity the instrument is presented to its guarantor bank and collected
 * through core banking (once per instrument), its share of the bank and country limits is given back, and it is
 * PAID; with the deal's last instrument the registry marks the deal settled.
 */
@Component("presentInstrument")
class PresentInstrumentDelegate implements JavaDelegate {

  static final BuildingBlock BLOCK = BuildingBlock.serviceTask("presentInstrument", "The guarantor bank paid a "
          + "matured instrument (message InstrumentPaid): books the collection through core banking, once per "
          + "instrument; gives that instrument's share of the bank and country limits back; marks it PAID. Run it "
          + "after an async continuation with a retry cycle: it calls core banking.")
      .order(450)
      .reads("instrumentPosition", "which instrument, as instrumentMaturity set it")
      .writes("instrument state PAID", "the deal's instrument; the registry's receivables settled with the last")
      .build();

  private final Instruments instruments;
  private final Bookings bookings;
  private final Limits limits;
  private final ReceivableRegistry registry;

  PresentInstrumentDelegate(Instruments instruments, Bookings bookings, Limits limits, ReceivableRegistry registry) {
    this.instruments = instruments;
    this.bookings = bookings;
    this.limits = limits;
    this.registry = registry;
  }

  @Override
  public void execute(DelegateExecution run) {
    String id = Vars.applicationId(run);
    int position = ((Number) run.getVariable("instrumentPosition")).intValue();
    Instrument instrument = instruments.at(id, position);
    if (instrument.getState() != Instrument.State.HELD) {
      return; // presented already
    }
    bookings.collectAtMaturity(id, position, instrument.getCurrency(), instrument.getFaceAmount());
    limits.releasePart(id, instrument.getFaceAmount());
    if (instruments.paid(id, position)) {
      registry.markSettled(id);
    }
  }
}
