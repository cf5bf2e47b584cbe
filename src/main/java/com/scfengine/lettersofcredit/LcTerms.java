package com.scfengine.lettersofcredit;

import com.scfengine.common.FieldErrors;
import com.scfengine.money.BankingCalendar;
import com.scfengine.money.Money;
import com.scfengine.process.Vars;
import com.scfengine.swift.SwiftRules;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The terms of a letter of credit as process variables, checked the same way whether they come from the REST API, a
 * Tasklist start form or an incoming MT700: every field against UCP 600's logic (an expiry after the latest shipment)
 * and against what SWIFT carries (lengths, lines, the X and Z character sets, BICs) — {@link SwiftRules} is the one
 * place those rules live. {@link #standardTerms} derives the terms every product shares.
 */
@Component("lcTermsRules")
class LcTerms {

  /** How the credit is available (UCP 600 Art. 6(b)). */
  enum AvailableBy { PAYMENT, ACCEPTANCE, NEGOTIATION, DEFERRED_PAYMENT;

    /** Whether the bank pays later, at maturity, rather than on complying presentation. */
    boolean usance() {
      return this == ACCEPTANCE || this == DEFERRED_PAYMENT;
    }
  }

  enum Shipments { ALLOWED, NOT_ALLOWED }

  /** Field 49: whether the advising bank is asked to add its confirmation. */
  enum Confirmation { WITHOUT, MAY_ADD, CONFIRM }

  static final String CREDIT_NUMBER = "creditNumber";
  static final String BENEFICIARY_NAME = "beneficiaryName";
  static final String BENEFICIARY_ADDRESS = "beneficiaryAddress";
  static final String BENEFICIARY_COUNTRY = "beneficiaryCountry";
  static final String BENEFICIARY_ACCOUNT = "beneficiaryAccount";
  static final String ADVISING_BANK_BIC = "advisingBankBic";
  static final String ISSUING_BANK_BIC = "issuingBankBic";
  static final String AMOUNT = "amount";
  static final String TOLERANCE_PLUS = "tolerancePlus";
  static final String TOLERANCE_MINUS = "toleranceMinus";
  static final String EXPIRY_DATE = "expiryDate";
  static final String EXPIRY_PLACE = "expiryPlace";
  static final String LATEST_SHIPMENT_DATE = "latestShipmentDate";
  static final String PRESENTATION_DAYS = "presentationDays";
  static final String AVAILABLE_BY = "availableBy";
  static final String TENOR_DAYS = "lcTenorDays";
  static final String PARTIAL_SHIPMENTS = "partialShipments";
  static final String TRANSHIPMENT = "transhipment";
  static final String PORT_OF_LOADING = "portOfLoading";
  static final String PORT_OF_DISCHARGE = "portOfDischarge";
  static final String GOODS = "goods";
  static final String DOCUMENTS_REQUIRED = "documentsRequired";
  static final String ADDITIONAL_CONDITIONS = "additionalConditions";
  static final String CONFIRMATION = "confirmation";
  static final String CASH_MARGIN_PERCENT = "cashMarginPercent";
  static final String SIDE = "side";

  /**
   * The bank's side of the credit a process handles: its {@code side} variable, else from the product — ISSUING for
   * an import credit, NOMINATED for one the bank advises.
   */
  static String sideOf(org.camunda.bpm.engine.delegate.VariableScope run) {
    Object side = run.getVariable(SIDE);
    if (side != null && !side.toString().isBlank()) {
      return side.toString();
    }
    return "EXPORT_LC".equals(run.getVariable(Vars.PRODUCT)) ? LetterOfCredit.Side.NOMINATED.name()
        : LetterOfCredit.Side.ISSUING.name();
  }

  /** The longest text a process variable holds (Camunda keeps a string variable in 4,000 characters). */
  static final int VARIABLE_TEXT_LIMIT = 4000;

  /**
   * The narratives — goods, documents required, additional conditions — as start variables: transient, never
   * stored. An MT700 with its MT701 continuations carries up to 300 lines of 65 characters each, more than a process
   * variable holds; {@code openCredit} keeps them in full on the credit's record, and the process keeps only what its
   * forms show ({@link #shown}).
   */
  static Map<String, Object> narratives(String goods, String documentsRequired, String additionalConditions) {
    Map<String, Object> narratives = new LinkedHashMap<>();
    narratives.put(GOODS, org.camunda.bpm.engine.variable.Variables.stringValue(goods, true));
    narratives.put(DOCUMENTS_REQUIRED, org.camunda.bpm.engine.variable.Variables.stringValue(documentsRequired, true));
    narratives.put(ADDITIONAL_CONDITIONS,
        org.camunda.bpm.engine.variable.Variables.stringValue(additionalConditions, true));
    return narratives;
  }

  /** A narrative as a form shows it: whole when it fits a variable, else its beginning and where the rest is. */
  static String shown(String text, String creditId) {
    if (text == null || text.length() <= VARIABLE_TEXT_LIMIT) {
      return text;
    }
    String note = "\n... (continued: the full text is on the credit, GET /api/letters-of-credit/" + creditId + ")";
    return text.substring(0, VARIABLE_TEXT_LIMIT - note.length()) + note;
  }

  /** Lines of 65 characters an MT700 and its continuations carry for goods, documents or conditions. */
  static final int MAX_NARRATIVE_LINES = 300;

  /** Checked terms; amounts at the currency's scale, texts as given (lines separated by line breaks). */
  record Checked(String creditNumber, String applicantId, String beneficiaryName, String beneficiaryAddress,
      String beneficiaryCountry, String beneficiaryAccount, String advisingBankBic, String currency, BigDecimal amount,
      int tolerancePlus, int toleranceMinus, LocalDate expiryDate, String expiryPlace, LocalDate latestShipmentDate,
      int presentationDays, AvailableBy availableBy, Integer tenorDays, Shipments partialShipments,
      Shipments transhipment, String portOfLoading, String portOfDischarge, String goods, String documentsRequired,
      String additionalConditions, Confirmation confirmation, BigDecimal cashMarginPercent) {

    /** The most the beneficiary may draw: the amount plus the positive tolerance. */
    BigDecimal maximum() {
      return Money.of(amount.multiply(BigDecimal.valueOf(100L + tolerancePlus))
          .divide(BigDecimal.valueOf(100), Money.scale(currency), RoundingMode.HALF_UP), currency);
    }

    /** The cash margin blocked on the applicant's account: its percentage of the maximum. */
    BigDecimal cashMargin() {
      return Money.of(maximum().multiply(cashMarginPercent)
          .divide(BigDecimal.valueOf(100), Money.scale(currency), RoundingMode.HALF_UP), currency);
    }

    /** What the bank risks on the applicant: the maximum less the cash margin. */
    BigDecimal exposure() {
      return maximum().subtract(cashMargin());
    }

    /** The credit's last day of risk: its expiry, or the maturity of drafts presented on the expiry date. */
    LocalDate lastDay() {
      return availableBy.usance() && tenorDays != null ? expiryDate.plusDays(tenorDays) : expiryDate;
    }
  }

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");
  private static final String BASE32 = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

  private final BankingCalendar calendar;
  private final LcSettings settings;
  private final Clock clock;

  LcTerms(BankingCalendar calendar, LcSettings settings, Clock clock) {
    this.calendar = calendar;
    this.settings = settings;
    this.clock = clock;
  }

  /** A new credit number for a credit the bank issues (field 20: 16 characters), e.g. {@code ILC261205K7Q2MXA}. */
  String newCreditNumber(LocalDate today) {
    StringBuilder number = new StringBuilder("ILC").append(today.format(DAY));
    for (int i = 0; i < 7; i++) {
      number.append(BASE32.charAt(RANDOM.nextInt(BASE32.length())));
    }
    return number.toString();
  }

  /**
   * Checks the L/C variables, adding every problem (named by the variable) to {@code errors}; null when there is any.
   * {@code issuing} is true for a credit the bank issues (the expiry must be ahead and the beneficiary's bank named
   * by its BIC), false for one it advises.
   */
  Checked check(Map<String, Object> values, FieldErrors errors, boolean issuing) {
    LocalDate today = LocalDate.now(clock);
    String number = values.get(CREDIT_NUMBER) == null ? null
        : swift(errors, CREDIT_NUMBER, text(values.get(CREDIT_NUMBER)), 1, 16, 'x', true);
    if (number != null && (number.startsWith("/") || number.endsWith("/") || number.contains("//"))) {
      errors.add(CREDIT_NUMBER, "must not start or end with '/' nor contain '//'");
    }
    String applicant = text(values.get(Vars.APPLICANT_ID));
    String name = swift(errors, BENEFICIARY_NAME, text(values.get(BENEFICIARY_NAME)), 1, 35, 'x', true);
    String address = swift(errors, BENEFICIARY_ADDRESS, text(values.get(BENEFICIARY_ADDRESS)), 3, 35, 'x', issuing);
    String country = values.get(BENEFICIARY_COUNTRY) == null && !issuing ? null
        : errors.country(BENEFICIARY_COUNTRY, upper(values.get(BENEFICIARY_COUNTRY)));
    String account = swift(errors, BENEFICIARY_ACCOUNT, text(values.get(BENEFICIARY_ACCOUNT)), 1, 34, 'x', false);
    String advising = upper(values.get(ADVISING_BANK_BIC));
    if (issuing || advising != null) {
      if (errors.required(ADVISING_BANK_BIC, advising) != null && !SwiftRules.isBic(advising)) {
        errors.add(ADVISING_BANK_BIC, FieldErrors.quoted(advising) + " is not a BIC (8 or 11 characters: bank, country, location, "
            + "branch)");
        advising = null;
      }
    }
    String currency = errors.currency(Vars.CURRENCY, upper(values.get(Vars.CURRENCY)));
    BigDecimal amount = errors.positiveAmount(AMOUNT, text(values.get(AMOUNT)), currency);
    int plus = percent(errors, TOLERANCE_PLUS, values.get(TOLERANCE_PLUS), 0, 99);
    int minus = percent(errors, TOLERANCE_MINUS, values.get(TOLERANCE_MINUS), 0, 99);
    LocalDate expiry = errors.date(EXPIRY_DATE, text(values.get(EXPIRY_DATE)));
    if (expiry != null && issuing && !expiry.isAfter(today)) {
      errors.add(EXPIRY_DATE, "must be after today (" + today + ")");
    }
    String place = swift(errors, EXPIRY_PLACE, text(values.get(EXPIRY_PLACE)), 1, 29, 'x', true);
    LocalDate latestShipment = blank(values.get(LATEST_SHIPMENT_DATE)) ? null
        : errors.date(LATEST_SHIPMENT_DATE, text(values.get(LATEST_SHIPMENT_DATE)));
    if (expiry != null && latestShipment != null && expiry.isBefore(latestShipment)) {
      errors.add(EXPIRY_DATE, "must not be before the latest shipment date " + latestShipment);
    }
    int presentationDays = blank(values.get(PRESENTATION_DAYS)) ? settings.presentationDays()
        : percent(errors, PRESENTATION_DAYS, values.get(PRESENTATION_DAYS), 1, 999);
    AvailableBy by = errors.oneOf(AVAILABLE_BY, text(values.get(AVAILABLE_BY)), AvailableBy.class);
    Integer tenor = blank(values.get(TENOR_DAYS)) ? null : percent(errors, TENOR_DAYS, values.get(TENOR_DAYS), 1, 720);
    if (by != null && by.usance() && tenor == null) {
      errors.add(TENOR_DAYS, "is required for a credit available by " + by.name().toLowerCase().replace('_', ' '));
    }
    Shipments partial = errors.oneOf(PARTIAL_SHIPMENTS, text(values.get(PARTIAL_SHIPMENTS)), Shipments.class);
    Shipments tranship = errors.oneOf(TRANSHIPMENT, text(values.get(TRANSHIPMENT)), Shipments.class);
    String loading = swift(errors, PORT_OF_LOADING, text(values.get(PORT_OF_LOADING)), 1, 140, 'x', false);
    String discharge = swift(errors, PORT_OF_DISCHARGE, text(values.get(PORT_OF_DISCHARGE)), 1, 140, 'x', false);
    String goods = swift(errors, GOODS, text(values.get(GOODS)), MAX_NARRATIVE_LINES, 65, 'z', true);
    String documents = swift(errors, DOCUMENTS_REQUIRED, text(values.get(DOCUMENTS_REQUIRED)), MAX_NARRATIVE_LINES,
        65, 'z', true);
    String conditions = swift(errors, ADDITIONAL_CONDITIONS, text(values.get(ADDITIONAL_CONDITIONS)),
        MAX_NARRATIVE_LINES, 65, 'z', false);
    Confirmation confirmation = errors.oneOf(CONFIRMATION, text(values.get(CONFIRMATION)), Confirmation.class);
    BigDecimal margin = BigDecimal.ZERO;
    if (!blank(values.get(CASH_MARGIN_PERCENT))) {
      margin = errors.decimal(CASH_MARGIN_PERCENT, text(values.get(CASH_MARGIN_PERCENT)));
      if (margin != null && (margin.signum() < 0 || margin.compareTo(BigDecimal.valueOf(100)) > 0
          || margin.stripTrailingZeros().scale() > 2)) {
        errors.add(CASH_MARGIN_PERCENT, "must be a percentage from 0 to 100 with at most two decimals");
      }
    }
    if (!errors.isEmpty()) {
      return null;
    }
    return new Checked(number, applicant, name, address, country, account, advising, currency,
        Money.of(amount, currency), plus, minus, expiry, place, latestShipment, presentationDays, by,
        by.usance() ? tenor : null, partial, tranship, loading, discharge, goods, documents, conditions, confirmation,
        margin);
  }

  /** The checked terms as the variables the process keeps, and the standard terms every product shares. */
  Map<String, Object> variables(Checked terms, String side) {
    LocalDate today = LocalDate.now(clock);
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(CREDIT_NUMBER, terms.creditNumber());
    variables.put(BENEFICIARY_NAME, terms.beneficiaryName());
    variables.put(BENEFICIARY_ADDRESS, terms.beneficiaryAddress());
    variables.put(BENEFICIARY_COUNTRY, terms.beneficiaryCountry());
    variables.put(BENEFICIARY_ACCOUNT, terms.beneficiaryAccount());
    variables.put(ADVISING_BANK_BIC, terms.advisingBankBic());
    variables.put(Vars.CURRENCY, terms.currency());
    variables.put(AMOUNT, terms.amount().toPlainString());
    variables.put(TOLERANCE_PLUS, terms.tolerancePlus());
    variables.put(TOLERANCE_MINUS, terms.toleranceMinus());
    variables.put(EXPIRY_DATE, terms.expiryDate().toString());
    variables.put(EXPIRY_PLACE, terms.expiryPlace());
    variables.put(LATEST_SHIPMENT_DATE, terms.latestShipmentDate() == null ? null : terms.latestShipmentDate().toString());
    variables.put(PRESENTATION_DAYS, terms.presentationDays());
    variables.put(AVAILABLE_BY, terms.availableBy().name());
    variables.put(TENOR_DAYS, terms.tenorDays());
    variables.put(PARTIAL_SHIPMENTS, terms.partialShipments().name());
    variables.put(TRANSHIPMENT, terms.transhipment().name());
    variables.put(PORT_OF_LOADING, terms.portOfLoading());
    variables.put(PORT_OF_DISCHARGE, terms.portOfDischarge());
    variables.put(CONFIRMATION, terms.confirmation().name());
    variables.put(CASH_MARGIN_PERCENT, terms.cashMarginPercent().stripTrailingZeros().toPlainString());
    variables.put(SIDE, side);
    // the terms every product shares: the credit is the instrument, its maximum the amount at risk
    variables.put(Vars.INSTRUMENT_NUMBER, terms.creditNumber());
    variables.put(Vars.FACE_AMOUNT, terms.maximum().toPlainString());
    variables.put(Vars.REQUESTED_AMOUNT, terms.maximum().toPlainString());
    variables.put(Vars.ISSUE_DATE, today.toString());
    variables.put(Vars.DUE_DATE, terms.lastDay().toString());
    return variables;
  }

  /** What the bank works out from the terms: margin, exposure, and the credit's dates on the currency's calendar. */
  Map<String, Object> derived(Checked terms) {
    Map<String, Object> derived = new LinkedHashMap<>();
    derived.put("cashMargin", terms.cashMargin().toPlainString());
    derived.put("exposure", terms.exposure().toPlainString());
    derived.put("fullyCovered", terms.exposure().signum() == 0);
    derived.put("marginRequired", terms.cashMargin().signum() > 0);
    LocalDate expires = calendar.nextBankingDay(terms.expiryDate(), terms.currency()); // UCP 600 Art. 29(a)
    derived.put("expiresAt", Date.from(expires.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
    derived.put("lastPresentationDate", UcpDates.lastPresentationDate(calendar, terms.latestShipmentDate(),
        terms.presentationDays(), terms.expiryDate(), terms.currency()).toString());
    return derived;
  }

  /** Checks a SWIFT text field: lines of at most {@code width}, at most {@code lines} of them, in the character set. */
  private static String swift(FieldErrors errors, String field, String value, int lines, int width, char charset,
      boolean required) {
    if (value == null || value.isBlank()) {
      if (required) {
        errors.add(field, "is required");
      }
      return null;
    }
    String text = value.strip().replace("\r\n", "\n");
    String problem = lines == 1 && text.length() > width
        ? "must be at most " + width + " characters (it has " + text.length() + ")"
        : SwiftRules.fits(text, lines, width, charset);
    if (problem != null) {
      errors.add(field, problem);
      return null;
    }
    return text;
  }

  private static int percent(FieldErrors errors, String field, Object value, int min, int max) {
    if (blank(value)) {
      return min == 0 ? 0 : min;
    }
    String text = value.toString().strip();
    try {
      int number = Integer.parseInt(text.endsWith(".0") ? text.substring(0, text.length() - 2) : text);
      if (number < min || number > max) {
        errors.add(field, "must be from " + min + " to " + max);
      }
      return number;
    } catch (NumberFormatException e) {
      errors.add(field, FieldErrors.quoted(text) + " is not a whole number");
      return min;
    }
  }

  private static boolean blank(Object value) {
    return value == null || value.toString().isBlank();
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }

  private static String upper(Object value) {
    return blank(value) ? null : value.toString().strip().toUpperCase(java.util.Locale.ROOT);
  }
}
