package com.scfengine.factoring;

import com.scfengine.process.Vars;
import com.scfengine.products.ApplicationBody;
import com.scfengine.common.FieldErrors;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The factoring application body of API.md: {@code sellerId, buyerId, invoiceNumber, invoiceAmount,
 * currency, issueDate, dueDate, requestedAmount, recourse}, and optionally {@code disclosed} (default true),
 * {@code customsDeclaration} (an export receivable's customs export declaration number) and
 * {@code buyerDebitMandate} (default false: the bank may debit the buyer at the due date) and {@code poReference} (the
 * purchase order the invoice comes from: its purchase-order loan is repaid first from the advance).
 */
@Component
class FactoringBody implements ApplicationBody {

  static final String RECOURSE = "recourse";
  static final String DISCLOSED = "disclosed";
  static final String BUYER_DEBIT_MANDATE = "buyerDebitMandate";

  /** Body field → process variable. */
  static final Map<String, String> FIELDS = Map.of(
      "sellerId", Vars.APPLICANT_ID,
      "buyerId", Vars.COUNTERPARTY_ID,
      "invoiceNumber", Vars.INSTRUMENT_NUMBER,
      "invoiceAmount", Vars.FACE_AMOUNT,
      "requestedAmount", Vars.REQUESTED_AMOUNT,
      "currency", Vars.CURRENCY,
      "issueDate", Vars.ISSUE_DATE,
      "dueDate", Vars.DUE_DATE);

  @Override
  public String product() {
    return "FACTORING";
  }

  @Override
  public Map<String, Object> variables(Map<String, Object> body, FieldErrors errors) {
    Map<String, Object> variables = new LinkedHashMap<>();
    for (String field : body.keySet()) {
      if (!FIELDS.containsKey(field) && !Map.of("recourse", 1, "disclosed", 1, "customsDeclaration", 1,
          "buyerDebitMandate", 1, "poReference", 1).containsKey(field)) {
        errors.add(field, "is not a field of a factoring application");
      }
    }
    FIELDS.forEach((field, variable) -> {
      Object value = body.get(field);
      variables.put(variable, value == null ? null : value.toString());
    });
    Boolean recourse = errors.bool("recourse", text(body.get("recourse")));
    variables.put(RECOURSE, recourse);
    variables.put(DISCLOSED, body.containsKey("disclosed") ? errors.bool("disclosed", text(body.get("disclosed")))
        : Boolean.TRUE);
    variables.put(BUYER_DEBIT_MANDATE, body.containsKey("buyerDebitMandate")
        ? errors.bool("buyerDebitMandate", text(body.get("buyerDebitMandate"))) : Boolean.FALSE);
    Object order = body.get("poReference");
    if (order != null && !order.toString().isBlank()) {
      variables.put(Vars.PO_REFERENCE, errors.reference("poReference", order.toString(), 100));
    }
    Object declaration = body.get("customsDeclaration");
    if (declaration != null && !declaration.toString().isBlank()) {
      // the registry keeps a declaration by its number: 64 characters
      variables.put(Vars.CUSTOMS_DECLARATION, errors.reference("customsDeclaration", declaration.toString(), 64));
    }
    return variables;
  }

  @Override
  public String fieldOf(String variable) {
    return FIELDS.entrySet().stream().filter(e -> e.getValue().equals(variable)).map(Map.Entry::getKey)
        .findFirst().orElse(variable);
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
