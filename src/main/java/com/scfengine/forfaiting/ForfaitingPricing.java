package com.scfengine.forfaiting;

import com.scfengine.money.DayCounts;
import com.scfengine.money.ForfaitingDiscount;
import com.scfengine.money.InterestCalculator;
import com.scfengine.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Prices forfaiting: each instrument on its own with the money module ({@link InterestCalculator#straightDiscount} or
 * {@link InterestCalculator#discountToYield}, d = value date → maturity + grace days, B = the currency's day basis),
 * each figure rounded once, HALF_UP, to the currency's scale; totals are sums of the rounded figures. The rate is the
 * caller's, or {@link #rate}: the currency's base rate (scf.forfaiting.base-rates) plus the margin the DMN table
 * {@code forfaiting-pricing} sets for the guarantor bank's rating, its country's risk class and the tenor. Used by
 * the quote API and by the forfaiting process alike; writes nothing. The bean is {@code forfaitingPrices}, as
 * factoring's is {@code factoringPrices}: {@code forfaitingPricing} is the building block that prices an application.
 */
@Component("forfaitingPrices")
class ForfaitingPricing {

  /** One bill or note to price; a {@code null} number becomes its position, "1", "2", … */
  record Instrument(String number, BigDecimal faceAmount, LocalDate maturityDate) {}

  /** One instrument's figures, amounts at the currency's scale; proceeds = face − discount. */
  record PricedInstrument(String number, BigDecimal faceAmount, LocalDate maturityDate, int discountDays,
      BigDecimal discount, BigDecimal proceeds) {}

  /** What the bank pays for a set of instruments on the value date; totals are sums of the instruments' figures. */
  record Quote(String currency, LocalDate valueDate, ForfaitingDiscount.Method method, BigDecimal discountRate,
      int dayBasis, int graceDays, List<PricedInstrument> instruments, BigDecimal totalFace,
      BigDecimal totalDiscount, BigDecimal totalProceeds) {}

  /**
   * The rate for a guarantor, or why there is none.
   *
   * @param eligible whether the bank buys the guarantor's aval at this tenor and currency
   * @param discountRate base rate + margin, when eligible
   * @param margin the pricing table's margin, when eligible
   * @param baseRate the currency's base rate, when eligible
   * @param reason why not, when not eligible
   */
  record Rate(boolean eligible, BigDecimal discountRate, BigDecimal margin, BigDecimal baseRate, String reason) {

    static Rate refused(String reason) {
      return new Rate(false, null, null, null, reason);
    }
  }

  private final InterestCalculator calculator;
  private final DayCounts dayCounts;
  private final ForfaitingSettings settings;
  private final PricingTable table;

  ForfaitingPricing(InterestCalculator calculator, DayCounts dayCounts, ForfaitingSettings settings,
      PricingTable table) {
    this.calculator = calculator;
    this.dayCounts = dayCounts;
    this.settings = settings;
    this.table = table;
  }

  /**
   * The figures of each instrument and their totals.
   *
   * @throws IllegalArgumentException naming the instrument (1 = the first) if the currency is unknown, the rate is
   *     missing, negative or above 1, grace days are negative, there are no instruments or more than
   *     {@code scf.forfaiting.max-instruments}, a face amount is not positive or finer than the currency's minor
   *     unit, a maturity is not after the value date, or a straight discount leaves no proceeds
   */
  Quote price(String currency, LocalDate valueDate, ForfaitingDiscount.Method method, BigDecimal discountRate,
      int graceDays, List<Instrument> instruments) {
    int basis = dayCounts.forCurrency(currency).basis();
    if (valueDate == null) {
      throw new IllegalArgumentException("The value date is missing");
    }
    if (method == null) {
      throw new IllegalArgumentException("The discount method is missing");
    }
    if (discountRate == null || discountRate.signum() < 0 || discountRate.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException("The discount rate must be from 0 to 1, was "
          + (discountRate == null ? "missing" : discountRate.toPlainString()));
    }
    if (graceDays < 0) {
      throw new IllegalArgumentException("Grace days must not be negative: " + graceDays);
    }
    if (instruments == null || instruments.isEmpty()) {
      throw new IllegalArgumentException("A quote needs at least one instrument");
    }
    if (instruments.size() > settings.maxInstruments()) {
      throw new IllegalArgumentException("A quote holds at most " + settings.maxInstruments() + " instruments, not "
          + instruments.size());
    }
    List<PricedInstrument> priced = new ArrayList<>();
    BigDecimal totalFace = Money.of(BigDecimal.ZERO, currency);
    BigDecimal totalDiscount = totalFace;
    BigDecimal totalProceeds = totalFace;
    for (int i = 0; i < instruments.size(); i++) {
      Instrument instrument = instruments.get(i);
      String number = instrument.number() == null || instrument.number().isBlank()
          ? String.valueOf(i + 1) : instrument.number().trim();
      if (instrument.maturityDate() == null) {
        throw new IllegalArgumentException(
            "Instrument " + (i + 1) + " (" + number + "): the maturity date is missing");
      }
      ForfaitingDiscount figures;
      try {
        figures = method == ForfaitingDiscount.Method.STRAIGHT_DISCOUNT
            ? calculator.straightDiscount(instrument.faceAmount(), discountRate, valueDate,
                instrument.maturityDate(), graceDays, currency)
            : calculator.discountToYield(instrument.faceAmount(), discountRate, valueDate,
                instrument.maturityDate(), graceDays, currency);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("Instrument " + (i + 1) + " (" + number + "): " + e.getMessage(), e);
      }
      priced.add(new PricedInstrument(number, figures.faceValue(), instrument.maturityDate(), figures.discountDays(),
          figures.discount(), figures.proceeds()));
      totalFace = totalFace.add(figures.faceValue());
      totalDiscount = totalDiscount.add(figures.discount());
      totalProceeds = totalProceeds.add(figures.proceeds());
    }
    return new Quote(currency, valueDate, method, discountRate, basis, graceDays, List.copyOf(priced), totalFace,
        totalDiscount, totalProceeds);
  }

  /**
   * The discount rate for instruments avalised by a bank of this rating and country: the currency's base rate plus
   * the pricing table's margin — or, when the table refuses or the currency has no base rate, why not.
   *
   * @param guarantorRating the guarantor bank's grade (AA, A, BBB, …), {@code null} when it has none
   * @param guarantorCountry its ISO country code
   * @param tenorDays days from the value date to the latest maturity, without grace days
   */
  Rate rate(String guarantorRating, String guarantorCountry, int tenorDays, String currency) {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("guarantorRating", guarantorRating);
    inputs.put("countryRiskClass", countryRiskClass(guarantorCountry));
    inputs.put("tenorDays", tenorDays);
    inputs.put("currency", currency);
    Map<String, Object> row = table.evaluate(inputs);
    if (row == null) {
      return Rate.refused("No row of the forfaiting pricing table matched");
    }
    if (!Boolean.TRUE.equals(row.get("eligible"))) {
      Object reason = row.get("reason");
      return Rate.refused(reason == null ? "The forfaiting pricing table gave no reason" : reason.toString());
    }
    Object margin = row.get("margin");
    if (margin == null) {
      throw new IllegalStateException("The forfaiting pricing table gave no margin for an eligible guarantor");
    }
    BigDecimal baseRate = settings.baseRates().get(currency);
    if (baseRate == null) {
      return Rate.refused("The bank sets no forfaiting base rate for " + currency);
    }
    BigDecimal marginRate = new BigDecimal(margin.toString().trim());
    return new Rate(true, baseRate.add(marginRate), marginRate, baseRate, null);
  }

  /** The currency's grace days from configuration; none for a currency not listed. */
  int graceDays(String currency) {
    return settings.graceDays().getOrDefault(currency, 0);
  }

  /** The country's risk class from configuration, 1 to 7; 7 for a country not listed. */
  int countryRiskClass(String country) {
    return country == null ? ForfaitingSettings.UNLISTED_COUNTRY_RISK_CLASS : settings.countryRiskClasses()
        .getOrDefault(country.trim().toUpperCase(Locale.ROOT), ForfaitingSettings.UNLISTED_COUNTRY_RISK_CLASS);
  }

  /** The tenor the pricing table prices: actual days from the value date to the latest maturity. */
  static int tenorDays(LocalDate valueDate, List<Instrument> instruments) {
    return Math.toIntExact(instruments.stream().map(Instrument::maturityDate)
        .mapToLong(maturity -> ChronoUnit.DAYS.between(valueDate, maturity)).max().orElse(0));
  }

  /** The most instruments one quote may hold. */
  int maxInstruments() {
    return settings.maxInstruments();
  }
}
