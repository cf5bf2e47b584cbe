package com.scfengine.support;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Import letter of credit application bodies for tests, beside factoring's ({@link FactoringRequests}). */
public final class LetterOfCreditRequests {

  /** An import letter of credit for {@code applicant}: up to 50,000 for an A-rated applicant it is issued straight. */
  public static Map<String, Object> importLc(String applicant, String amount) {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("applicantId", applicant);
    body.put("beneficiary", Map.of("name", "SHENZHEN WIDGETS CO LTD", "address", "1 HARBOUR ROAD, SHENZHEN",
        "country", "CN"));
    body.put("advisingBankBic", "BKCHCNBJ");
    body.put("currency", "USD");
    body.put("amount", amount);
    body.put("tolerancePlus", 5);
    body.put("toleranceMinus", 5);
    body.put("expiryDate", today.plusDays(60).toString());
    body.put("expiryPlace", "HONG KONG");
    body.put("availableBy", "PAYMENT");
    body.put("partialShipments", "NOT_ALLOWED");
    body.put("transhipment", "ALLOWED");
    body.put("goods", "10000 WIDGETS MODEL W-1, CIF LOS ANGELES");
    body.put("documentsRequired", List.of("SIGNED COMMERCIAL INVOICE IN 3 ORIGINALS",
        "FULL SET OF CLEAN ON BOARD BILLS OF LADING", "PACKING LIST IN DUPLICATE"));
    body.put("additionalConditions", List.of());
    body.put("confirmation", "WITHOUT");
    return body;
  }

  private LetterOfCreditRequests() {}
}
