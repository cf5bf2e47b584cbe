package com.scfengine.supplychainfinance;

import com.scfengine.applications.ApplicationStatus;
import com.scfengine.applications.Applications;
import com.scfengine.applications.Rejections;
import com.scfengine.limits.Limits;
import com.scfengine.process.BuildingBlock;
import com.scfengine.process.Vars;
import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Building block {@code reserveProgrammeLimit}: holds the payable's whole amount on its programme's own PROGRAMME
 * facility — the core enterprise's limit, not the supplier's — until the core enterprise pays at the due date.
 */
@Component("reserveProgrammeLimit")
class ReserveProgrammeLimitDelegate implements JavaDelegate {

  static final String LIMIT_EXCEEDED = "LIMIT_EXCEEDED";

  static final BuildingBlock BLOCK = BuildingBlock.serviceTask("reserveProgrammeLimit", "Holds the payable's whole "
          + "amount on its programme's PROGRAMME facility (the core enterprise's limit, product REVERSE_FACTORING) "
          + "until the core enterprise pays it. Marks the application APPROVED.")
      .order(326)
      .reads("programmeId", "whose facility")
      .reads("advance, currency, product", "the amount the pricing step recorded on the application (the whole "
          + "payable)")
      .writes("status APPROVED", "the application record")
      .writes("rejectionReason", "why, when refused")
      .error(LIMIT_EXCEEDED, "the programme's facility has not enough available (or has expired); nothing is held")
      .build();

  private final Programmes programmes;
  private final Limits limits;
  private final Applications applications;
  private final Rejections rejections;

  ReserveProgrammeLimitDelegate(Programmes programmes, Limits limits, Applications applications,
      Rejections rejections) {
    this.programmes = programmes;
    this.limits = limits;
    this.applications = applications;
    this.rejections = rejections;
  }

  @Override
  public void execute(DelegateExecution run) {
    String id = Vars.applicationId(run);
    Programme programme = programmes.get(Vars.string(run, EarlyPayments.PROGRAMME_ID));
    BigDecimal amount = applications.get(id).getPricing().orElseThrow(() ->
        new IllegalStateException("Early payment " + id + " was not priced before its limit is held")).advance();
    var held = limits.reserveOn(id, programme.getFacilityId(), Programmes.PRODUCT, amount,
        Vars.string(run, Vars.CURRENCY));
    if (!held.granted()) {
      throw rejections.refuse(run, LIMIT_EXCEEDED, held.reason());
    }
    applications.update(id, ApplicationStatus.APPROVED, null, null);
  }
}
