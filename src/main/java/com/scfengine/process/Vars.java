package com.scfengine.process;

import com.scfengine.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Typed access to the few process variables every product shares. Amounts travel as exact decimal
 * strings ("100000.00"): readable in Tasklist and the REST API, never a floating-point number.
 */
public final class Vars {

  public static final String APPLICATION_ID = "applicationId";
  public static final String PRODUCT = "product";
  public static final String APPLICANT_ID = "applicantId";
  public static final String APPLICANT_NAME = "applicantName";
  public static final String COUNTERPARTY_ID = "counterpartyId";
  public static final String COUNTERPARTY_NAME = "counterpartyName";
  public static final String INSTRUMENT_NUMBER = "instrumentNumber";
  public static final String FACE_AMOUNT = "faceAmount";
  public static final String REQUESTED_AMOUNT = "requestedAmount";
  public static final String CURRENCY = "currency";
  public static final String ISSUE_DATE = "issueDate";
  public static final String DUE_DATE = "dueDate";
  public static final String TENOR_DAYS = "tenorDays";
  public static final String CUSTOMS_DECLARATION = "customsDeclaration";
  /** On the financing of an invoice: the purchase order it comes from, whose loan the proceeds repay first. */
  public static final String PO_REFERENCE = "poReference";
  public static final String SUBMITTED_BY = "submittedBy";
  public static final String RATING_GRADE = "ratingGrade";
  public static final String ADVANCE = "advance";
  public static final String NET_ADVANCE = "netAdvance";
  public static final String DISCOUNT_INTEREST = "discountInterest";
  public static final String SERVICE_FEE = "serviceFee";
  public static final String REJECTION_REASON = "rejectionReason";

  /**
   * The application's terms: set once when the application is submitted and registered, never changed afterwards
   * in any process. Called processes get copies of them; the history keeps them once, on the application's own instance ({@code platform.engine.CalledProcessHistory}).
   */
  public static final java.util.List<String> APPLICATION_TERMS = java.util.List.of(APPLICATION_ID, PRODUCT,
      SUBMITTED_BY, APPLICANT_ID, APPLICANT_NAME, COUNTERPARTY_ID, COUNTERPARTY_NAME, INSTRUMENT_NUMBER, FACE_AMOUNT,
      REQUESTED_AMOUNT, CURRENCY, ISSUE_DATE, DUE_DATE, CUSTOMS_DECLARATION);

  /** What {@code registerApplication} derives from the terms, as unchanging as they are. */
  public static final java.util.List<String> DERIVED_TERMS = java.util.List.of(TENOR_DAYS, "paymentDueAt",
      "overdueAt", "graceDays");

  /**
   * What the application's own steps work out before its credit decision — rating, the limits shown, the priced
   * amounts its record keeps — and pass to the called processes, which show and read them and never change them (the
   * credit forms show them read-only). Like the terms, the history keeps them on the application's own instance only.
   * A product adds its own such variables as a {@link CopiedTerms} bean.
   */
  public static final java.util.List<String> CREDIT_FIGURES = java.util.List.of(RATING_GRADE, "probabilityOfDefault",
      "applicantLimitAvailable", "counterpartyLimitAvailable", ADVANCE, DISCOUNT_INTEREST, SERVICE_FEE, NET_ADVANCE);

  private Vars() {}

  /** The application id: the business key of the instance (and of any called process). */
  public static String applicationId(VariableScope scope) {
    Object id = scope.getVariable(APPLICATION_ID);
    if (id == null) {
      throw new IllegalStateException("Process variable '" + APPLICATION_ID + "' is missing");
    }
    return id.toString();
  }

  public static String string(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (value == null) {
      throw new IllegalStateException("Process variable '" + name + "' is missing");
    }
    return value.toString();
  }

  public static String optionalString(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value == null || value.toString().isBlank() ? null : value.toString();
  }

  public static BigDecimal amount(VariableScope scope, String name) {
    return Money.of(new BigDecimal(string(scope, name)), string(scope, CURRENCY));
  }

  public static LocalDate date(VariableScope scope, String name) {
    return LocalDate.parse(string(scope, name));
  }

  public static boolean flag(VariableScope scope, String name, boolean otherwise) {
    Object value = scope.getVariable(name);
    if (value == null) {
      return otherwise;
    }
    return value instanceof Boolean b ? b : Boolean.parseBoolean(value.toString());
  }

  /** Money as it is stored in a variable: plain decimal text at the currency's scale. */
  public static String text(BigDecimal amount, String currency) {
    return Money.of(amount, currency).toPlainString();
  }
}
