package com.scfengine.factoring;

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

  FactoringPrices(InterestCalculator calculator, DayCounts dayCounts) {
    this.calculator = calculator;
    this.dayCounts = dayCounts;
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
    BigDecimal invoice = InterestCalculator.positiveAmount(invoiceAmount, "invoice amount", currency);
    BigDecimal requested = InterestCalculator.positiveAmount(requestedAmount, "requested amount", currency);
    BigDecimal share = InterestCalculator.rate(advanceRate, "advance rate");
    if (share.signum() == 0 || share.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException("Advance rate must be above 0 and at most 1, was " + advanceRate);
    }
    BigDecimal discRate = InterestCalculator.rate(discountRate, "discount rate");
    BigDecimal feeRate = InterestCalculator.rate(serviceFeeRate, "service fee rate");
    int days = calculator.discountDays(fundingDate, dueDate, graceDays, "due date", "funding date");
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
}
