package com.scfengine.limits;

import com.scfengine.applications.Applications;
import com.scfengine.applications.Rejections;
import com.scfengine.process.Vars;
import java.math.BigDecimal;
import java.util.Comparator;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The limit building blocks. */
@Configuration
class LimitDelegates {

  static final String LIMIT_EXCEEDED = "LIMIT_EXCEEDED";

  private final Limits limits;
  private final Facilities facilities;
  private final Applications applications;
  private final Rejections rejections;

  LimitDelegates(Limits limits, Facilities facilities, Applications applications, Rejections rejections) {
    this.limits = limits;
    this.facilities = facilities;
    this.applications = applications;
    this.rejections = rejections;
  }

  /**
   * {@code reserveLimits}: holds the financed amount (the advance the pricing step recorded, else {@code requestedAmount})
   * on the applicant's OBLIGOR facility and, when the input parameter {@code debtorLimit} is true, on the
   * counterparty's DEBTOR facility. Input {@code obligorKind} may name another kind (e.g. PROGRAMME, BANK)
   * and {@code obligorParty} another party. Both or nothing: if either is refused, nothing stays held
   * and BPMN error {@code LIMIT_EXCEEDED} carries the reason. Marks the application APPROVED.
   */
  @Bean
  JavaDelegate reserveLimits() {
    return run -> {
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
      applications.update(id, com.scfengine.applications.ApplicationStatus.APPROVED, null, null);
    };
  }

  /**
   * {@code limitAvailability}: for the people deciding, the largest available amount on the applicant's
   * OBLIGOR and the counterparty's DEBTOR facilities in the application's currency
   * ({@code applicantLimitAvailable}, {@code counterpartyLimitAvailable}; "0.00" when none).
   */
  @Bean
  JavaDelegate limitAvailability() {
    return run -> {
      String currency = Vars.string(run, Vars.CURRENCY);
      run.setVariable("applicantLimitAvailable", available(Vars.string(run, Vars.APPLICANT_ID), FacilityKind.OBLIGOR, currency));
      run.setVariable("counterpartyLimitAvailable",
          available(Vars.string(run, Vars.COUNTERPARTY_ID), FacilityKind.DEBTOR, currency));
    };
  }

  private String available(String enterpriseId, FacilityKind kind, String currency) {
    BigDecimal best = facilities.of(enterpriseId).stream()
        .filter(f -> f.getKind() == kind && f.getCurrency().equals(currency))
        .map(CreditFacility::getAvailable).max(Comparator.naturalOrder()).orElse(BigDecimal.ZERO);
    return Vars.text(best, currency);
  }
}
