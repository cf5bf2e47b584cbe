package com.scfengine.forfaiting;

import static com.scfengine.money.ForfaitingDiscount.Method.DISCOUNT_TO_YIELD;
import static com.scfengine.money.ForfaitingDiscount.Method.STRAIGHT_DISCOUNT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.scfengine.forfaiting.ForfaitingPricing.Instrument;
import com.scfengine.forfaiting.ForfaitingPricing.PricedInstrument;
import com.scfengine.forfaiting.ForfaitingPricing.Quote;
import com.scfengine.forfaiting.ForfaitingPricing.Rate;
import com.scfengine.money.BankingCalendar;
import com.scfengine.money.CalendarProperties;
import com.scfengine.money.DayCounts;
import com.scfengine.money.InterestCalculator;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.Test;

/**
 * Forfaiting figures worked by hand, and the rates the bank's pricing table gives: the table is the model file
 * itself, evaluated by Camunda's DMN engine on its own (no Spring, no process engine).
 */
class ForfaitingPricingTest {

  private static final DmnEngine DMN = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  private static final DmnDecision TABLE = decision(Path.of("processes/forfaiting/forfaiting-pricing.dmn"));

  /** As config/application.yaml sets it. */
  static final ForfaitingSettings SETTINGS = new ForfaitingSettings(
      Map.of("USD", bd("0.0450"), "EUR", bd("0.0300"), "GBP", bd("0.0425"), "CNY", bd("0.0300"), "HKD", bd("0.0400")),
      Map.of("USD", 3, "EUR", 3, "GBP", 2, "CNY", 5, "HKD", 3),
      Map.ofEntries(Map.entry("US", 1), Map.entry("DE", 1), Map.entry("GB", 1), Map.entry("HK", 2),
          Map.entry("CN", 3), Map.entry("IN", 4), Map.entry("BR", 5), Map.entry("NG", 6)),
      bd("0.0050"), 20);

  private final CalendarProperties calendar = CalendarProperties.defaults();
  private final DayCounts dayCounts = new DayCounts(calendar);
  private final ForfaitingPricing pricing = new ForfaitingPricing(new InterestCalculator(dayCounts,
      new BankingCalendar(calendar)), dayCounts, SETTINGS, ForfaitingPricingTest::evaluate);

  // ------------------------------------------------------------------ figures

  @Test
  void twoUsdInstalmentsAreDiscountedStraightOnAct360WithGraceDays() {
    // USD, ACT/360, straight discount at 5.75 % p.a., value date 2026-06-15, 3 grace days (USD's), r × F = 14,375.
    // 1: 250,000.00 due 2026-12-15: Jun 15 + Jul 31 + Aug 31 + Sep 30 + Oct 31 + Nov 30 + Dec 15 = 183 days, + 3 = 186
    //    D = 250,000 × 0.0575 × 186 / 360 = 2,673,750 / 360 = 7,427.0833… → 7,427.08; proceeds 242,572.92
    // 2: 250,000.00 due 2027-06-15: a year without 29 February = 365 days, + 3 = 368
    //    D = 14,375 × 368 / 360 = 5,290,000 / 360 = 14,694.4444… → 14,694.44; proceeds 235,305.56
    // totals: face 500,000.00; discount 7,427.08 + 14,694.44 = 22,121.52; proceeds 242,572.92 + 235,305.56 = 477,878.48
    Quote quote = pricing.price("USD", date("2026-06-15"), STRAIGHT_DISCOUNT, bd("0.0575"), pricing.graceDays("USD"),
        List.of(new Instrument("BE-2026-001", bd("250000.00"), date("2026-12-15")),
            new Instrument("BE-2026-002", bd("250000.00"), date("2027-06-15"))));

    assertThat(quote.instruments()).containsExactly(
        new PricedInstrument("BE-2026-001", bd("250000.00"), date("2026-12-15"), 186, bd("7427.08"), bd("242572.92")),
        new PricedInstrument("BE-2026-002", bd("250000.00"), date("2027-06-15"), 368, bd("14694.44"), bd("235305.56")));
    assertThat(quote).isEqualTo(new Quote("USD", date("2026-06-15"), STRAIGHT_DISCOUNT, bd("0.0575"), 360, 3,
        quote.instruments(), bd("500000.00"), bd("22121.52"), bd("477878.48")));
  }

  @Test
  void gbpIsDiscountedToYieldOnAct365AndPaysMoreThanAStraightDiscount() {
    // GBP, ACT/365, discount to yield at 5 % p.a., value date 2026-03-02, maturity 2026-08-31, 2 grace days (GBP's):
    //   Mar 29 + Apr 30 + May 31 + Jun 30 + Jul 31 + Aug 31 = 182 days, + 2 = 184
    //   proceeds = 100,000 / (1 + 0.05 × 184 / 365) = 100,000 × 365 / (365 + 9.2) = 36,500,000 / 374.2
    //            = 97,541.4216… → 97,541.42; discount 100,000.00 − 97,541.42 = 2,458.58
    // a straight discount would take 100,000 × 0.05 × 184 / 365 = 920,000 / 365 = 2,520.5479… → 2,520.55 (more)
    Quote quote = pricing.price("GBP", date("2026-03-02"), DISCOUNT_TO_YIELD, bd("0.05"), pricing.graceDays("GBP"),
        List.of(new Instrument(null, bd("100000.00"), date("2026-08-31"))));

    assertThat(quote.dayBasis()).isEqualTo(365);
    assertThat(quote.graceDays()).isEqualTo(2);
    assertThat(quote.instruments()).containsExactly(
        new PricedInstrument("1", bd("100000.00"), date("2026-08-31"), 184, bd("2458.58"), bd("97541.42")));
    assertThat(quote.totalDiscount()).isEqualTo(bd("2458.58"));
    assertThat(quote.totalProceeds()).isEqualTo(bd("97541.42"));

    Quote straight = pricing.price("GBP", date("2026-03-02"), STRAIGHT_DISCOUNT, bd("0.05"), 2,
        List.of(new Instrument(null, bd("100000.00"), date("2026-08-31"))));
    assertThat(straight.totalDiscount()).isEqualTo(bd("2520.55"));
  }

  @Test
  void yenIsRoundedToWholeYenPerInstrumentAndTheTotalsAddTheRoundedFigures() {
    // JPY has no minor unit and no configured day count (ACT/360) nor grace days. Straight discount at 1.25 % p.a.,
    // value date 2026-04-01, both due 2026-09-28: Apr 29 + May 31 + Jun 30 + Jul 31 + Aug 31 + Sep 28 = 180 days
    //   each: D = 1,000,096 × 0.0125 × 180 / 360 = 1,000,096 × 0.00625 = 6,250.6 → 6,251; proceeds 993,845
    //   totals: face 2,000,192; discount 6,251 + 6,251 = 12,502 (rounding the whole, 12,501.2, would give 12,501);
    //   proceeds 993,845 + 993,845 = 1,987,690
    // instruments without a number are numbered by position: "1", "2"
    Quote quote = pricing.price("JPY", date("2026-04-01"), STRAIGHT_DISCOUNT, bd("0.0125"), pricing.graceDays("JPY"),
        List.of(new Instrument(null, bd("1000096"), date("2026-09-28")),
            new Instrument(" ", bd("1000096"), date("2026-09-28"))));

    assertThat(quote.graceDays()).isZero();
    assertThat(quote.dayBasis()).isEqualTo(360);
    assertThat(quote.instruments()).extracting(PricedInstrument::number).containsExactly("1", "2");
    assertThat(quote.instruments()).extracting(PricedInstrument::discount).containsExactly(bd("6251"), bd("6251"));
    assertThat(quote.instruments()).extracting(PricedInstrument::proceeds).containsExactly(bd("993845"), bd("993845"));
    assertThat(quote.totalFace()).isEqualTo(bd("2000192"));
    assertThat(quote.totalDiscount()).isEqualTo(bd("12502"));
    assertThat(quote.totalProceeds()).isEqualTo(bd("1987690"));
  }

  @Test
  void bahrainiDinarIsDiscountedToYieldToTheFils() {
    // BHD, 3 decimals, ACT/360; discount to yield at 6 % p.a., 2026-01-05 → 2026-04-05 = 26 + 28 + 31 + 5 = 90 days
    //   proceeds = 10,000 × 360 / (360 + 0.06 × 90) = 3,600,000 / 365.4 = 9,852.21674… → 9,852.217; discount 147.783
    Quote quote = pricing.price("BHD", date("2026-01-05"), DISCOUNT_TO_YIELD, bd("0.06"), 0,
        List.of(new Instrument("PN-1", bd("10000"), date("2026-04-05"))));

    assertThat(quote.instruments()).containsExactly(
        new PricedInstrument("PN-1", bd("10000.000"), date("2026-04-05"), 90, bd("147.783"), bd("9852.217")));
    assertThat(quote.totalFace()).isEqualTo(bd("10000.000"));
  }

  @Test
  void badQuotesAreRefusedWithTheReason() {
    List<Instrument> one = List.of(new Instrument("1", bd("100000.00"), date("2026-12-15")));
    LocalDate valueDate = date("2026-06-15");

    assertThatIllegalArgumentException()
        .isThrownBy(() -> pricing.price("ABC", valueDate, STRAIGHT_DISCOUNT, bd("0.05"), 3, one))
        .withMessageContaining("Unknown currency 'ABC'");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> pricing.price("USD", valueDate, STRAIGHT_DISCOUNT, bd("1.01"), 3, one))
        .withMessage("The discount rate must be from 0 to 1, was 1.01");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> pricing.price("USD", valueDate, STRAIGHT_DISCOUNT, bd("-0.01"), 3, one))
        .withMessage("The discount rate must be from 0 to 1, was -0.01");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> pricing.price("USD", valueDate, STRAIGHT_DISCOUNT, bd("0.05"), -1, one))
        .withMessage("Grace days must not be negative: -1");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> pricing.price("USD", valueDate, STRAIGHT_DISCOUNT, bd("0.05"), 3, List.of()))
        .withMessage("A quote needs at least one instrument");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> pricing.price("USD", valueDate, STRAIGHT_DISCOUNT, bd("0.05"), 3,
            Collections.nCopies(21, one.get(0))))
        .withMessage("A quote holds at most 20 instruments, not 21");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> pricing.price("JPY", valueDate, STRAIGHT_DISCOUNT, bd("0.05"), 0,
            List.of(new Instrument("A", bd("1000"), date("2026-12-15")), new Instrument("B", bd("1000.5"),
                date("2026-12-15")))))
        .withMessage("Instrument 2 (B): Amount 1000.5 has more decimals than JPY allows (0)");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> pricing.price("USD", valueDate, STRAIGHT_DISCOUNT, bd("0.05"), 3,
            List.of(new Instrument("A", bd("0.00"), date("2026-12-15")))))
        .withMessage("Instrument 1 (A): The face value must be positive, was 0.00");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> pricing.price("USD", valueDate, STRAIGHT_DISCOUNT, bd("0.05"), 3,
            List.of(new Instrument(null, bd("100.00"), valueDate))))
        .withMessage("Instrument 1 (1): The maturity 2026-06-15 must be after the value date 2026-06-15");
    // 100 % p.a. straight over 2026-06-15 → 2027-06-15 + 3 = 368 days takes more than the face: no proceeds
    assertThatIllegalArgumentException()
        .isThrownBy(() -> pricing.price("USD", valueDate, STRAIGHT_DISCOUNT, BigDecimal.ONE, 3,
            List.of(new Instrument(null, bd("100.00"), date("2027-06-15")))))
        .withMessageContaining("leaves no proceeds");
  }

  // ------------------------------------------------------------------ rates from the pricing table

  @Test
  void aGoodGuarantorInALowRiskCountryPaysTheBaseRatePlusASmallMargin() {
    // Harbour Trade Bank (A, Hong Kong: class 2), USD, a year: margin 0.0150 + USD base 0.0450 = 0.0600
    assertThat(pricing.rate("A", "HK", 365, "USD"))
        .isEqualTo(new Rate(true, bd("0.0600"), bd("0.0150"), bd("0.0450"), null));
    // AA in Germany (class 1), EUR: 0.0100 + 0.0300 = 0.0400
    assertThat(pricing.rate("AA", "DE", 720, "EUR").discountRate()).isEqualTo(bd("0.0400"));
    // the grades above AA price as AA
    assertThat(pricing.rate("AAA", "us", 180, "USD").discountRate()).isEqualTo(bd("0.0550"));
  }

  @Test
  void worseRatingsAndRiskierCountriesPayMore() {
    assertThat(pricing.rate("A", "CN", 365, "CNY").margin()).isEqualTo(bd("0.0250"));   // class 3
    assertThat(pricing.rate("BBB", "GB", 365, "GBP").margin()).isEqualTo(bd("0.0225")); // class 1
    assertThat(pricing.rate("BBB", "IN", 365, "USD").margin()).isEqualTo(bd("0.0350")); // class 4
    assertThat(pricing.rate("BB", "HK", 365, "HKD").margin()).isEqualTo(bd("0.0350"));  // class 2
    assertThat(pricing.rate("BB", "BR", 365, "USD"))                                       // class 5: 0.0500 + 0.0450
        .isEqualTo(new Rate(true, bd("0.0950"), bd("0.0500"), bd("0.0450"), null));
  }

  @Test
  void weakGuarantorsRiskyCountriesAndLongTenorsAreNotEligible() {
    assertThat(pricing.rate("CCC", "US", 365, "USD")).isEqualTo(Rate.refused(
        "The guarantor bank is rated B or below: its aval is not bought without recourse"));
    assertThat(pricing.rate("B", "US", 365, "USD").eligible()).isFalse();
    assertThat(pricing.rate(null, "US", 365, "USD").reason()).isEqualTo("The guarantor bank has no rating");
    assertThat(pricing.rate("AA", "NG", 365, "USD").reason())
        .isEqualTo("The guarantor bank's country is in risk class 6 or 7");
    // a country nobody classified is class 7
    assertThat(pricing.countryRiskClass("AR")).isEqualTo(7);
    assertThat(pricing.rate("AA", "AR", 365, "USD").eligible()).isFalse();
    assertThat(pricing.rate("AA", "US", 1800, "USD").eligible()).isTrue();
    assertThat(pricing.rate("AA", "US", 1801, "USD").reason())
        .isEqualTo("The longest instrument matures more than 1800 days after the value date");
    assertThat(pricing.rate("AA", "US", 365, "JPY").reason())
        .isEqualTo("The bank does not forfait instruments in this currency");
  }

  @Test
  void settingsGiveGraceDaysAndRiskClassesAndRefuseNonsense() {
    assertThat(pricing.graceDays("CNY")).isEqualTo(5);
    assertThat(pricing.countryRiskClass("HK")).isEqualTo(2);
    assertThat(ForfaitingPricing.tenorDays(date("2026-06-15"), List.of(
        new Instrument(null, bd("1"), date("2026-12-15")), new Instrument(null, bd("1"), date("2027-06-15")))))
        .isEqualTo(365);

    assertThatIllegalArgumentException().isThrownBy(() -> new ForfaitingSettings(
            Map.of("USD", bd("4.5")), null, null, bd("0.005"), 20))
        .withMessageContaining("base-rates.USD must be a rate from 0 to 1");
    assertThatIllegalArgumentException().isThrownBy(() -> new ForfaitingSettings(
            null, null, Map.of("XX", 1), bd("0.005"), 20))
        .withMessageContaining("'XX', which is not an ISO 3166");
    assertThatIllegalArgumentException().isThrownBy(() -> new ForfaitingSettings(
            null, null, Map.of("US", 8), bd("0.005"), 20))
        .withMessageContaining("must be a class from 1 to 7");
    assertThatIllegalArgumentException().isThrownBy(() -> new ForfaitingSettings(
            null, Map.of("USD", -1), null, bd("0.005"), 20))
        .withMessageContaining("grace-days.USD must be 0 or more");
  }

  // ------------------------------------------------------------------ helpers

  private static Map<String, Object> evaluate(Map<String, Object> inputs) {
    DmnDecisionRuleResult row = DMN.evaluateDecisionTable(TABLE, inputs).getFirstResult();
    return row == null ? null : row.getEntryMap();
  }

  private static DmnDecision decision(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return DMN.parseDecision(PricingTable.DECISION, in);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static BigDecimal bd(String value) {
    return new BigDecimal(value);
  }

  private static LocalDate date(String value) {
    return LocalDate.parse(value);
  }
}
