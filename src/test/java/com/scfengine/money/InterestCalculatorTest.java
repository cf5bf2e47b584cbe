package com.scfengine.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class InterestCalculatorTest {

  private final CalendarProperties properties = CalendarProperties.defaults();
  private final InterestCalculator calculator =
      new InterestCalculator(new DayCounts(properties), new BankingCalendar(properties));

  // --- interest ---

  @Test
  void interestOnUsdIsActualOver360() {
    // USD 80,000.00 at 6.5 % from 2026-11-02 to 2027-02-04: Nov 28 + Dec 31 + Jan 31 + Feb 4 = 94 days
    // 80,000 × 0.065 = 5,200; × 94 = 488,800; / 360 = 1,357.777… → 1,357.78
    assertThat(calculator.interest(bd("80000.00"), bd("0.065"), date("2026-11-02"), date("2027-02-04"), "USD"))
        .isEqualTo(bd("1357.78"));
  }

  @Test
  void interestOnGbpIsActualOver365() {
    // GBP 200,000.00 at 5.5 % from 2026-03-16 to 2026-06-17: Mar 15 + Apr 30 + May 31 + Jun 17 = 93 days
    // 200,000 × 0.055 = 11,000; × 93 = 1,023,000; / 365 = 2,802.739… → 2,802.74
    assertThat(calculator.interest(bd("200000"), bd("0.055"), date("2026-03-16"), date("2026-06-17"), "GBP"))
        .isEqualTo(bd("2802.74"));
  }

  @Test
  void yenInterestRoundsHalfUpToWholeYen() {
    // JPY 1,000,100 at 2 % for 90 days (2026-04-01 → 2026-06-30: Apr 29 + May 31 + Jun 30), ACT/360 by default
    // 1,000,100 × 0.02 × 90 / 360 = 1,000,100 × 0.005 = 5,000.5 → 5,001 (HALF_EVEN would give 5,000)
    assertThat(calculator.interest(bd("1000100"), bd("0.02"), date("2026-04-01"), date("2026-06-30"), "JPY"))
        .isEqualTo(bd("5001"));
  }

  @Test
  void dinarInterestHasThreeDecimals() {
    // KWD 12,345.678 at 4.75 % for 61 days (2026-01-01 → 2026-03-03: Jan 31 + Feb 28 + Mar 2), ACT/360
    // 12,345.678 × 0.0475 = 586.419705; × 61 = 35,771.602005; / 360 = 99.365561125 → 99.366
    assertThat(calculator.interest(bd("12345.678"), bd("0.0475"), date("2026-01-01"), date("2026-03-03"), "KWD"))
        .isEqualTo(bd("99.366"));
  }

  @Test
  void interestForNoDaysIsZeroAndABackwardPeriodIsRefused() {
    assertThat(calculator.interest(bd("100.00"), bd("0.05"), date("2026-05-05"), date("2026-05-05"), "USD"))
        .isEqualTo(bd("0.00"));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> calculator.interest(bd("100"), bd("0.05"), date("2026-05-05"), date("2026-05-04"), "USD"))
        .withMessageContaining("before it starts");
  }

  @Test
  void interestForCountedDaysIsTheSameFigure() {
    // the USD case above, its 94 days counted by the caller: 80,000 × 0.065 × 94 / 360 → 1,357.78
    assertThat(calculator.interestForDays(bd("80000.00"), bd("0.065"), 94, "USD")).isEqualTo(bd("1357.78"));
    assertThat(calculator.interestForDays(bd("0.00"), bd("0.065"), 94, "USD")).isEqualTo(bd("0.00"));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> calculator.interestForDays(bd("100.00"), bd("0.05"), -1, "USD"))
        .withMessageContaining("negative number of days");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> calculator.interestForDays(bd("100.005"), bd("0.05"), 10, "USD"))
        .withMessageContaining("more decimals than USD allows");
  }

  // --- forfaiting ---

  @Test
  void discountToYieldPaysMoreThanStraightDiscountOnTheSameBill() {
    // USD 1,000,000.00 bill, 5 % p.a., value date 2026-03-02, maturity 2026-08-31, 3 grace days
    // d = Mar 29 + Apr 30 + May 31 + Jun 30 + Jul 31 + Aug 31 = 182, + 3 = 185; B = 360
    // straight: D = 1,000,000 × 0.05 × 185 / 360 = 9,250,000 / 360 = 25,694.444… → 25,694.44
    //           proceeds = 1,000,000.00 − 25,694.44 = 974,305.56
    // to yield: proceeds = 1,000,000 / (1 + 0.05 × 185 / 360) = 1,000,000 × 360 / 369.25
    //           = 360,000,000 / 369.25 = 974,949.2213… → 974,949.22; D = 25,050.78
    var straight = calculator.straightDiscount(bd("1000000.00"), bd("0.05"), date("2026-03-02"), date("2026-08-31"),
        3, "USD");
    var toYield = calculator.discountToYield(bd("1000000.00"), bd("0.05"), date("2026-03-02"), date("2026-08-31"),
        3, "USD");

    assertThat(straight).isEqualTo(new ForfaitingDiscount(ForfaitingDiscount.Method.STRAIGHT_DISCOUNT,
        bd("1000000.00"), bd("0.05"), 185, 360, bd("25694.44"), bd("974305.56"), "USD"));
    assertThat(toYield).isEqualTo(new ForfaitingDiscount(ForfaitingDiscount.Method.DISCOUNT_TO_YIELD,
        bd("1000000.00"), bd("0.05"), 185, 360, bd("25050.78"), bd("974949.22"), "USD"));
    assertThat(toYield.proceeds()).isGreaterThan(straight.proceeds());
  }

  @Test
  void gbpBillIsDiscountedOnAct365() {
    // GBP 500,000.00 note, 4.8 %, value 2026-06-01, maturity 2026-11-30 (Jun 29 + Jul 31 + Aug 31 + Sep 30
    // + Oct 31 + Nov 30 = 182) + 3 grace = 185 days; B = 365
    // straight: D = 500,000 × 0.048 × 185 / 365 = 4,440,000 / 365 = 12,164.383… → 12,164.38; proceeds 487,835.62
    // to yield: 500,000 × 365 / (365 + 0.048 × 185) = 182,500,000 / 373.88 = 488,124.531… → 488,124.53;
    //           D = 11,875.47
    var straight = calculator.straightDiscount(bd("500000.00"), bd("0.048"), date("2026-06-01"), date("2026-11-30"),
        3, "GBP");
    var toYield = calculator.discountToYield(bd("500000.00"), bd("0.048"), date("2026-06-01"), date("2026-11-30"),
        3, "GBP");

    assertThat(straight.dayBasis()).isEqualTo(365);
    assertThat(straight.discount()).isEqualTo(bd("12164.38"));
    assertThat(straight.proceeds()).isEqualTo(bd("487835.62"));
    assertThat(toYield.proceeds()).isEqualTo(bd("488124.53"));
    assertThat(toYield.discount()).isEqualTo(bd("11875.47"));
  }

  @Test
  void commitmentFeeRunsFromCommitmentToDiscounting() {
    // USD 1,000,000.00 face, 0.5 % p.a., committed 2026-01-15, discounted 2026-03-02: Jan 16 + Feb 28 + Mar 2 = 46
    // 1,000,000 × 0.005 × 46 / 360 = 230,000 / 360 = 638.888… → 638.89
    assertThat(calculator.commitmentFee(bd("1000000.00"), bd("0.005"), date("2026-01-15"), date("2026-03-02"), "USD"))
        .isEqualTo(bd("638.89"));
  }

  @Test
  void badForfaitingRequestsAreRefused() {
    assertThatIllegalArgumentException().isThrownBy(() -> calculator.straightDiscount(bd("1000000.00"), bd("0.05"),
            date("2026-08-31"), date("2026-08-31"), 3, "USD"))
        .withMessage("The maturity 2026-08-31 must be after the value date 2026-08-31");
    // 1,000,000 × 2.00 × 185 / 360 = 1,027,777.78 > face value
    assertThatIllegalArgumentException().isThrownBy(() -> calculator.straightDiscount(bd("1000000.00"), bd("2.00"),
            date("2026-03-02"), date("2026-08-31"), 3, "USD"))
        .withMessageContaining("leaves no proceeds");
    assertThatIllegalArgumentException().isThrownBy(() -> calculator.discountToYield(bd("1000000.00"),
            bd("-0.01"), date("2026-03-02"), date("2026-08-31"), 3, "USD"))
        .withMessage("The discount rate must not be negative, was -0.01");
    assertThatIllegalArgumentException().isThrownBy(() -> calculator.discountToYield(null, bd("0.05"),
            date("2026-03-02"), date("2026-08-31"), 3, "USD"))
        .withMessage("The face value is missing");
  }

  private static BigDecimal bd(String value) {
    return new BigDecimal(value);
  }

  private static LocalDate date(String iso) {
    return LocalDate.parse(iso);
  }
}
