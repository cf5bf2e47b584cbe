package com.scfengine.limits;

import com.scfengine.process.BuildingBlock;
import com.scfengine.process.Vars;
import java.math.BigDecimal;
import java.util.Comparator;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Building block {@code limitAvailability}: for the people deciding, the largest available amount on the
 * applicant's OBLIGOR and the counterparty's DEBTOR facilities in the application's currency
 * ({@code applicantLimitAvailable}, {@code counterpartyLimitAvailable}; "0.00" when none).
 */
@Component("limitAvailability")
class LimitAvailabilityDelegate implements JavaDelegate {

  static final BuildingBlock BLOCK = BuildingBlock.serviceTask("limitAvailability", "Looks up, for the people "
          + "deciding, the largest available amount on the applicant's OBLIGOR and the counterparty's DEBTOR "
          + "facilities in the application's currency.")
      .order(310)
      .reads("applicantId, counterpartyId, currency", "whose limits, in which currency")
      .writes("applicantLimitAvailable, counterpartyLimitAvailable", "decimal text; 0.00 when there is none")
      .build();

  private final Facilities facilities;

  LimitAvailabilityDelegate(Facilities facilities) {
    this.facilities = facilities;
  }

  @Override
  public void execute(DelegateExecution run) {
    String currency = Vars.string(run, Vars.CURRENCY);
    run.setVariable("applicantLimitAvailable",
        available(Vars.string(run, Vars.APPLICANT_ID), FacilityKind.OBLIGOR, currency));
    run.setVariable("counterpartyLimitAvailable",
        available(Vars.string(run, Vars.COUNTERPARTY_ID), FacilityKind.DEBTOR, currency));
  }

  private String available(String enterpriseId, FacilityKind kind, String currency) {
    BigDecimal best = facilities.of(enterpriseId).stream()
        .filter(f -> f.getKind() == kind && f.getCurrency().equals(currency))
        .map(CreditFacility::getAvailable).max(Comparator.naturalOrder()).orElse(BigDecimal.ZERO);
    return Vars.text(best, currency);
  }
}
