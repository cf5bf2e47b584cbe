package com.scfengine.lettersofcredit;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code scf.letters-of-credit.*} (config/application.yaml): what the bank tunes about letters of credit without a
 * release. The constructor checks everything, so a plain unit test gets the same validation as the application.
 *
 * @param bankBic the bank's own SWIFT address: the sender of the credits it issues, the receiver of those it advises
 * @param issuanceCommissionRate commission per started quarter of the credit's life, on the amount plus the positive
 *     tolerance (0.00125 = 0.125 % a quarter)
 * @param amendmentFee flat fee per amendment sent, in the credit's currency
 * @param discrepancyFee flat fee deducted from the payment of a discrepant presentation the applicant waived
 * @param negotiationRates currency → rate p.a. at which complying export documents are negotiated (paid before the
 *     issuing bank reimburses)
 * @param reimbursementDays days the issuing bank is expected to take to reimburse a sight presentation
 * @param presentationDays the presentation period when the credit states none (UCP 600 Art. 14(c): 21 days)
 */
@ConfigurationProperties("scf.letters-of-credit")
record LcSettings(
    @DefaultValue("SCFBHKHHXXX") String bankBic,
    @DefaultValue("0.00125") BigDecimal issuanceCommissionRate,
    @DefaultValue("75.00") BigDecimal amendmentFee,
    @DefaultValue("90.00") BigDecimal discrepancyFee,
    Map<String, BigDecimal> negotiationRates,
    @DefaultValue("10") int reimbursementDays,
    @DefaultValue("21") int presentationDays) {

  LcSettings {
    if (bankBic == null || !bankBic.matches("[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?")) {
      throw new IllegalArgumentException("scf.letters-of-credit.bank-bic must be a BIC, was '" + bankBic + "'");
    }
    positive(issuanceCommissionRate, "issuance-commission-rate");
    positive(amendmentFee, "amendment-fee");
    positive(discrepancyFee, "discrepancy-fee");
    var rates = new TreeMap<String, BigDecimal>();
    (negotiationRates == null ? Map.<String, BigDecimal>of() : negotiationRates).forEach((currency, rate) -> {
      positive(rate, "negotiation-rates." + currency);
      rates.put(currency.trim().toUpperCase(Locale.ROOT), rate);
    });
    negotiationRates = Map.copyOf(rates);
    if (reimbursementDays < 0 || presentationDays < 1) {
      throw new IllegalArgumentException("scf.letters-of-credit.reimbursement-days must be 0 or more and "
          + "presentation-days 1 or more");
    }
  }

  /** The negotiation rate of a currency; a currency without one is not negotiated. */
  BigDecimal negotiationRate(String currency) {
    BigDecimal rate = negotiationRates.get(currency);
    if (rate == null) {
      throw new IllegalStateException("No scf.letters-of-credit.negotiation-rates." + currency + " configured");
    }
    return rate;
  }

  private static void positive(BigDecimal value, String name) {
    if (value == null || value.signum() < 0) {
      throw new IllegalArgumentException("scf.letters-of-credit." + name + " must be 0 or more, was " + value);
    }
  }
}
