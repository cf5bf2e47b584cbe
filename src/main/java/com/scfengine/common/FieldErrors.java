package com.scfengine.common;

import com.scfengine.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Collects every bad field of a request before anything is written, so that one 400 names them all.
 * Parsers return {@code null} for a bad or missing value and record why.
 */
public final class FieldErrors {

  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  private final List<FieldError> errors = new ArrayList<>();

  public record FieldError(String field, String message) {}

  public void add(String field, String message) {
    errors.add(new FieldError(field, message));
  }

  public String required(String field, String value) {
    if (value == null || value.isBlank()) {
      add(field, "is required");
      return null;
    }
    return value.trim();
  }

  /** Required text of at most {@code max} characters: what the column that keeps it holds. */
  public String text(String field, String value, int max) {
    String text = required(field, value);
    if (text != null && text.length() > max) {
      add(field, "must be at most " + max + " characters (it has " + text.length() + ")");
      return null;
    }
    return text;
  }

  public String identifier(String field, String value) {
    String id = required(field, value);
    if (id != null && !id.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
      add(field, "must be 1-64 letters, digits, '.', '_' or '-'");
      return null;
    }
    return id;
  }

  public String country(String field, String value) {
    String code = required(field, value);
    if (code != null && !COUNTRIES.contains(code)) {
      add(field, quoted(code) + " is not an ISO 3166 alpha-2 country code");
      return null;
    }
    return code;
  }

  public String currency(String field, String value) {
    String code = required(field, value);
    if (code != null && !Money.isKnownCurrency(code)) {
      add(field, quoted(code) + " is not an ISO 4217 currency code");
      return null;
    }
    return code;
  }

  /** A positive amount; its scale is checked against the currency when that is known. */
  public BigDecimal positiveAmount(String field, String value, String currency) {
    BigDecimal amount = decimal(field, value);
    if (amount == null) {
      return null;
    }
    if (amount.signum() <= 0) {
      add(field, "must be greater than zero");
      return null;
    }
    if (currency != null && Money.isKnownCurrency(currency) && amount.stripTrailingZeros().scale() > Money.scale(currency)) {
      add(field, "has more decimals than " + currency + " allows (" + Money.scale(currency) + ")");
      return null;
    }
    return amount;
  }

  /** The most digits before the decimal point an amount may have: the columns are DECIMAL(19,4). */
  public static final int MAX_INTEGER_DIGITS = 15;

  /**
   * A decimal number that fits the amount columns: at most 15 digits before the point. Typed as a person types it,
   * with thousands separators ({@code 150,000.00}), or plain ({@code 150000}).
   */
  public BigDecimal decimal(String field, String value) {
    String text = com.scfengine.money.Figures.plain(required(field, value));
    if (text == null) {
      return null;
    }
    BigDecimal number;
    try {
      number = new BigDecimal(text.length() > 64 ? "x" : text);
    } catch (NumberFormatException e) {
      add(field, quoted(text) + " is not a decimal number");
      return null;
    }
    if (number.precision() - number.scale() > MAX_INTEGER_DIGITS) {
      add(field, "is too large: at most " + MAX_INTEGER_DIGITS + " digits before the decimal point");
      return null;
    }
    return number;
  }

  /** The most characters of a value a refusal quotes: a value of any length is named, never echoed whole. */
  public static final int QUOTED_CHARACTERS = 40;

  /** {@code value} as a refusal quotes it: in quotes, cut to {@link #QUOTED_CHARACTERS} characters and an ellipsis. */
  public static String quoted(Object value) {
    return "'" + abbreviated(String.valueOf(value)) + "'";
  }

  /** {@code text} cut to {@link #QUOTED_CHARACTERS} characters and an ellipsis. */
  public static String abbreviated(String text) {
    if (text == null || text.length() <= QUOTED_CHARACTERS) {
      return text;
    }
    int end = Character.isHighSurrogate(text.charAt(QUOTED_CHARACTERS - 1)) ? QUOTED_CHARACTERS - 1 : QUOTED_CHARACTERS;
    return text.substring(0, end) + "…";
  }

  public LocalDate date(String field, String value) {
    String text = required(field, value);
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      add(field, quoted(text) + " is not a valid ISO-8601 date (yyyy-MM-dd)");
      return null;
    }
  }

  public <E extends Enum<E>> E oneOf(String field, String value, Class<E> type) {
    String text = required(field, value);
    if (text == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      add(field, quoted(text) + " is not one of " + Arrays.toString(type.getEnumConstants()));
      return null;
    }
  }

  public Boolean bool(String field, String value) {
    String text = required(field, value);
    if (text == null) {
      return null;
    }
    if (!text.equalsIgnoreCase("true") && !text.equalsIgnoreCase("false")) {
      add(field, "must be true or false");
      return null;
    }
    return Boolean.valueOf(text);
  }

  public boolean isEmpty() {
    return errors.isEmpty();
  }

  public List<FieldError> all() {
    return List.copyOf(errors);
  }

  /** Throws a {@link InvalidInputException} naming every bad field, if there is any. */
  public void throwIfAny(String what) {
    if (!errors.isEmpty()) {
      throw new InvalidInputException(what + " has " + errors.size() + " invalid field(s)", all());
    }
  }
}
