package com.scfengine.forfaiting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.scfengine.support.Api;
import com.scfengine.support.DatabaseTest;
import com.scfengine.support.Workflow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Forfaiting over HTTP as the demo users, with the demo's guarantor banks: a relationship manager submits a deal,
 * trade operations check the instruments through the engine's REST API, the bank buys them; the view shows each
 * instrument; bad and duplicate deals are refused by name. On H2 and, under {@code -Pmysql}, on MySQL.
 */
@DatabaseTest
class ForfaitingApiTest {

  @LocalServerPort int port;

  private Api as(String user) {
    return Api.on(port).as(user);
  }

  @Test
  void aDealIsSubmittedCheckedAndBoughtAndItsViewShowsEveryInstrument() {
    String prefix = "BE-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    var created = as("rm").post("/api/products/FORFAITING/applications",
        deal("BANK-002", instrument(prefix + "-2", "15000.00", 180), instrument(prefix + "-1", "15000.00", 90)));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    String app = created.json().path("id").asText();
    assertThat(created.json().path("amount").decimalValue()).isEqualByComparingTo("30000.00");

    JsonNode check = Workflow.awaitTask(Api.on(port), app, "UserTask_CheckInstruments");
    var checked = Workflow.submitForm(as("ops"), check.path("id").asText(), Map.of("avalPresent", true,
        "endorsedWithoutRecourse", true, "amountsAndDatesMatch", true, "signaturesVerified", true,
        "documentsComment", "all in order"));
    assertThat(checked.status()).as(checked.toString()).isEqualTo(204);
    Workflow.awaitStatus(Api.on(port), app, "DISBURSED");

    JsonNode view = as("rm").get("/api/applications/" + app).json();
    assertThat(view.path("status").asText()).isEqualTo("DISBURSED");
    JsonNode instruments = view.path("instruments");
    assertThat(instruments).hasSize(2);
    assertThat(instruments.get(0).path("number").asText()).as("in order of maturity").isEqualTo(prefix + "-1");
    assertThat(instruments.get(0).path("state").asText()).isEqualTo("HELD");
    assertThat(instruments.get(0).path("proceeds").decimalValue()).isPositive()
        .isLessThan(instruments.get(0).path("faceAmount").decimalValue());
    assertThat(instruments.get(1).path("discount").decimalValue())
        .as("the later maturity is discounted more").isGreaterThan(instruments.get(0).path("discount").decimalValue());

    var again = as("rm").post("/api/products/FORFAITING/applications",
        deal("BANK-002", instrument(prefix.toLowerCase() + " 1", "15000.00", 90)));
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.body()).contains(prefix.toLowerCase() + " 1");
  }

  @Test
  void badDealsAreRefusedNamingEveryFieldAndOnlyRelationshipManagersSubmit() {
    Map<String, Object> bad = deal("BANK-002", instrument("X-1", "100.001", 90));
    bad.put("method", "GUESS");
    bad.put("guaranteeType", "LC_DEFERRED_PAYMENT");
    bad.put("tip", "1");
    var refused = as("rm").post("/api/products/FORFAITING/applications", bad);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    List<String> fields = new ArrayList<>();
    refused.json().path("errors").forEach(e -> fields.add(e.path("field").asText()));
    assertThat(fields).contains("method", "lcReference", "tip", "instruments[0].faceAmount");

    assertThat(as("analyst").post("/api/products/FORFAITING/applications",
        deal("BANK-002", instrument("X-2", "100.00", 90))).status()).isEqualTo(403);
  }

  private static Map<String, Object> deal(String guarantor, Map<String, Object>... instruments) {
    Map<String, Object> body = new HashMap<>();
    body.put("exporterId", "SME-001");
    body.put("importerId", "BUY-002");
    body.put("guarantorBankId", guarantor);
    body.put("guaranteeType", "AVAL");
    body.put("currency", "USD");
    body.put("method", "DISCOUNT_TO_YIELD");
    body.put("instruments", List.of(instruments));
    return body;
  }

  private static Map<String, Object> instrument(String number, String face, int days) {
    return Map.of("number", number, "kind", "PROMISSORY_NOTE", "faceAmount", face,
        "issueDate", LocalDate.now().minusDays(2).toString(), "maturityDate", LocalDate.now().plusDays(days).toString());
  }
}
