package com.scfengine.factoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.scfengine.support.Api;
import com.scfengine.support.Concurrently;
import com.scfengine.support.FactoringRequests;
import com.scfengine.support.Workflow;
import com.scfengine.support.DatabaseTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Factoring through the real entry points only: the public API to submit and to report the buyer's
 * confirmation and payment, Camunda's REST API to work the tasks — each as the demo user whose job it is.
 * The job executor runs, as in production.
 */
@DatabaseTest
class FactoringApiTest {

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;

  private Api as(String user) {
    return Api.on(port).as(user);
  }

  @Test
  void anAnalystAndAnApproverWorkTheirTasksOverRestAndTheBuyerPays() {
    String seller = seller("BBB", "500000.00");
    var submitted = as("rm").post("/api/products/FACTORING/applications", body(seller, "200000.00", "150000.00"));
    assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
    String app = submitted.json().path("id").asText();
    assertThat(submitted.location()).endsWith("/api/applications/" + app);
    assertThat(submitted.json().path("status").asText()).isEqualTo("SUBMITTED");

    JsonNode review = awaitTask(app, "UserTask_ReviewCredit");
    assertThat(review.path("name").asText()).contains(app.isEmpty() ? "" : "Review credit");
    // the record names the application's process instance (the one that called the credit decision)
    assertThat(as("rm").get("/api/applications/" + app).json().path("processInstanceId").asText())
        .isEqualTo(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(app)
            .processDefinitionKey("factoring").singleResult().getId());
    assertThat(status(app)).isEqualTo("IN_REVIEW");
    var form = as("analyst").get("/engine-rest/task/" + review.path("id").asText() + "/deployed-form");
    assertThat(form.json().path("id").asText()).isEqualTo("credit-review");
    var variables = as("analyst").get("/engine-rest/task/" + review.path("id").asText() + "/form-variables").json();
    assertThat(variables.path("netAdvance").path("value").asText()).matches("\\d+\\.\\d{2}");
    assertThat(variables.path("ratingGrade").path("value").asText()).isEqualTo("BBB");

    // the submitter may not review; an approver is not an analyst
    assertThat(submitForm("rm", review, Map.of("analystRecommendation", "APPROVE", "analystComment", "mine")).status())
        .isEqualTo(403);
    var wrongRole = submitForm("approver", review, Map.of("analystRecommendation", "APPROVE", "analystComment", "x"));
    assertThat(wrongRole.status()).isEqualTo(403);
    assertThat(wrongRole.json().path("message").asText()).contains("approver");

    assertThat(submitForm("analyst", review, Map.of("analystRecommendation", "APPROVE", "analystComment", "sound")).status())
        .isEqualTo(204);
    JsonNode approval = awaitTask(app, "UserTask_ApproveCredit");
    var analystAgain = submitForm("analyst", approval, Map.of("approved", true, "decisionComment", "x"));
    assertThat(analystAgain.status()).isEqualTo(403);
    assertThat(submitForm("approver", approval, Map.of("approved", true, "decisionComment", "fine")).status())
        .isEqualTo(204);
    awaitStatus(app, "DISBURSED");

    var refused = as("ops").post("/api/applications/" + app + "/payments", Map.of("amount", "1.00", "currency", "USD"));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().path("errors").get(0).path("field").asText()).isEqualTo("amount");
    var paid = as("treasury").post("/api/applications/" + app + "/payments", Map.of("amount", "200000.00", "currency", "USD"));
    assertThat(paid.status()).as(paid.toString()).isEqualTo(200);
    awaitStatus(app, "SETTLED");
    assertThat(as("rm").get("/api/applications/" + app).json().path("decision").asText()).isEqualTo("PAID");
    var again = as("treasury").post("/api/applications/" + app + "/payments", Map.of("amount", "200000.00", "currency", "USD"));
    assertThat(again.status()).isEqualTo(409);
  }

  @Test
  void smallApplicationsOfAGoodSellerAreDisbursedWithoutAnyone() {
    String seller = seller("A", "500000.00");
    String app = as("rm").post("/api/products/FACTORING/applications", body(seller, "40000.00", "30000.00"))
        .json().path("id").asText();
    awaitStatus(app, "DISBURSED");
    JsonNode application = as("rm").get("/api/applications/" + app).json();
    assertThat(application.path("decision").asText()).isEqualTo("AUTO_APPROVED");
    assertThat(as("rm").get("/engine-rest/task?processInstanceBusinessKey=" + app).json()).isEmpty();
    assertThat(as("rm").get("/api/facilities?enterpriseId=" + seller).json().get(0).path("utilised").asText())
        .isEqualTo("30000.00");
  }

  @Test
  void theBuyerConfirmsThroughTheApi() {
    String seller = seller("A", "500000.00");
    Map<String, Object> body = body(seller, "20000.00", "10000.00");
    body.put("disclosed", true);
    String app = as("rm").post("/api/products/FACTORING/applications", body).json().path("id").asText();
    awaitTask(app, "UserTask_ConfirmInvoiceWithBuyer");
    assertThat(as("rm").post("/api/applications/" + app + "/buyer-confirmation", Map.of("confirmed", true)).status())
        .isEqualTo(403);
    var confirmed = as("ops").post("/api/applications/" + app + "/buyer-confirmation", Map.of("confirmed", true));
    assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
    awaitStatus(app, "DISBURSED");
  }

  @Test
  void badBodiesNameEveryFieldAndWriteNothing() {
    long before = as("rm").get("/api/applications?size=1").json().path("page").path("totalElements").asLong();
    Map<String, Object> bad = new HashMap<>();
    bad.put("sellerId", "NOBODY");
    bad.put("buyerId", "BUY-001");
    bad.put("invoiceAmount", "-5");
    bad.put("currency", "XXY");
    bad.put("issueDate", "2026-02-30");
    bad.put("dueDate", "2020-01-01");
    bad.put("requestedAmount", "abc");
    bad.put("recourse", "maybe");
    bad.put("colour", "red");
    var refused = as("rm").post("/api/products/FACTORING/applications", bad);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    List<String> fields = new ArrayList<>();
    refused.json().path("errors").forEach(e -> fields.add(e.path("field").asText()));
    assertThat(fields).contains("sellerId", "invoiceNumber", "invoiceAmount", "currency", "issueDate", "dueDate",
        "requestedAmount", "recourse", "colour");
    assertThat(as("rm").get("/api/applications?size=1").json().path("page").path("totalElements").asLong())
        .isEqualTo(before);

    assertThat(as("rm").post("/api/products/NO_SUCH_PRODUCT/applications", body("SME-001", "1.00", "1.00")).status())
        .isEqualTo(404);
    assertThat(as("analyst").post("/api/products/FACTORING/applications", body("SME-001", "1.00", "1.00")).status())
        .isEqualTo(403);
  }

  @Test
  void tenRacingSubmissionsOfOneInvoiceFinanceItOnce() throws Exception {
    String seller = seller("A", "500000.00");
    Map<String, Object> body = body(seller, "20000.00", "10000.00");
    List<Integer> statuses = Concurrently.run(10,
        i -> as("rm").post("/api/products/FACTORING/applications", body).status());
    assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
    assertThat(statuses).filteredOn(s -> s == 409).hasSize(9);
  }

  // ------------------------------------------------------------------ helpers

  @org.springframework.beans.factory.annotation.Autowired com.scfengine.credit.CreditBureauSimulator bureau;

  private String seller(String grade, String limit) {
    return Workflow.seller(Api.on(port), bureau, grade, limit);
  }

  private static Map<String, Object> body(String seller, String amount, String requested) {
    return FactoringRequests.invoice(seller, "BUY-001", amount, requested);
  }

  private String status(String app) {
    return as("rm").get("/api/applications/" + app).json().path("status").asText();
  }

  private void awaitStatus(String app, String status) {
    Workflow.awaitStatus(Api.on(port), app, status);
  }

  private JsonNode awaitTask(String app, String taskKey) {
    return Workflow.awaitTask(Api.on(port), app, taskKey);
  }

  private Api.Response submitForm(String user, JsonNode task, Map<String, Object> values) {
    return Workflow.submitForm(as(user), task.path("id").asText(), values);
  }
}
