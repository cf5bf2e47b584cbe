package com.scfengine.support;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Factoring application bodies (API.md) for tests: a fresh invoice number, issued last week, due in 60 days. */
public final class FactoringRequests {

  public static Map<String, Object> invoice(String seller, String buyer, String amount, String requested) {
    Map<String, Object> body = new HashMap<>();
    body.put("sellerId", seller);
    body.put("buyerId", buyer);
    body.put("invoiceNumber", "INV-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase());
    body.put("invoiceAmount", amount);
    body.put("currency", "USD");
    body.put("issueDate", LocalDate.now().minusDays(5).toString());
    body.put("dueDate", LocalDate.now().plusDays(60).toString());
    body.put("requestedAmount", requested);
    body.put("recourse", true);
    body.put("disclosed", false);
    return body;
  }

  private FactoringRequests() {}
}
