package com.scfengine.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/**
 * Amounts in a currency's minor units (ISO 4217 via {@link Currency}). An amount is a plain
 * {@link BigDecimal} at the currency's scale: 2 for USD, 0 for JPY, 3 for KWD and BHD.
 * Computed figures are rounded once, {@link #ROUNDING HALF_UP}, to the currency's scale.
 */
public final class Money {

  /** How every computed figure is rounded to the currency's scale. */
  public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

  private Money() {}

  /**
   * Decimal places of the currency's minor unit.
   *
   * @throws IllegalArgumentException for a code that is not ISO 4217, or one without a minor unit (XAU, XDR)
   */
  public static int scale(String currency) {
    Currency iso;
    try {
      iso = Currency.getInstance(currency == null ? "" : currency);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Unknown currency '" + currency + "': not an ISO 4217 code");
    }
    int digits = iso.getDefaultFractionDigits();
    if (digits < 0) {
      throw new IllegalArgumentException("Currency '" + currency + "' has no minor unit: not money to lend");
    }
    return digits;
  }

  /** Whether {@link #scale(String)} accepts the code. */
  public static boolean isKnownCurrency(String currency) {
    try {
      scale(currency);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** A computed figure rounded HALF_UP to the currency's scale: {@code of(1.2345, "BHD")} is 1.235. */
  public static BigDecimal of(BigDecimal amount, String currency) {
    if (amount == null) {
      throw new IllegalArgumentException("Amount in " + currency + " is missing");
    }
    return amount.setScale(scale(currency), ROUNDING);
  }

  /**
   * An amount given to the engine (an invoice face, a request): it must already fit the currency's minor unit,
   * so nothing is silently rounded away. Returned at the currency's scale.
   *
   * @throws IllegalArgumentException if it has finer fractions than the currency allows, e.g. JPY 10.5
   */
  public static BigDecimal exact(BigDecimal amount, String currency) {
    int scale = scale(currency);
    if (amount == null) {
      throw new IllegalArgumentException("Amount in " + currency + " is missing");
    }
    if (amount.stripTrailingZeros().scale() > scale) {
      throw new IllegalArgumentException(
          "Amount " + amount.toPlainString() + " has more decimals than " + currency + " allows (" + scale + ")");
    }
    return amount.setScale(scale, RoundingMode.UNNECESSARY);
  }
}
