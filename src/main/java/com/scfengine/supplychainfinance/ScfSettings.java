package com.scfengine.supplychainfinance;

import com.scfengine.money.Money;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code scf.supply-chain.*} (config/application.yaml): what the bank tunes about supply-chain finance without a
 * release. The constructor checks everything, so a plain unit test gets the validation the application gets.
 *
 * @param baseRates currency → base rate p.a. (decimal text, 0.0450 = 4.5 %) for a programme that sets none; the DMN
 *     table {@code scf-pricing} adds its margin. A programme without a base rate in a currency not listed is not priced
 */
@ConfigurationProperties("scf.supply-chain")
record ScfSettings(Map<String, BigDecimal> baseRates) {

  ScfSettings {
    var rates = new TreeMap<String, BigDecimal>();
    (baseRates == null ? Map.<String, BigDecimal>of() : baseRates).forEach((currency, rate) -> {
      String code = currency == null ? null : currency.trim().toUpperCase(Locale.ROOT);
      if (!Money.isKnownCurrency(code)) {
        throw new IllegalArgumentException(
            "scf.supply-chain.base-rates names '" + currency + "', which is not an ISO 4217 currency");
      }
      if (rate == null || rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) > 0) {
        throw new IllegalArgumentException("scf.supply-chain.base-rates." + code + " must be a rate from 0 to 1, was "
            + rate);
      }
      rates.put(code, rate);
    });
    baseRates = Map.copyOf(rates);
  }

  /** The base rate of a programme: its own, else the currency's; {@code null} when neither is set. */
  BigDecimal baseRateOf(Programme programme) {
    return programme.getBaseRate() != null ? programme.getBaseRate() : baseRates.get(programme.getCurrency());
  }
}
