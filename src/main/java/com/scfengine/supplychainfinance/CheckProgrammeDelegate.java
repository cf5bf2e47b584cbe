package com.scfengine.supplychainfinance;

import com.scfengine.applications.Rejections;
import com.scfengine.enterprises.Enterprises;
import com.scfengine.process.BuildingBlock;
import com.scfengine.process.Vars;
import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Building block {@code checkProgramme}: an early payment may go ahead only while its programme is live, its supplier
 * is ACTIVE on it and the payable is FINANCING under this very application. Writes the core enterprise's rating, on
 * which the DMN table {@code scf-pricing} prices.
 */
@Component("checkProgramme")
class CheckProgrammeDelegate implements JavaDelegate {

  static final String NOT_ELIGIBLE = "NOT_ELIGIBLE";

  static final BuildingBlock BLOCK = BuildingBlock.serviceTask("checkProgramme", "Checks an early payment of a "
          + "payable against its programme: the programme is live (not expired) today, the supplier is ACTIVE on it, "
          + "and the payable is FINANCING under this application. Reads the core enterprise's rating for pricing.")
      .order(305)
      .reads("programmeId, payableId, applicantId, counterpartyId", "the programme, the payable, the supplier and "
          + "the core enterprise")
      .writes("coreEnterpriseRating", "the core enterprise's rating grade (AAA … D), null when it has none")
      .writes("programmeName, programmeExpiry", "for the people who decide")
      .writes("rejectionReason", "why, when refused")
      .error(NOT_ELIGIBLE, "the programme has expired, the supplier is not ACTIVE on it, or the payable is not "
          + "FINANCING under this application")
      .build();

  private final Programmes programmes;
  private final Payables payables;
  private final Enterprises enterprises;
  private final Rejections rejections;
  private final Clock clock;

  CheckProgrammeDelegate(Programmes programmes, Payables payables, Enterprises enterprises, Rejections rejections,
      Clock clock) {
    this.programmes = programmes;
    this.payables = payables;
    this.enterprises = enterprises;
    this.rejections = rejections;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution run) {
    String id = Vars.applicationId(run);
    Programme programme = programmes.get(Vars.string(run, EarlyPayments.PROGRAMME_ID));
    Payable payable = payables.get(Vars.string(run, EarlyPayments.PAYABLE_ID));
    String supplier = Vars.string(run, Vars.APPLICANT_ID);
    LocalDate today = LocalDate.now(clock);
    run.setVariable("programmeName", programme.getName());
    run.setVariable("programmeExpiry", programme.getExpiry().toString());
    if (!programme.isLiveOn(today)) {
      throw rejections.refuse(run, NOT_ELIGIBLE, "Programme " + programme.getId() + " expired on "
          + programme.getExpiry());
    }
    var onProgramme = programmes.supplier(programme.getId(), supplier);
    if (onProgramme.isEmpty() || onProgramme.get().getStatus() != ProgrammeSupplier.Status.ACTIVE) {
      throw rejections.refuse(run, NOT_ELIGIBLE, "Supplier " + supplier + " is not active on programme "
          + programme.getId() + (onProgramme.map(s -> " (" + s.getStatus() + ")").orElse("")));
    }
    if (payable.getStatus() != Payable.Status.FINANCING || !id.equals(payable.getApplicationId())
        || !payable.getProgrammeId().equals(programme.getId()) || !payable.getSupplierId().equals(supplier)
        || !programme.getCoreEnterpriseId().equals(Vars.string(run, Vars.COUNTERPARTY_ID))) {
      throw rejections.refuse(run, NOT_ELIGIBLE, "Payable " + payable.getId() + " is " + payable.getStatus()
          + " and not under application " + id + " of programme " + programme.getId());
    }
    String rating = enterprises.get(programme.getCoreEnterpriseId()).getRatingGrade();
    run.setVariable("coreEnterpriseRating", rating);
  }
}
