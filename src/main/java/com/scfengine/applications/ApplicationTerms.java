package com.scfengine.applications;

import static com.scfengine.process.Vars.APPLICANT_ID;
import static com.scfengine.process.Vars.COUNTERPARTY_ID;
import static com.scfengine.process.Vars.CURRENCY;
import static com.scfengine.process.Vars.DUE_DATE;
import static com.scfengine.process.Vars.FACE_AMOUNT;
import static com.scfengine.process.Vars.INSTRUMENT_NUMBER;
import static com.scfengine.process.Vars.ISSUE_DATE;
import static com.scfengine.process.Vars.REQUESTED_AMOUNT;

import com.scfengine.enterprises.Enterprises;
import com.scfengine.common.FieldErrors;
import com.scfengine.money.Money;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The terms every financing application shares — applicant, counterparty, instrument, amounts, dates —
 * checked the same way whether they come from the REST API or a Tasklist start form.
 */
@Component
public class ApplicationTerms {

  private final Enterprises enterprises;
  private final Clock clock;

  public ApplicationTerms(Enterprises enterprises, Clock clock) {
    this.enterprises = enterprises;
    this.clock = clock;
  }

  /** Checked terms; amounts at the currency's scale. */
  public record Terms(String applicantId, String counterpartyId, String instrumentNumber, BigDecimal faceAmount,
      BigDecimal requestedAmount, String currency, LocalDate issueDate, LocalDate dueDate) {}

  /** Reads and checks the shared terms from variables (standard names), adding every problem to {@code errors}. */
  public Terms check(Map<String, Object> values, FieldErrors errors) {
    return check(values, errors, true);
  }

  /**
   * As {@link #check(Map, FieldErrors)}; without {@code counterpartyRequired} an application may have no registered
   * counterparty — a letter of credit's beneficiary abroad, for instance — but one it names must be registered.
   */
  public Terms check(Map<String, Object> values, FieldErrors errors, boolean counterpartyRequired) {
    String applicant = enterprise(errors, APPLICANT_ID, values.get(APPLICANT_ID));
    Object named = values.get(COUNTERPARTY_ID);
    String counterparty = counterpartyRequired || (named != null && !named.toString().isBlank())
        ? enterprise(errors, COUNTERPARTY_ID, named) : null;
    if (applicant != null && applicant.equals(counterparty)) {
      errors.add(COUNTERPARTY_ID, "must differ from " + APPLICANT_ID);
    }
    String number = errors.reference(INSTRUMENT_NUMBER, text(values.get(INSTRUMENT_NUMBER)), 100);
    String currency = errors.currency(CURRENCY, text(values.get(CURRENCY)));
    BigDecimal face = errors.positiveAmount(FACE_AMOUNT, text(values.get(FACE_AMOUNT)), currency);
    BigDecimal requested = errors.positiveAmount(REQUESTED_AMOUNT, text(values.get(REQUESTED_AMOUNT)), currency);
    if (face != null && requested != null && requested.compareTo(face) > 0) {
      errors.add(REQUESTED_AMOUNT, "must not exceed " + FACE_AMOUNT + " (" + face.toPlainString() + ")");
    }
    LocalDate issue = errors.date(ISSUE_DATE, text(values.get(ISSUE_DATE)));
    LocalDate due = errors.date(DUE_DATE, text(values.get(DUE_DATE)));
    LocalDate today = LocalDate.now(clock);
    if (issue != null && issue.isAfter(today)) {
      errors.add(ISSUE_DATE, "must not be in the future");
    }
    if (due != null && !due.isAfter(today)) {
      errors.add(DUE_DATE, "must be in the future");
    }
    if (issue != null && due != null && !due.isAfter(issue)) {
      errors.add(DUE_DATE, "must be after " + ISSUE_DATE);
    }
    if (!errors.isEmpty()) {
      return null;
    }
    return new Terms(applicant, counterparty, number, Money.exact(face, currency), Money.exact(requested, currency),
        currency, issue, due);
  }

  private String enterprise(FieldErrors errors, String field, Object value) {
    String id = errors.required(field, text(value));
    if (id != null && !enterprises.exists(id)) {
      errors.add(field, "no enterprise " + FieldErrors.quoted(id) + " is registered");
      return null;
    }
    return id;
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
