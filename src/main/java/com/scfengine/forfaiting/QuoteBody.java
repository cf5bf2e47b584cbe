package com.scfengine.forfaiting;

import com.scfengine.common.FieldErrors;
import com.scfengine.money.ForfaitingDiscount;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The body of {@code POST /api/forfaiting/quotes}, read field by field so that one 400 names every bad field:
 * {@code currency, valueDate, method, instruments: [{number?, faceAmount, maturityDate}]} and optionally
 * {@code discountRate} (required without {@code guarantorBankId}), {@code graceDays} and {@code guarantorBankId}.
 * Instruments' fields are named with their index, e.g. {@code instruments[1].maturityDate}.
 */
final class QuoteBody {

  static final Set<String> FIELDS = Set.of("currency", "valueDate", "discountRate", "method", "graceDays",
      "guarantorBankId", "instruments");
  static final Set<String> INSTRUMENT_FIELDS = Set.of("number", "faceAmount", "maturityDate");

  /** The most grace days a quote may add: a year. */
  static final int MAX_GRACE_DAYS = 365;
  /** The longest instrument number: what an instrument's number column holds. */
  static final int MAX_NUMBER_LENGTH = 64;

  /** A read body; a field that was bad is {@code null}, and {@code errors} says why. */
  record Request(String currency, LocalDate valueDate, BigDecimal discountRate, ForfaitingDiscount.Method method,
      Integer graceDays, String guarantorBankId, List<ForfaitingPricing.Instrument> instruments) {}

  private QuoteBody() {}

  /**
   * Reads and checks the body; every bad field is added to {@code errors}.
   *
   * @param today the value date may not be before it
   * @param maxInstruments the most instruments a quote may hold
   */
  static Request read(Map<String, Object> body, LocalDate today, int maxInstruments, FieldErrors errors) {
    for (String field : body.keySet()) {
      if (!FIELDS.contains(field)) {
        errors.add(field, "is not a field of a forfaiting quote; the fields are " + new TreeSet<>(FIELDS));
      }
    }
    String currency = errors.currency("currency", text(body.get("currency")));
    LocalDate valueDate = errors.date("valueDate", text(body.get("valueDate")));
    if (valueDate != null && valueDate.isBefore(today)) {
      errors.add("valueDate", "must not be in the past (today is " + today + ")");
    }
    ForfaitingDiscount.Method method = errors.oneOf("method", text(body.get("method")),
        ForfaitingDiscount.Method.class);
    String guarantorBankId = body.get("guarantorBankId") == null ? null
        : errors.identifier("guarantorBankId", text(body.get("guarantorBankId")));
    BigDecimal discountRate = null;
    if (body.get("discountRate") != null) {
      discountRate = errors.decimal("discountRate", text(body.get("discountRate")));
      if (discountRate != null && (discountRate.signum() < 0 || discountRate.compareTo(BigDecimal.ONE) > 0)) {
        errors.add("discountRate", "must be a rate per annum from 0 to 1 (0.06 is 6 %)");
        discountRate = null;
      }
    } else if (body.get("guarantorBankId") == null) {
      errors.add("discountRate", "is required when no guarantorBankId is given to price from");
    }
    Integer graceDays = body.get("graceDays") == null ? null : days(errors, "graceDays", body.get("graceDays"));
    List<ForfaitingPricing.Instrument> instruments =
        instruments(body.get("instruments"), currency, valueDate, maxInstruments, errors);
    return new Request(currency, valueDate, discountRate, method, graceDays, guarantorBankId, instruments);
  }

  private static List<ForfaitingPricing.Instrument> instruments(Object value, String currency, LocalDate valueDate,
      int maxInstruments, FieldErrors errors) {
    if (value == null) {
      errors.add("instruments", "is required: at least one instrument");
      return List.of();
    }
    if (!(value instanceof List<?> list)) {
      errors.add("instruments", "must be a list of instruments");
      return List.of();
    }
    if (list.isEmpty()) {
      errors.add("instruments", "must hold at least one instrument");
    } else if (list.size() > maxInstruments) {
      errors.add("instruments", "holds " + list.size() + " instruments; a quote holds at most " + maxInstruments);
    }
    List<ForfaitingPricing.Instrument> instruments = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      String prefix = "instruments[" + i + "]";
      if (!(list.get(i) instanceof Map<?, ?> fields)) {
        errors.add(prefix, "must be an instrument: {number, faceAmount, maturityDate}");
        continue;
      }
      for (Object field : fields.keySet()) {
        if (!INSTRUMENT_FIELDS.contains(String.valueOf(field))) {
          errors.add(prefix + "." + field, "is not a field of an instrument; the fields are "
              + new TreeSet<>(INSTRUMENT_FIELDS));
        }
      }
      String number = fields.get("number") == null ? null
          : errors.reference(prefix + ".number", text(fields.get("number")), MAX_NUMBER_LENGTH);
      BigDecimal face = errors.positiveAmount(prefix + ".faceAmount", text(fields.get("faceAmount")), currency);
      LocalDate maturity = errors.date(prefix + ".maturityDate", text(fields.get("maturityDate")));
      if (maturity != null && valueDate != null && !maturity.isAfter(valueDate)) {
        errors.add(prefix + ".maturityDate", "must be after the value date " + valueDate);
      }
      instruments.add(new ForfaitingPricing.Instrument(number, face, maturity));
    }
    return instruments;
  }

  /** A whole number of days from 0 to {@link #MAX_GRACE_DAYS}, given as a JSON number or as text. */
  private static Integer days(FieldErrors errors, String field, Object value) {
    String text = errors.required(field, text(value));
    if (text == null) {
      return null;
    }
    int days;
    try {
      days = new BigDecimal(text.length() > 20 ? "x" : text).intValueExact();
    } catch (NumberFormatException | ArithmeticException e) {
      errors.add(field, "must be a whole number of days");
      return null;
    }
    if (days < 0) {
      errors.add(field, "must not be negative");
      return null;
    }
    if (days > MAX_GRACE_DAYS) {
      errors.add(field, "must be at most " + MAX_GRACE_DAYS);
      return null;
    }
    return days;
  }

  /** A JSON value as the text the field parsers read; decimals exactly as sent (150000.00, never 1.5E+5). */
  private static String text(Object value) {
    if (value == null) {
      return null;
    }
    return value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
  }
}
