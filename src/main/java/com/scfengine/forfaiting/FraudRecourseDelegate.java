package com.scfengine.forfaiting;

import com.scfengine.applications.Applications;
import com.scfengine.financing.Bookings;
import com.scfengine.process.BuildingBlock;
import com.scfengine.process.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Building block {@code fraudRecourse}: the one exception to "without recourse" — an approver found the dishonoured
 * instrument fraudulent, so the bank's claim moves from the guarantor bank to the exporter (booked once).
 */
@Component("fraudRecourse")
class FraudRecourseDelegate implements JavaDelegate {

  static final BuildingBlock BLOCK = BuildingBlock.serviceTask("fraudRecourse", "After a finding of fraud on a "
          + "dishonoured instrument, moves the bank's claim from the guarantor bank to the exporter (booked once "
          + "through core banking). Run it after an async continuation: it calls core banking.")
      .order(470)
      .reads("instrumentPosition, guarantorBankId, applicantId", "which instrument, its guarantor and the exporter")
      .writes("decision FRAUD_RECOURSE", "the application record")
      .build();

  private final Instruments instruments;
  private final Bookings bookings;
  private final Applications applications;

  FraudRecourseDelegate(Instruments instruments, Bookings bookings, Applications applications) {
    this.instruments = instruments;
    this.bookings = bookings;
    this.applications = applications;
  }

  @Override
  public void execute(DelegateExecution run) {
    String id = Vars.applicationId(run);
    int position = ((Number) run.getVariable("instrumentPosition")).intValue();
    Instrument instrument = instruments.at(id, position);
    bookings.claimInstrument(id, position, Vars.string(run, Vars.APPLICANT_ID),
        Vars.string(run, ForfaitingBody.GUARANTOR_BANK_ID), instrument.getCurrency(), instrument.getFaceAmount());
    applications.update(id, applications.get(id).getStatus(), "FRAUD_RECOURSE", "Instrument " + instrument.getNumber()
        + " was found fraudulent: the claim is on the exporter");
  }
}
