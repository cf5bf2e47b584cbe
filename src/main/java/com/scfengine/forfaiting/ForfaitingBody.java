package com.scfengine.forfaiting;

import com.scfengine.common.FieldErrors;
import com.scfengine.process.Vars;
import com.scfengine.products.ApplicationBody;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The forfaiting application body: {@code exporterId, importerId, guarantorBankId, guaranteeType (AVAL,
 * BANK_GUARANTEE, LC_DEFERRED_PAYMENT), lcReference (for an L/C claim), currency, method (STRAIGHT_DISCOUNT,
 * DISCOUNT_TO_YIELD), valueDate?, instruments: [{number, kind, faceAmount, issueDate, maturityDate}],
 * underlyingContract?}}. The deal's terms are its totals: face amount and requested amount the sum of the faces, issue
 * date the earliest, due date the last maturity; each instrument is registered on its own.
 */
@Component
class ForfaitingBody implements ApplicationBody {

  static final String PRODUCT = "FORFAITING";
  static final String GUARANTOR_BANK_ID = "guarantorBankId";
  static final String GUARANTEE_TYPE = "guaranteeType";
  static final String LC_REFERENCE = "lcReference";
  static final String METHOD = "discountMethod";
  static final String VALUE_DATE = "valueDate";
  static final String INSTRUMENTS = "instruments";
  static final String INSTRUMENT_COUNT = "instrumentCount";
  static final String UNDERLYING_CONTRACT = "underlyingContract";

  /** How the guarantor stands behind the instruments. */
  enum GuaranteeType { AVAL, BANK_GUARANTEE, LC_DEFERRED_PAYMENT }

  /** The two ways a forfaiter discounts. */
  enum Method { STRAIGHT_DISCOUNT, DISCOUNT_TO_YIELD }

  private static final Set<String> FIELDS = Set.of("exporterId", "importerId", GUARANTOR_BANK_ID, GUARANTEE_TYPE,
      LC_REFERENCE, "currency", "method", VALUE_DATE, INSTRUMENTS, UNDERLYING_CONTRACT);

  private final Clock clock;

  ForfaitingBody(Clock clock) {
    this.clock = clock;
  }

  @Override
  public String product() {
    return PRODUCT;
  }

  @Override
  public Map<String, Object> variables(Map<String, Object> body, FieldErrors errors) {
    body.keySet().stream().filter(field -> !FIELDS.contains(field))
        .forEach(field -> errors.add(field, "is not a field of a forfaiting application"));
    LocalDate today = LocalDate.now(clock);
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(Vars.APPLICANT_ID, text(body.get("exporterId")));
    variables.put(Vars.COUNTERPARTY_ID, text(body.get("importerId")));
    variables.put(GUARANTOR_BANK_ID, errors.identifier(GUARANTOR_BANK_ID, text(body.get(GUARANTOR_BANK_ID))));
    GuaranteeType guarantee = errors.oneOf(GUARANTEE_TYPE, text(body.get(GUARANTEE_TYPE)), GuaranteeType.class);
    variables.put(GUARANTEE_TYPE, guarantee == null ? null : guarantee.name());
    String lcReference = text(body.get(LC_REFERENCE));
    if (guarantee == GuaranteeType.LC_DEFERRED_PAYMENT) {
      lcReference = errors.reference(LC_REFERENCE, lcReference, 16);
    } else if (lcReference != null && !lcReference.isBlank()) {
      lcReference = errors.reference(LC_REFERENCE, lcReference, 16);
    }
    variables.put(LC_REFERENCE, lcReference);
    String currency = errors.currency("currency", text(body.get("currency")));
    variables.put(Vars.CURRENCY, currency);
    Method method = errors.oneOf("method", text(body.get("method")), Method.class);
    variables.put(METHOD, method == null ? null : method.name());
    LocalDate valueDate = body.get(VALUE_DATE) == null ? today : errors.date(VALUE_DATE, text(body.get(VALUE_DATE)));
    if (valueDate != null && valueDate.isBefore(today)) {
      errors.add(VALUE_DATE, "must not be in the past");
    }
    variables.put(VALUE_DATE, valueDate == null ? null : valueDate.toString());
    Object contract = body.get(UNDERLYING_CONTRACT);
    if (contract != null) {
      variables.put(UNDERLYING_CONTRACT, errors.name(UNDERLYING_CONTRACT, text(contract), 200));
    }
    List<InstrumentLines.Line> lines = InstrumentLines.of(body.get(INSTRUMENTS), currency, today, errors);
    if (valueDate != null) {
      for (int i = 0; i < lines.size(); i++) {
        if (!lines.get(i).maturityDate().isAfter(valueDate)) {
          errors.add("instruments[" + i + "].maturityDate", "must be after the value date " + valueDate);
        }
      }
    }
    if (!lines.isEmpty()) {
      variables.put(INSTRUMENTS, InstrumentLines.text(lines));
      variables.put(INSTRUMENT_COUNT, lines.size());
      BigDecimal total = lines.stream().map(InstrumentLines.Line::faceAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
      variables.put(Vars.INSTRUMENT_NUMBER, lines.get(0).number());
      variables.put(Vars.FACE_AMOUNT, total.toPlainString());
      variables.put(Vars.REQUESTED_AMOUNT, total.toPlainString());
      variables.put(Vars.ISSUE_DATE, lines.stream().map(InstrumentLines.Line::issueDate)
          .min(Comparator.naturalOrder()).orElseThrow().toString());
      variables.put(Vars.DUE_DATE, lines.stream().map(InstrumentLines.Line::maturityDate)
          .max(Comparator.naturalOrder()).orElseThrow().toString());
    }
    return variables;
  }

  @Override
  public String fieldOf(String variable) {
    return switch (variable) {
      case Vars.APPLICANT_ID -> "exporterId";
      case Vars.COUNTERPARTY_ID -> "importerId";
      case Vars.FACE_AMOUNT, Vars.REQUESTED_AMOUNT, Vars.INSTRUMENT_NUMBER, Vars.ISSUE_DATE, Vars.DUE_DATE -> INSTRUMENTS;
      default -> variable;
    };
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
