package com.scfengine.money;

import java.math.BigDecimal;

/**
 * What a forfaiter pays for one instrument (bill of exchange, promissory note, deferred-payment claim),
 * amounts at the currency's scale.
 *
 * @param method how the discount was computed
 * @param faceValue F, the amount payable at maturity
 * @param discountRate r, annual rate, e.g. 0.05
 * @param discountDays d, actual days from value date to maturity, plus grace days
 * @param dayBasis B, 360 or 365, from the currency's {@link DayCount}
 * @param discount F − proceeds
 * @param proceeds what the exporter receives on the value date
 * @param currency ISO 4217 code
 */
public record ForfaitingDiscount(
    Method method,
    BigDecimal faceValue,
    BigDecimal discountRate,
    int discountDays,
    int dayBasis,
    BigDecimal discount,
    BigDecimal proceeds,
    String currency) {

  /** The two ways a forfaiter quotes a discount. */
  public enum Method {
    /** D = F × r × d / B; proceeds = F − D. */
    STRAIGHT_DISCOUNT,
    /** Proceeds = F / (1 + r × d / B): the rate is a true yield on the money paid out, so proceeds are higher. */
    DISCOUNT_TO_YIELD
  }
}
