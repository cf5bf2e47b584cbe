package com.scfengine.pofinance;

import com.scfengine.common.FieldErrors;
import com.scfengine.process.Vars;
import com.scfengine.products.ApplicationBody;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The purchase-order finance application body: the shared terms by their variable names — {@code applicantId} (the
 * supplier), {@code counterpartyId} (the core enterprise that ordered), {@code instrumentNumber} (the order's number),
 * {@code faceAmount} (the order's value), {@code requestedAmount}, {@code currency}, {@code issueDate} (the order's
 * date), {@code dueDate} (when the loan falls due) — and {@code expectedInvoiceDate}, when the supplier expects to
 * invoice the goods: a date from the order's date to the due date. Nothing else.
 */
@Component
class PoFinanceBody implements ApplicationBody {

  static final String EXPECTED_INVOICE_DATE = "expectedInvoiceDate";

  private static final List<String> FIELDS = List.of(Vars.APPLICANT_ID, Vars.COUNTERPARTY_ID, Vars.INSTRUMENT_NUMBER,
      Vars.FACE_AMOUNT, Vars.REQUESTED_AMOUNT, Vars.CURRENCY, Vars.ISSUE_DATE, Vars.DUE_DATE, EXPECTED_INVOICE_DATE);

  @Override
  public String product() {
    return PoFinance.PRODUCT;
  }

  @Override
  public Map<String, Object> variables(Map<String, Object> body, FieldErrors errors) {
    body.keySet().stream().filter(field -> !FIELDS.contains(field))
        .forEach(field -> errors.add(field, "is not a field of a purchase-order finance application; the fields are "
            + FIELDS));
    Map<String, Object> variables = new LinkedHashMap<>();
    for (String field : FIELDS) {
      Object value = body.get(field);
      if (value instanceof Map || value instanceof Iterable) {
        errors.add(field, "must be a single value, not a list or an object");
      } else if (value != null) {
        variables.put(field, value.toString());
      }
    }
    Object expected = body.get(EXPECTED_INVOICE_DATE);
    if (expected != null && !(expected instanceof Map || expected instanceof Iterable)) {
      LocalDate date = errors.date(EXPECTED_INVOICE_DATE, expected.toString());
      LocalDate ordered = date(body.get(Vars.ISSUE_DATE));
      LocalDate due = date(body.get(Vars.DUE_DATE));
      if (date != null && ordered != null && date.isBefore(ordered)) {
        errors.add(EXPECTED_INVOICE_DATE, "must not be before the order's issueDate " + ordered);
      } else if (date != null && due != null && date.isAfter(due)) {
        errors.add(EXPECTED_INVOICE_DATE, "must not be after the loan's dueDate " + due);
      }
    }
    return variables;
  }

  /** A date the shared terms check on their own; here only to compare with, so a bad one is left to them. */
  private static LocalDate date(Object value) {
    try {
      return value == null ? null : LocalDate.parse(value.toString().strip());
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
