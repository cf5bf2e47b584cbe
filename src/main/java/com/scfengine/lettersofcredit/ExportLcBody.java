package com.scfengine.lettersofcredit;

import com.scfengine.common.FieldErrors;
import com.scfengine.products.ApplicationBody;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * An export letter of credit is not applied for: it arrives as the issuing bank's MT700
 * ({@code POST /api/letters-of-credit/incoming}). A JSON application for it is refused, naming where it comes from.
 */
@Component
class ExportLcBody implements ApplicationBody {

  @Override
  public String product() {
    return IncomingCredits.PRODUCT;
  }

  @Override
  public boolean counterpartyRequired() {
    return false;
  }

  @Override
  public Map<String, Object> variables(Map<String, Object> body, FieldErrors errors) {
    errors.add("product", "an export letter of credit starts from the issuing bank's MT700: POST it as text/plain to "
        + "/api/letters-of-credit/incoming");
    return new java.util.LinkedHashMap<>();
  }
}
