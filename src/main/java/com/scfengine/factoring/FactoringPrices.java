package com.scfengine.factoring;

import com.scfengine.money.BankingCalendar;
import com.scfengine.money.DayCounts;
import com.scfengine.money.InterestCalculator;
import com.scfengine.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * Prices a factoring advance with the money module: advance = min(requested, invoice × advance rate); discount
 * interest on the advance from funding date to due date + grace days, on the currency's day basis; service fee on
 * the invoice face; net advance to the seller. Each figure is computed exactly and rounded once, HALF_UP, to the
 * currency's scale. Dates are taken as given: grace days, not a move to the next banking day, allow for late
 * settlement of a due date on a holiday.
 */
@Component
class FactoringPrices {

  private final InterestCalculator calculator;
  private final DayCounts dayCounts;
  private final BankingCalendar calendar;

  FactoringPrices(InterestCalculator calculator, DayCounts dayCounts, BankingCalendar calendar) {
    this.calculator = calculator;
    this.dayCounts = dayCounts;
    this.calendar = calendar;
  }

  /**
   * The figures of an advance against one invoice.
   *
   * @throws IllegalArgumentException if an amount is not positive, a rate is out of range, the due date is not
   *     after the funding date, or the charges leave no net advance
   */
  FactoringPricing price(BigDecimal invoiceAmount, BigDecimal requestedAmount, BigDecimal advanceRate,
      BigDecimal discountRate, BigDecimal serviceFeeRate, LocalDate fundingDate, LocalDate dueDate, int graceDays,
      String currency) {
    BigDecimal invoice = positiveAmount(invoiceAmount, "invoice amount", currency);
    BigDecimal requested = positiveAmount(requestedAmount, "requested amount", currency);
    BigDecimal share = rate(advanceRate, "advance rate");
    if (share.signum() == 0 || share.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException("Advance rate must be above 0 and at most 1, was " + advanceRate);
    }
    BigDecimal discRate = rate(discountRate, "discount rate");
    BigDecimal feeRate = rate(serviceFeeRate, "service fee rate");
    int days = discountDays(fundingDate, dueDate, graceDays);
    int basis = dayCounts.forCurrency(currency).basis();

    BigDecimal advance = requested.min(Money.of(invoice.multiply(share), currency));
    BigDecimal discount = calculator.interestForDays(advance, discRate, days, currency);
    BigDecimal fee = Money.of(invoice.multiply(feeRate), currency);
    BigDecimal net = advance.subtract(discount).subtract(fee);
    if (net.signum() <= 0) {
      throw new IllegalArgumentException("Net advance " + net.toPlainString() + " " + currency
          + " is not positive: discount interest " + discount.toPlainString() + " and service fee "
          + fee.toPlainString() + " use up the advance " + advance.toPlainString());
    }
    return new FactoringPricing(invoice, share, advance, days, basis, discRate, discount, feeRate, fee, net,
        invoice.subtract(advance), currency);
  }

  /** Actual days from funding to due date, plus grace days. */
  private int discountDays(LocalDate fundingDate, LocalDate dueDate, int graceDays) {
    if (graceDays < 0) {
      throw new IllegalArgumentException("Grace days must not be negative: " + graceDays);
    }
    long days = calendar.daysBetween(fundingDate, dueDate);
    if (days <= 0) {
      throw new IllegalArgumentException(
          "The due date " + dueDate + " must be after the funding date " + fundingDate);
    }
    return Math.toIntExact(days + graceDays);
  }

  private static BigDecimal positiveAmount(BigDecimal amount, String name, String currency) {
    if (amount == null) {
      throw new IllegalArgumentException("The " + name + " is missing");
    }
    if (amount.signum() <= 0) {
      throw new IllegalArgumentException("The " + name + " must be positive, was " + amount.toPlainString());
    }
    return Money.exact(amount, currency);
  }

  private static BigDecimal rate(BigDecimal rate, String name) {
    if (rate == null) {
      throw new IllegalArgumentException("The " + name + " is missing");
    }
    if (rate.signum() < 0) {
      throw new IllegalArgumentException("The " + name + " must not be negative, was " + rate.toPlainString());
    }
    return rate;
  }
}
