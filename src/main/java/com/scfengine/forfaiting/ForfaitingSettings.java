package com.scfengine.forfaiting;

import com.scfengine.money.Money;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code scf.forfaiting.*} (config/application.yaml): what the bank tunes about forfaiting without a release.
 * Currency codes must be ISO 4217 and country codes ISO 3166 alpha-2 (both upper-cased when read). The constructor
 * checks everything, so a plain unit test gets the same validation as the application at start-up.
 *
 * @param baseRates currency → base rate p.a. (decimal text, 0.0450 = 4.5 %) to which the pricing table adds its
 *     margin; a currency without one is quoted only at a rate the caller gives
 * @param graceDays currency → days added to each instrument's discount period for late settlement; none for a
 *     currency not listed
 * @param countryRiskClasses ISO country → risk class 1 (lowest) to 7 (highest); a country not listed is class 7
 * @param commitmentFeeRate fee p.a. on the face value from commitment to discounting
 * @param maxInstruments the most instruments one quote or deal may hold
 */
@ConfigurationProperties("scf.forfaiting")
record ForfaitingSettings(
    Map<String, BigDecimal> baseRates,
    Map<String, Integer> graceDays,
    Map<String, Integer> countryRiskClasses,
    @DefaultValue("0.0050") BigDecimal commitmentFeeRate,
    @DefaultValue("20") int maxInstruments) {

  /** The risk class of a country nobody classified: the highest. */
  static final int UNLISTED_COUNTRY_RISK_CLASS = 7;

  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  ForfaitingSettings {
    var rates = new TreeMap<String, BigDecimal>();
    (baseRates == null ? Map.<String, BigDecimal>of() : baseRates).forEach((currency, rate) ->
        rates.put(currency(currency, "base-rates"), checkedRate(rate, "base-rates." + currency)));
    var grace = new TreeMap<String, Integer>();
    (graceDays == null ? Map.<String, Integer>of() : graceDays).forEach((currency, days) -> {
      if (days == null || days < 0) {
        throw new IllegalArgumentException("scf.forfaiting.grace-days." + currency + " must be 0 or more, was " + days);
      }
      grace.put(currency(currency, "grace-days"), days);
    });
    var classes = new TreeMap<String, Integer>();
    (countryRiskClasses == null ? Map.<String, Integer>of() : countryRiskClasses).forEach((country, riskClass) -> {
      String code = country == null ? null : country.trim().toUpperCase(Locale.ROOT);
      if (!COUNTRIES.contains(code)) {
        throw new IllegalArgumentException("scf.forfaiting.country-risk-classes names '" + country
            + "', which is not an ISO 3166 alpha-2 country code");
      }
      if (riskClass == null || riskClass < 1 || riskClass > 7) {
        throw new IllegalArgumentException(
            "scf.forfaiting.country-risk-classes." + code + " must be a class from 1 to 7, was " + riskClass);
      }
      classes.put(code, riskClass);
    });
    commitmentFeeRate = checkedRate(commitmentFeeRate == null ? BigDecimal.ZERO : commitmentFeeRate,
        "commitment-fee-rate");
    if (maxInstruments < 1) {
      throw new IllegalArgumentException("scf.forfaiting.max-instruments must be at least 1, was " + maxInstruments);
    }
    baseRates = Map.copyOf(rates);
    graceDays = Map.copyOf(grace);
    countryRiskClasses = Map.copyOf(classes);
  }

  private static String currency(String currency, String key) {
    String code = currency == null ? null : currency.trim().toUpperCase(Locale.ROOT);
    if (!Money.isKnownCurrency(code)) {
      throw new IllegalArgumentException(
          "scf.forfaiting." + key + " names '" + currency + "', which is not an ISO 4217 currency");
    }
    return code;
  }

  private static BigDecimal checkedRate(BigDecimal rate, String key) {
    if (rate == null || rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException("scf.forfaiting." + key + " must be a rate from 0 to 1, was " + rate);
    }
    return rate;
  }
}
