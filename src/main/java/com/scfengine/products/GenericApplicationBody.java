package com.scfengine.products;

import com.scfengine.process.Vars;
import com.scfengine.common.FieldErrors;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The body of a product deployed at runtime without Java of its own: the standard fields by their
 * variable names ({@code applicantId, counterpartyId, instrumentNumber, faceAmount, requestedAmount,
 * currency, issueDate, dueDate}) plus any extra scalar fields, which become process variables as they are: a text of
 * at most 4,000 characters and without control characters ({@link FieldErrors#comment}), a number, true or false.
 */
public final class GenericApplicationBody {

  private static final Set<String> RESERVED = Set.of(Vars.APPLICATION_ID, Vars.PRODUCT, Vars.SUBMITTED_BY);

  /** The most characters of a text field: what a process variable holds. */
  static final int MAX_TEXT = 4000;

  private GenericApplicationBody() {}

  public static Map<String, Object> variables(Map<String, Object> body, FieldErrors errors) {
    Map<String, Object> variables = new LinkedHashMap<>();
    body.forEach((name, value) -> {
      if (RESERVED.contains(name)) {
        errors.add(name, "is set by the engine and may not be given");
      } else if (value instanceof Map || value instanceof Iterable) {
        errors.add(name, "must be a single value (text, number or true/false)");
      } else if (!name.matches("[A-Za-z][A-Za-z0-9_]{0,63}")) {
        errors.add(name, "is not a valid variable name");
      } else if (value instanceof String text) {
        // a process variable holds at most 4,000 characters of text
        String checked = errors.comment(name, text, MAX_TEXT);
        variables.put(name, checked != null ? checked : text);
      } else {
        variables.put(name, value instanceof Number n ? n.toString() : value);
      }
    });
    return variables;
  }
}
