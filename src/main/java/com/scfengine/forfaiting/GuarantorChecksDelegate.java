package com.scfengine.forfaiting;

import com.scfengine.applications.Rejections;
import com.scfengine.common.NotFoundException;
import com.scfengine.enterprises.Enterprise;
import com.scfengine.enterprises.EnterpriseRole;
import com.scfengine.enterprises.Enterprises;
import com.scfengine.limits.CreditFacility;
import com.scfengine.limits.Facilities;
import com.scfengine.limits.FacilityKind;
import com.scfengine.process.BuildingBlock;
import com.scfengine.process.Vars;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Building block {@code guarantorChecks}: the deal's risk is the guarantor bank's and its country's, so the guarantor
 * must be a registered BANK with a live BANK facility in the deal's currency, and its country must have a live
 * COUNTRY facility. Shows the people deciding the guarantor's rating, its country's risk class and what both limits
 * have available; the rating becomes the deal's {@code ratingGrade}, which the credit authority reads.
 */
@Component("guarantorChecks")
class GuarantorChecksDelegate implements JavaDelegate {

  static final String GUARANTOR_NOT_ELIGIBLE = "GUARANTOR_NOT_ELIGIBLE";

  static final BuildingBlock BLOCK = BuildingBlock.serviceTask("guarantorChecks", "Checks the bank that guarantees a "
          + "forfaiting deal: a registered BANK with a live BANK facility in the deal's currency, in a country with a "
          + "live COUNTRY facility. Its rating becomes the deal's rating.")
      .order(330)
      .reads("guarantorBankId, currency", "the guarantor bank and the deal's currency")
      .writes("guarantorName, guarantorCountry, guarantorRating, countryRiskClass", "who guarantees, where, how rated")
      .writes("ratingGrade", "the guarantor's rating: the deal is decided on it")
      .writes("bankLimitAvailable, countryLimitAvailable", "what the guarantor's and the country's facilities have "
          + "available, as text with the currency")
      .writes("rejectionReason", "why, when refused")
      .error(GUARANTOR_NOT_ELIGIBLE, "the guarantor is no bank, unknown, unrated, or it or its country has no live "
          + "limit in the currency")
      .build();

  private final Enterprises enterprises;
  private final Facilities facilities;
  private final ForfaitingPricing pricing;
  private final Rejections rejections;
  private final Clock clock;

  GuarantorChecksDelegate(Enterprises enterprises, Facilities facilities, ForfaitingPricing pricing,
      Rejections rejections, Clock clock) {
    this.clock = clock;
    this.enterprises = enterprises;
    this.facilities = facilities;
    this.pricing = pricing;
    this.rejections = rejections;
  }

  @Override
  public void execute(DelegateExecution run) {
    String guarantorId = Vars.string(run, ForfaitingBody.GUARANTOR_BANK_ID);
    String currency = Vars.string(run, Vars.CURRENCY);
    Enterprise guarantor;
    try {
      guarantor = enterprises.get(guarantorId);
    } catch (NotFoundException unknown) {
      throw rejections.refuse(run, GUARANTOR_NOT_ELIGIBLE, "Guarantor " + guarantorId + " is not registered");
    }
    if (guarantor.getRole() != EnterpriseRole.BANK) {
      throw rejections.refuse(run, GUARANTOR_NOT_ELIGIBLE, "Guarantor " + guarantorId + " is not a bank");
    }
    if (guarantor.getRatingGrade() == null) {
      throw rejections.refuse(run, GUARANTOR_NOT_ELIGIBLE, "Guarantor " + guarantorId + " has no rating");
    }
    LocalDate today = LocalDate.now(clock);
    BigDecimal bank = best(facilities.of(guarantorId).stream()
        .filter(f -> f.getKind() == FacilityKind.BANK && f.getCurrency().equals(currency)).toList(), today);
    if (bank == null) {
      throw rejections.refuse(run, GUARANTOR_NOT_ELIGIBLE,
          "Guarantor " + guarantorId + " has no live BANK facility in " + currency);
    }
    BigDecimal country = best(facilities.ofCountry(guarantor.getCountry(), currency), today);
    if (country == null) {
      throw rejections.refuse(run, GUARANTOR_NOT_ELIGIBLE,
          "Country " + guarantor.getCountry() + " of guarantor " + guarantorId + " has no live COUNTRY facility in "
              + currency);
    }
    run.setVariable("guarantorName", guarantor.getName());
    run.setVariable("guarantorCountry", guarantor.getCountry());
    run.setVariable("guarantorRating", guarantor.getRatingGrade());
    run.setVariable(Vars.RATING_GRADE, guarantor.getRatingGrade());
    run.setVariable("countryRiskClass", pricing.countryRiskClass(guarantor.getCountry()));
    run.setVariable("bankLimitAvailable", Vars.text(bank, currency));
    run.setVariable("countryLimitAvailable", Vars.text(country, currency));
  }

  /** The largest available amount among the live facilities, or null when none is live. */
  private static BigDecimal best(List<CreditFacility> found, LocalDate today) {
    return found.stream().filter(f -> !f.isExpiredOn(today)).map(CreditFacility::getAvailable)
        .max(Comparator.naturalOrder()).orElse(null);
  }
}
