package com.scfengine.products;

import com.scfengine.common.FieldErrors;
import java.util.Map;

/**
 * A product's own API body: which fields it takes and how they become the process's standard variables
 * ({@link com.scfengine.process.Vars}). Products without one use {@link GenericApplicationBody}.
 */
public interface ApplicationBody {

  /** The product code this body belongs to, as its model declares it ({@code productCode}), upper case. */
  String product();

  /** Maps the body to process variables, adding every problem (named by the body's own field names) to {@code errors}. */
  Map<String, Object> variables(Map<String, Object> body, FieldErrors errors);

  /** Whether the application names a registered counterparty (a letter of credit's beneficiary abroad is not one). */
  default boolean counterpartyRequired() {
    return true;
  }

  /** The body field that carries a process variable, to name it in errors; the variable name by default. */
  default String fieldOf(String variable) {
    return variable;
  }
}
