package com.scfengine.limits;

import com.scfengine.applications.ApplicationStatus;
import com.scfengine.applications.Applications;
import com.scfengine.applications.Rejections;
import com.scfengine.process.BuildingBlock;
import com.scfengine.process.Vars;
import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Building block {@code reserveLimits}: holds the financed amount (the advance the pricing step recorded, else
 * {@code requestedAmount}) on the applicant's OBLIGOR facility and, when the input parameter {@code debtorLimit} is
 * true, on the counterparty's DEBTOR facility. Input {@code obligorKind} may name another kind (e.g. PROGRAMME,
 * BANK) and {@code obligorParty} another party. Both or nothing: if either is refused, nothing stays held and BPMN
 * error {@code LIMIT_EXCEEDED} carries the reason. Marks the application APPROVED.
 */
@Component("reserveLimits")
class ReserveLimitsDelegate implements JavaDelegate {

  static final String LIMIT_EXCEEDED = "LIMIT_EXCEEDED";

  static final BuildingBlock BLOCK = BuildingBlock.serviceTask("reserveLimits", "Holds the financed amount on the "
          + "applicant's facility and, if asked, on the counterparty's DEBTOR facility: both or nothing. Marks the "
          + "application APPROVED.")
      .order(320)
      .reads("advance", "the amount to hold, as factoringPricing recorded it on the application; requestedAmount "
          + "when the product does not price")
      .reads("applicantId, counterpartyId, currency, product", "whose facilities, currency and product")
      .setting("debtorLimit", "optional: true to hold the counterparty's DEBTOR limit too (e.g. ${!recourse})")
      .setting("obligorKind", "optional: OBLIGOR (default), PROGRAMME, BANK or DEBTOR")
      .setting("obligorParty", "optional: another enterprise whose facility is held instead of the applicant's")
      .writes("status APPROVED", "the application record")
      .writes("rejectionReason", "why, when refused")
      .error(LIMIT_EXCEEDED, "a facility has not enough available; nothing stays held")
      .build();

  private final Limits limits;
  private final Applications applications;
  private final Rejections rejections;

  ReserveLimitsDelegate(Limits limits, Applications applications, Rejections rejections) {
    this.limits = limits;
    this.applications = applications;
    this.rejections = rejections;
  }

  @Override
  public void execute(DelegateExecution run) {
    String id = Vars.applicationId(run);
    String currency = Vars.string(run, Vars.CURRENCY);
    String product = Vars.string(run, Vars.PRODUCT);
    // the advance the pricing step recorded on the application (not a variable a person might have touched);
    // a product without pricing holds what was requested
    BigDecimal amount = applications.get(id).getPricing().map(p -> p.advance())
        .orElseGet(() -> run.getVariable(Vars.ADVANCE) != null
            ? Vars.amount(run, Vars.ADVANCE) : Vars.amount(run, Vars.REQUESTED_AMOUNT));
    String obligorParty = Vars.optionalString(run, "obligorParty");
    String kind = Vars.optionalString(run, "obligorKind");
    var first = limits.reserve(id, obligorParty != null ? obligorParty : Vars.string(run, Vars.APPLICANT_ID),
        kind == null ? FacilityKind.OBLIGOR : FacilityKind.valueOf(kind), product, amount, currency);
    if (!first.granted()) {
      throw rejections.refuse(run, LIMIT_EXCEEDED, first.reason());
    }
    if (Vars.flag(run, "debtorLimit", false)) {
      var debtor = limits.reserve(id, Vars.string(run, Vars.COUNTERPARTY_ID), FacilityKind.DEBTOR, product, amount,
          currency);
      if (!debtor.granted()) {
        limits.release(id);
        throw rejections.refuse(run, LIMIT_EXCEEDED, debtor.reason());
      }
    }
    applications.update(id, ApplicationStatus.APPROVED, null, null);
  }
}
