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
    // strip, not trim: trim would also drop control characters at either end, which are refused instead
    return value.strip();
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

  /** Besides letters and digits of any script: the marks references use (SWIFT's x set, and '_' and '#'). */
  static final String REFERENCE_MARKS = " /-?:().,'+_#";

  /** Besides letters, marks and digits of any script: the punctuation of names. */
  static final String NAME_MARKS = " '.,-/()&+:?!@#%_\"\u00b7";

  /**
   * A required reference of at most {@code max} characters: an invoice, order, instrument, declaration or account
   * number. Letters and digits of any script, spaces and {@code / - ? : ( ) . , ' + _ #}; nothing else — not
   * {@code ; = < > \ { } [ ]}, not a double quote, not a control character: references travel on into the registry,
   * the ledger and SWIFT messages, and such a character in one is a mistake or an attack.
   */
  public String reference(String field, String value, int max) {
    String text = text(field, value, max);
    return text == null || allowed(field, text, REFERENCE_MARKS, false, "a reference: letters, digits, spaces and "
        + REFERENCE_MARKS.strip()) ? text : null;
  }

  /**
   * A required name of at most {@code max} characters: an enterprise's, a programme's, a contract's. Letters, marks
   * and digits of any script, spaces and the punctuation names use ({@code ' . , - / ( ) & + : ? ! @ # % _ " ·}, and
   * the dashes, quotation marks and brackets of other scripts: – ’ « （), so that "O'Brien &amp; Sons (Pty) Ltd." and
   * "深圳光明纺织（集团）有限公司" are names; not {@code ; = < > \ { } [ ] * $ | ~ ^ `}, and no control or invisible
   * formatting character (such as U+202E, which shows text backwards).
   */
  public String name(String field, String value, int max) {
    String text = text(field, value, max);
    return text == null || allowed(field, text, NAME_MARKS, true, "a name: letters, digits, spaces and "
        + NAME_MARKS.strip()) ? text : null;
  }

  /**
   * Optional free text of at most {@code max} characters: a comment, a reason. Anything a person types, several lines
   * included, but no control character other than line breaks and tabs, and no invisible formatting character (such
   * as U+202E, which shows text backwards). {@code null} when absent or blank.
   */
  public String comment(String field, String value, int max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String text = text(field, value, max);
    if (text == null) {
      return null;
    }
    int bad = text.codePoints().filter(c -> invisible(c) && c != '\n' && c != '\r' && c != '\t').findFirst().orElse(-1);
    if (bad >= 0) {
      add(field, "has " + shown(bad) + ", which no text may hold (a control or formatting character)");
      return null;
    }
    return text;
  }

  /** Whether every character is a letter or digit (and, for names, a mark) or one of {@code marks}; else says which. */
  private boolean allowed(String field, String text, String marks, boolean withMarks, String rule) {
    int bad = text.codePoints().filter(c -> !(Character.isLetterOrDigit(c) || marks.indexOf(c) >= 0
        || withMarks && nameMark(c))).findFirst().orElse(-1);
    if (bad >= 0) {
      add(field, "has " + shown(bad) + ", which is not in " + rule);
      return false;
    }
    return true;
  }

  /** A combining mark, a dash, a quotation mark, or a bracket of a script other than ASCII's: what names also use. */
  private static boolean nameMark(int c) {
    return switch (Character.getType(c)) {
      case Character.NON_SPACING_MARK, Character.COMBINING_SPACING_MARK, Character.DASH_PUNCTUATION,
          Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION -> true;
      case Character.START_PUNCTUATION, Character.END_PUNCTUATION -> c > 127;
      default -> false;
    };
  }

  /** A control character, an invisible formatting character (U+200B, U+202E, U+FEFF …), half a surrogate pair. */
  private static boolean invisible(int c) {
    int type = Character.getType(c);
    return type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
        || type == Character.UNASSIGNED || type == Character.PRIVATE_USE;
  }

  /** A character as a refusal names it: quoted when it shows, by its code point when it does not. */
  static String shown(int c) {
    return c > ' ' && !invisible(c) && !Character.isWhitespace(c) ? "'" + Character.toString(c) + "'"
        : String.format("U+%04X", c);
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
      return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
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
