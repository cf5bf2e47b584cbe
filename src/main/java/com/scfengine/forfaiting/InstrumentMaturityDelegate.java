package com.scfengine.forfaiting;

import com.scfengine.process.BuildingBlock;
import com.scfengine.process.Vars;
import java.time.ZoneOffset;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Building block {@code instrumentMaturity}: inside the multi-instance over a deal's instruments (loop counter 0 is
 * the first to mature), sets the instance's own {@code instrumentPosition}, {@code instrument} (what it is, for
 * people) and {@code maturityAt} (its maturity, for a timer).
 */
@Component("instrumentMaturity")
class InstrumentMaturityDelegate implements JavaDelegate {

  static final BuildingBlock BLOCK = BuildingBlock.serviceTask("instrumentMaturity", "Inside a multi-instance over a "
          + "deal's instruments (loopCardinality ${instrumentCount}), names the instrument of this instance and its "
          + "maturity, for the timer that waits for it.")
      .order(440)
      .reads("loopCounter", "which instrument, in order of maturity")
      .writes("instrumentPosition, instrument, maturityAt, protestAt", "local to the instance: its position, a "
          + "description, its maturity and its maturity plus the currency's grace days, as dates for timers")
      .build();

  private final Instruments instruments;
  private final ForfaitingPricing pricing;

  InstrumentMaturityDelegate(Instruments instruments, ForfaitingPricing pricing) {
    this.instruments = instruments;
    this.pricing = pricing;
  }

  @Override
  public void execute(DelegateExecution run) {
    int position = ((Number) run.getVariable("loopCounter")).intValue() + 1;
    Instrument instrument = instruments.at(Vars.applicationId(run), position);
    run.setVariableLocal("instrumentPosition", position);
    run.setVariableLocal("instrument", instrument.getNumber() + ", " + Vars.text(instrument.getFaceAmount(),
        instrument.getCurrency()) + " due " + instrument.getMaturityDate());
    run.setVariableLocal("maturityAt",
        Date.from(instrument.getMaturityDate().atStartOfDay(ZoneOffset.UTC).toInstant()));
    run.setVariableLocal("protestAt", Date.from(instrument.getMaturityDate()
        .plusDays(pricing.graceDays(instrument.getCurrency())).atStartOfDay(ZoneOffset.UTC).toInstant()));
  }
}
