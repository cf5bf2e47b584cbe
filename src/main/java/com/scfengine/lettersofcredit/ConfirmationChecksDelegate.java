package com.scfengine.lettersofcredit;

import com.scfengine.enterprises.Enterprise;
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
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Building block {@code confirmationChecks}: before the bank adds its confirmation, shows the people deciding who the
 * risk is on — the issuing bank (found by its BIC among the registered banks), its rating and country, and what its
 * BANK facility and its country's COUNTRY facility have available. An issuing bank the bank does not know has no
 * rating and no limit: the decision goes to a person and no limit can be held.
 */
@Component("confirmationChecks")
class ConfirmationChecksDelegate implements JavaDelegate {

  static final BuildingBlock BLOCK = BuildingBlock.serviceTask("confirmationChecks", "Shows who a confirmation's risk "
          + "is on: the issuing bank by its BIC, its rating and country, its BANK and COUNTRY limits available.")
      .order(710)
      .reads("issuingBankBic, currency", "the issuing bank and the credit's currency")
      .writes("counterpartyId, guarantorName, guarantorCountry, guarantorRating, ratingGrade", "the issuing bank")
      .writes("bankLimitAvailable, countryLimitAvailable", "what its limits have available")
      .build();

  private final Enterprises enterprises;
  private final Facilities facilities;
  private final Clock clock;

  ConfirmationChecksDelegate(Enterprises enterprises, Facilities facilities, Clock clock) {
    this.enterprises = enterprises;
    this.facilities = facilities;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution run) {
    String currency = Vars.string(run, Vars.CURRENCY);
    Optional<Enterprise> bank = enterprises.bankOf(Vars.string(run, LcTerms.ISSUING_BANK_BIC));
    LocalDate today = LocalDate.now(clock);
    BigDecimal bankLimit = bank.map(b -> best(facilities.of(b.getId()).stream()
        .filter(f -> f.getKind() == FacilityKind.BANK && f.getCurrency().equals(currency)).toList(), today))
        .orElse(BigDecimal.ZERO);
    BigDecimal countryLimit = bank.map(b -> best(facilities.ofCountry(b.getCountry(), currency), today))
        .orElse(BigDecimal.ZERO);
    run.setVariable(Vars.COUNTERPARTY_ID, bank.map(Enterprise::getId).orElse(null));
    run.setVariable("guarantorName", bank.map(Enterprise::getName).orElse(Vars.optionalString(run, "issuingBankName")));
    run.setVariable("guarantorCountry", bank.map(Enterprise::getCountry).orElse(null));
    run.setVariable("guarantorRating", bank.map(Enterprise::getRatingGrade).orElse(null));
    run.setVariable(Vars.RATING_GRADE, bank.map(Enterprise::getRatingGrade).orElse(null));
    run.setVariable("bankLimitAvailable", Vars.text(bankLimit, currency));
    run.setVariable("countryLimitAvailable", Vars.text(countryLimit, currency));
  }

  private static BigDecimal best(List<CreditFacility> found, LocalDate today) {
    return found.stream().filter(f -> !f.isExpiredOn(today)).map(CreditFacility::getAvailable)
        .max(Comparator.naturalOrder()).orElse(BigDecimal.ZERO);
  }
}
