package com.scfengine.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Figures as people read them: {@code USD 15,000.00} (the currency's minor unit, thousands separated) and
 * {@code 7.50 %} for a rate kept as a decimal fraction ({@code 0.075}). For screens and task names only — what the
 * engine computes and stores stays exact decimal text ({@link Money}).
 */
public final class Figures {

  private static final DecimalFormatSymbols ENGLISH = DecimalFormatSymbols.getInstance(Locale.ENGLISH);

  private Figures() {}

  /** {@code amount("USD", 15000)} is {@code USD 15,000.00}; JPY shows no decimals, BHD three. */
  public static String amount(String currency, BigDecimal amount) {
    int scale = Money.scale(currency);
    return currency + " " + grouped(scale).format(amount.setScale(scale, Money.ROUNDING));
  }

  /** A decimal fraction as a percentage, with two to four decimals: 0.075 is {@code 7.50 %}, 0.00125 {@code 0.125 %}. */
  public static String percent(BigDecimal fraction) {
    BigDecimal percent = fraction.movePointRight(2).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
    if (percent.scale() < 2) {
      percent = percent.setScale(2, RoundingMode.UNNECESSARY);
    }
    return percent.toPlainString() + " %";
  }

  /**
   * An amount typed as a person types it — {@code 150,000.00} or {@code 150000} — as a plain decimal text
   * ({@code 150000.00}); anything else is returned unchanged, for the caller's check to refuse it by its own words.
   */
  public static String plain(String typed) {
    if (typed == null) {
      return null;
    }
    String text = typed.strip();
    return text.matches("\\d{1,3}(,\\d{3})+(\\.\\d+)?") ? text.replace(",", "") : text;
  }

  private static DecimalFormat grouped(int scale) {
    DecimalFormat format = new DecimalFormat(scale == 0 ? "#,##0" : "#,##0." + "0".repeat(scale), ENGLISH);
    format.setParseBigDecimal(true);
    return format;
  }
}
