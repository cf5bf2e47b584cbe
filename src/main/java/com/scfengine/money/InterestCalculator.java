package com.scfengine.money;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * Interest and forfaiting figures. Days are actual calendar days; the year has the currency's
 * {@link DayCount} basis. Each figure is computed exactly and rounded once, HALF_UP, to the currency's scale.
 * Rates are decimals per annum: 0.065 is 6.5 % p.a. Dates are taken as given: grace days, not a move to the
 * next banking day, allow for late settlement of a due date on a holiday.
 */
@Component
public class InterestCalculator {

  private final DayCounts dayCounts;
  private final BankingCalendar calendar;

  public InterestCalculator(DayCounts dayCounts, BankingCalendar calendar) {
    this.dayCounts = dayCounts;
    this.calendar = calendar;
  }

  /** principal × annualRate × actual days from {@code fromDate} to {@code toDate} / basis. */
  public BigDecimal interest(BigDecimal principal, BigDecimal annualRate, LocalDate fromDate, LocalDate toDate,
      String currency) {
    BigDecimal amount = positiveAmount(principal, "principal", currency);
    BigDecimal rate = rate(annualRate, "annual rate");
    long days = calendar.daysBetween(fromDate, toDate);
    if (days < 0) {
      throw new IllegalArgumentException("Interest period ends " + toDate + ", before it starts " + fromDate);
    }
    return accrue(amount, rate, days, dayCounts.forCurrency(currency).basis(), currency);
  }

  /**
   * amount × annualRate × days / the currency's day basis, for days the caller has counted (to a due date plus
   * grace days, say).
   *
   * @throws IllegalArgumentException if the amount is missing, negative or finer than the currency's minor unit,
   *     the rate is negative, or the days are
   */
  public BigDecimal interestForDays(BigDecimal amount, BigDecimal annualRate, long days, String currency) {
    if (amount != null && amount.signum() < 0) {
      throw new IllegalArgumentException("The amount must not be negative, was " + amount.toPlainString());
    }
    BigDecimal exact = Money.exact(amount, currency);
    BigDecimal rate = rate(annualRate, "annual rate");
    if (days < 0) {
      throw new IllegalArgumentException("Interest cannot run for a negative number of days: " + days);
    }
    return accrue(exact, rate, days, dayCounts.forCurrency(currency).basis(), currency);
  }

  /** Forfaiting, straight discount: D = F × r × d / B, proceeds = F − D, d = value date → maturity + grace days. */
  public ForfaitingDiscount straightDiscount(BigDecimal face, BigDecimal rate, LocalDate valueDate,
      LocalDate maturity, int graceDays, String currency) {
    BigDecimal f = positiveAmount(face, "face value", currency);
    BigDecimal r = rate(rate, "discount rate");
    int days = discountDays(valueDate, maturity, graceDays, "maturity", "value date");
    int basis = dayCounts.forCurrency(currency).basis();
    BigDecimal discount = accrue(f, r, days, basis, currency);
    return forfaiting(ForfaitingDiscount.Method.STRAIGHT_DISCOUNT, f, r, days, basis, f.subtract(discount),
        currency);
  }

  /**
   * Forfaiting, discount to yield: proceeds = F / (1 + r × d / B), discount = F − proceeds. Computed as
   * F × B / (B + r × d), whose numerator and denominator are exact, so the quotient is rounded only once.
   */
  public ForfaitingDiscount discountToYield(BigDecimal face, BigDecimal rate, LocalDate valueDate,
      LocalDate maturity, int graceDays, String currency) {
    BigDecimal f = positiveAmount(face, "face value", currency);
    BigDecimal r = rate(rate, "discount rate");
    int days = discountDays(valueDate, maturity, graceDays, "maturity", "value date");
    int basis = dayCounts.forCurrency(currency).basis();
    BigDecimal b = BigDecimal.valueOf(basis);
    BigDecimal proceeds = f.multiply(b)
        .divide(b.add(r.multiply(BigDecimal.valueOf(days))), Money.scale(currency), Money.ROUNDING);
    return forfaiting(ForfaitingDiscount.Method.DISCOUNT_TO_YIELD, f, r, days, basis, proceeds, currency);
  }

  /** Commitment fee: annual rate on the face value for the actual days from commitment to discounting. */
  public BigDecimal commitmentFee(BigDecimal face, BigDecimal annualRate, LocalDate fromDate, LocalDate toDate,
      String currency) {
    return interest(face, annualRate, fromDate, toDate, currency);
  }

  private ForfaitingDiscount forfaiting(ForfaitingDiscount.Method method, BigDecimal face, BigDecimal rate,
      int days, int basis, BigDecimal proceeds, String currency) {
    if (proceeds.signum() <= 0) {
      throw new IllegalArgumentException("Discount at " + rate.toPlainString() + " over " + days
          + " days leaves no proceeds from face value " + face.toPlainString() + " " + currency);
    }
    return new ForfaitingDiscount(method, face, rate, days, basis, face.subtract(proceeds), proceeds, currency);
  }

  /** amount × rate × days / basis, exact until the single HALF_UP rounding to the currency's scale. */
  private static BigDecimal accrue(BigDecimal amount, BigDecimal rate, long days, int basis, String currency) {
    return amount.multiply(rate).multiply(BigDecimal.valueOf(days))
        .divide(BigDecimal.valueOf(basis), Money.scale(currency), Money.ROUNDING);
  }

  /**
   * Actual days from {@code start} to {@code end}, plus grace days; refused when the grace days are negative or the
   * end is not after the start (named {@code endName} and {@code startName} in the message).
   */
  public int discountDays(LocalDate start, LocalDate end, int graceDays, String endName, String startName) {
    if (graceDays < 0) {
      throw new IllegalArgumentException("Grace days must not be negative: " + graceDays);
    }
    long days = calendar.daysBetween(start, end);
    if (days <= 0) {
      throw new IllegalArgumentException(
          "The " + endName + " " + end + " must be after the " + startName + " " + start);
    }
    return Math.toIntExact(days + graceDays);
  }

  /** The amount, exact at the currency's scale; refused when missing or not positive. */
  public static BigDecimal positiveAmount(BigDecimal amount, String name, String currency) {
    if (amount == null) {
      throw new IllegalArgumentException("The " + name + " is missing");
    }
    if (amount.signum() <= 0) {
      throw new IllegalArgumentException("The " + name + " must be positive, was " + amount.toPlainString());
    }
    return Money.exact(amount, currency);
  }

  /** The rate; refused when missing or negative. */
  public static BigDecimal rate(BigDecimal rate, String name) {
    if (rate == null) {
      throw new IllegalArgumentException("The " + name + " is missing");
    }
    if (rate.signum() < 0) {
      throw new IllegalArgumentException("The " + name + " must not be negative, was " + rate.toPlainString());
    }
    return rate;
  }
}
