package com.scfengine.forfaiting;

import com.scfengine.common.FieldErrors;
import com.scfengine.process.BuildingBlock;
import com.scfengine.process.Vars;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Building block {@code registerInstruments}: registers each instrument of a forfaiting deal against double financing,
 * in the transaction that starts the instance — right after {@code registerApplication} with
 * {@code registerReceivable=false}. A duplicate of any instrument refuses the start (HTTP 409 naming it).
 */
@Component("registerInstruments")
class RegisterInstrumentsDelegate implements JavaDelegate {

  static final BuildingBlock BLOCK = BuildingBlock.serviceTask("registerInstruments", "Registers every instrument "
          + "of a forfaiting deal (bills, notes, deferred-payment claims: one per instalment) against double "
          + "financing, in the transaction that starts the instance. A duplicate of any one refuses the start "
          + "(HTTP 409 naming it) and nothing is written.")
      .order(195)
      .reads("instruments", "one line per instrument: number; kind; face amount; issue date; maturity date")
      .reads("applicantId, counterpartyId, currency", "exporter, importer and the deal's currency")
      .writes("instrumentCount", "how many instruments the deal buys")
      .build();

  private final Instruments instruments;

  RegisterInstrumentsDelegate(Instruments instruments) {
    this.instruments = instruments;
  }

  @Override
  public void execute(DelegateExecution run) {
    String currency = Vars.string(run, Vars.CURRENCY);
    FieldErrors errors = new FieldErrors();
    List<InstrumentLines.Line> lines = InstrumentLines.parse(Vars.optionalString(run, ForfaitingBody.INSTRUMENTS),
        currency, instruments.today(), errors);
    errors.throwIfAny("Forfaiting deal");
    instruments.register(Vars.applicationId(run), Vars.string(run, Vars.APPLICANT_ID),
        Vars.string(run, Vars.COUNTERPARTY_ID), currency, lines);
    run.setVariable(ForfaitingBody.INSTRUMENT_COUNT, lines.size());
  }
}
