package com.scfengine.factoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.scfengine.money.BankingCalendar;
import com.scfengine.money.CalendarProperties;
import com.scfengine.money.DayCounts;
import com.scfengine.money.InterestCalculator;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FactoringPricesTest {

  private final CalendarProperties properties = CalendarProperties.defaults();
  private final DayCounts dayCounts = new DayCounts(properties);
  private final BankingCalendar calendar = new BankingCalendar(properties);
  private final FactoringPrices prices =
      new FactoringPrices(new InterestCalculator(dayCounts, calendar), dayCounts);

  @Test
  void usdInvoiceIsPricedOnAct360() {
    // USD 100,000.00 invoice, 80 % advance = 80,000.00 (requested 90,000.00, so the advance rate caps it)
    // funded Mon 2026-11-02, due Sat 2027-01-30 (not moved: grace days cover it) + 5 grace days:
    //   Nov 28 + Dec 31 + Jan 30 = 89 days, + 5 = 94 days
    // discount interest 80,000 × 0.065 × 94 / 360 = 488,800 / 360 = 1,357.777… → 1,357.78
    // service fee 100,000 × 0.005 = 500.00
    // net advance 80,000.00 − 1,357.78 − 500.00 = 78,142.22; reserve 100,000 − 80,000 = 20,000.00
    FactoringPricing pricing = prices.price(bd("100000.00"), bd("90000.00"), bd("0.80"), bd("0.065"),
        bd("0.005"), date("2026-11-02"), date("2027-01-30"), 5, "USD");

    assertThat(pricing).isEqualTo(new FactoringPricing(bd("100000.00"), bd("0.80"), bd("80000.00"), 94, 360,
        bd("0.065"), bd("1357.78"), bd("0.005"), bd("500.00"), bd("78142.22"), bd("20000.00"), "USD"));
  }

  @Test
  void gbpInvoiceIsPricedOnAct365AndTheSmallerRequestIsAdvanced() {
    // GBP 250,000.00 invoice, 85 % would be 212,500.00; the seller asks for 200,000.00 → advance 200,000.00
    // funded 2026-03-16, due 2026-06-14 + 3 grace days: Mar 15 + Apr 30 + May 31 + Jun 14 = 90, + 3 = 93 days
    // discount interest 200,000 × 0.055 × 93 / 365 = 1,023,000 / 365 = 2,802.739… → 2,802.74
    // service fee 250,000 × 0.0025 = 625.00
    // net advance 200,000.00 − 2,802.74 − 625.00 = 196,572.26; reserve 250,000 − 200,000 = 50,000.00
    FactoringPricing pricing = prices.price(bd("250000.00"), bd("200000.00"), bd("0.85"), bd("0.055"),
        bd("0.0025"), date("2026-03-16"), date("2026-06-14"), 3, "GBP");

    assertThat(pricing.advance()).isEqualTo(bd("200000.00"));
    assertThat(pricing.discountDays()).isEqualTo(93);
    assertThat(pricing.dayBasis()).isEqualTo(365);
    assertThat(pricing.discountInterest()).isEqualTo(bd("2802.74"));
    assertThat(pricing.serviceFee()).isEqualTo(bd("625.00"));
    assertThat(pricing.netAdvance()).isEqualTo(bd("196572.26"));
    assertThat(pricing.reserve()).isEqualTo(bd("50000.00"));
  }

  @Test
  void yenAdvanceIsRoundedToWholeYen() {
    // JPY 12,345,678 × 0.80 = 9,876,542.4 → advance 9,876,542; reserve 12,345,678 − 9,876,542 = 2,469,136
    // funded 2026-04-01, due 2026-06-30 (90 days), no grace; 1.5 % ACT/360:
    //   9,876,542 × 0.015 × 90 / 360 = 9,876,542 × 0.00375 = 37,037.0325 → 37,037
    // service fee 12,345,678 × 0.003 = 37,037.034 → 37,037
    // net 9,876,542 − 37,037 − 37,037 = 9,802,468
    FactoringPricing pricing = prices.price(bd("12345678"), bd("12345678"), bd("0.80"), bd("0.015"),
        bd("0.003"), date("2026-04-01"), date("2026-06-30"), 0, "JPY");

    assertThat(pricing.advance()).isEqualTo(bd("9876542"));
    assertThat(pricing.discountInterest()).isEqualTo(bd("37037"));
    assertThat(pricing.serviceFee()).isEqualTo(bd("37037"));
    assertThat(pricing.netAdvance()).isEqualTo(bd("9802468"));
    assertThat(pricing.reserve()).isEqualTo(bd("2469136"));
  }

  @Test
  void bahrainiDinarFeeRoundsHalfUpToFils() {
    // BHD 10,000.500 invoice, 90 % = 9,000.450; funded 2026-01-05, due 2026-02-04 (30 days) + 0 grace, 6 % ACT/360
    //   9,000.45 × 0.06 × 30 / 360 = 9,000.45 × 0.005 = 45.00225 → 45.002
    // service fee 10,000.5 × 0.00125 = 12.500625 → 12.501
    // net 9,000.450 − 45.002 − 12.501 = 8,942.947; reserve 10,000.500 − 9,000.450 = 1,000.050
    FactoringPricing pricing = prices.price(bd("10000.500"), bd("10000.500"), bd("0.90"), bd("0.06"),
        bd("0.00125"), date("2026-01-05"), date("2026-02-04"), 0, "BHD");

    assertThat(pricing.advance()).isEqualTo(bd("9000.450"));
    assertThat(pricing.discountInterest()).isEqualTo(bd("45.002"));
    assertThat(pricing.serviceFee()).isEqualTo(bd("12.501"));
    assertThat(pricing.netAdvance()).isEqualTo(bd("8942.947"));
    assertThat(pricing.reserve()).isEqualTo(bd("1000.050"));
  }

  @Test
  void badFactoringRequestsAreRefusedWithTheReason() {
    assertThatIllegalArgumentException().isThrownBy(() -> factoring("100000.00", "80000.00", "0.80",
            date("2026-11-02"), date("2026-11-02"), "USD"))
        .withMessage("The due date 2026-11-02 must be after the funding date 2026-11-02");
    assertThatIllegalArgumentException().isThrownBy(() -> factoring("100000.00", "80000.00", "0.80",
            date("2026-11-02"), date("2026-10-30"), "USD"))
        .withMessageContaining("must be after the funding date");
    assertThatIllegalArgumentException().isThrownBy(() -> factoring("0", "80000.00", "0.80",
            date("2026-11-02"), date("2027-01-30"), "USD"))
        .withMessage("The invoice amount must be positive, was 0");
    assertThatIllegalArgumentException().isThrownBy(() -> factoring("100000.00", "-1.00", "0.80",
            date("2026-11-02"), date("2027-01-30"), "USD"))
        .withMessage("The requested amount must be positive, was -1.00");
    assertThatIllegalArgumentException().isThrownBy(() -> factoring("100000.00", "80000.00", "1.10",
            date("2026-11-02"), date("2027-01-30"), "USD"))
        .withMessageContaining("Advance rate must be above 0 and at most 1");
    assertThatIllegalArgumentException().isThrownBy(() -> factoring("100000.5", "80000", "0.80",
            date("2026-11-02"), date("2027-01-30"), "JPY"))
        .withMessageContaining("more decimals than JPY allows");
    assertThatIllegalArgumentException().isThrownBy(() -> factoring("100000.00", "80000.00", "0.80",
            date("2026-11-02"), date("2027-01-30"), "XYZ"))
        .withMessageContaining("Unknown currency 'XYZ'");
    assertThatIllegalArgumentException().isThrownBy(() -> prices.price(bd("100000.00"), bd("80000.00"),
            bd("0.80"), bd("0.065"), bd("0.005"), date("2026-11-02"), date("2027-01-30"), -1, "USD"))
        .withMessageContaining("Grace days must not be negative");
  }

  @Test
  void chargesThatUseUpTheAdvanceAreRefused() {
    // 80,000 × 5.00 × 94 / 360 = 104,444.44 of discount interest on an advance of 80,000.00
    assertThatIllegalArgumentException().isThrownBy(() -> prices.price(bd("100000.00"), bd("80000.00"),
            bd("0.80"), bd("5.00"), bd("0.005"), date("2026-11-02"), date("2027-01-30"), 5, "USD"))
        .withMessageStartingWith("Net advance -24944.44 USD is not positive");
  }

  private FactoringPricing factoring(String invoice, String requested, String advanceRate, LocalDate funding,
      LocalDate due, String currency) {
    return prices.price(bd(invoice), bd(requested), bd(advanceRate), bd("0.065"), bd("0.005"), funding, due,
        5, currency);
  }

  private static BigDecimal bd(String value) {
    return new BigDecimal(value);
  }

  private static LocalDate date(String iso) {
    return LocalDate.parse(iso);
  }
}
