package com.scfengine.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.scfengine.credit.CreditBureauSimulator;
import com.scfengine.support.Api;
import com.scfengine.support.DatabaseTest;
import com.scfengine.support.FactoringRequests;
import com.scfengine.support.TasklistSession;
import com.scfengine.support.Workflow;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What the demo roles tried through Camunda's own REST API to get around the product's rules, each replayed and
 * refused with nothing changed: inflating the amounts a process computed, skipping the committee, starting the
 * called processes, forging the submitter, reading customers' data as a designer, testing others' passwords,
 * guessing passwords at speed, and overlong or oversized input. On H2 and under {@code -Pmysql} on MySQL.
 */
@DatabaseTest
class EngineDoorsTest {

  @LocalServerPort int port;
  @Autowired CreditBureauSimulator bureau;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;
  @Autowired com.scfengine.financing.Bookings bookings;

  private Api as(String user) {
    return Api.on(port).as(user);
  }

  // ------------------------------------------------------------------ amounts and decisions a process computed

  @Test
  void anAnalystCannotInflateTheAdvanceNorSkipTheCommittee() {
    String app = submit(seller("BBB", "900000.00"), "200000.00", "150000.00");
    JsonNode review = awaitTask(app, "UserTask_ReviewCredit");
    String taskId = review.path("id").asText();
    Map<String, Object> before = taskService.getVariables(taskId, List.of("advance", "netAdvance", "authority"));

    var inflated = complete("analyst", taskId, Map.of("analystRecommendation", "APPROVE", "analystComment", "fine",
        "advance", "195000.00", "netAdvance", "191015.01"));
    assertThat(inflated.status()).as(inflated.toString()).isEqualTo(400);
    assertThat(inflated.contentType()).startsWith("application/problem+json");
    assertThat(fields(inflated)).contains("advance", "netAdvance");

    // a committee case (600,000) the analyst would send to one approver
    String large = submit(seller("BBB", "900000.00"), "700000.00", "600000.00");
    String largeReview = awaitTask(large, "UserTask_ReviewCredit").path("id").asText();
    assertThat(taskService.getVariable(largeReview, "authority")).isEqualTo("COMMITTEE");
    var noCommittee = complete("analyst", largeReview, Map.of("analystRecommendation", "APPROVE",
        "analystComment", "fine", "authority", "ANALYST_APPROVER"));
    assertThat(noCommittee.status()).isEqualTo(400);
    assertThat(fields(noCommittee)).containsExactly("authority");
    assertThat(taskService.getVariable(largeReview, "authority")).isEqualTo("COMMITTEE");

    var direct = as("analyst").send(as("analyst").request("/engine-rest/task/" + taskId + "/variables/netAdvance")
        .header("Content-Type", "application/json")
        .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"value\": \"191015.01\", \"type\": \"String\"}")));
    assertThat(direct.status()).isEqualTo(403);
    var modify = as("analyst").post("/engine-rest/task/" + taskId + "/variables",
        Map.of("modifications", Map.of("advance", Map.of("value", "195000.00"))));
    assertThat(modify.status()).isEqualTo(403);

    assertThat(taskService.createTaskQuery().taskId(taskId).count()).as("the task is still open").isOne();
    assertThat(taskService.getVariables(taskId, List.of("advance", "netAdvance", "authority"))).isEqualTo(before);

    // the form's own fields, with the read-only ones sent back unchanged as Tasklist does, are taken
    Map<String, Object> asTasklist = new HashMap<>(Map.of("analystRecommendation", "APPROVE", "analystComment", "ok"));
    asTasklist.put("advanceText", taskService.getVariableLocal(taskId, "advanceText"));
    asTasklist.put("authorityText", taskService.getVariableLocal(taskId, "authorityText"));
    var shownFigure = complete("analyst", taskId, Map.of("analystRecommendation", "APPROVE", "analystComment", "ok",
        "advanceText", "USD 195,000.00"));
    assertThat(shownFigure.status()).as("a figure the form shows read-only").isEqualTo(400);
    assertThat(fields(shownFigure)).containsExactly("advanceText");
    var worked = complete("analyst", taskId, asTasklist);
    assertThat(worked.status()).as(worked.toString()).isEqualTo(204);
  }

  @Test
  void tasklistsDoorKeepsTheSameRules() throws Exception {
    String app = submit(seller("BBB", "900000.00"), "200000.00", "150000.00");
    String taskId = awaitTask(app, "UserTask_ReviewCredit").path("id").asText();
    Object advance = taskService.getVariable(taskId, "advance");
    String path = "/camunda/api/engine/engine/default/task/" + taskId + "/submit-form";
    var anonymous = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
        java.net.URI.create("http://127.0.0.1:" + port + path)).header("Content-Type", "application/json")
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"variables\": {\"advance\": {\"value\": \"1\"}}}"))
        .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(anonymous.statusCode()).as("anonymous, without a token").isIn(401, 403);
    assertThat(anonymous.body()).doesNotContain("analystRecommendation", "read-only");
    TasklistSession tasklist = TasklistSession.signIn(port, "analyst");
    var inflated = tasklist.post(path, "{\"variables\": {\"analystRecommendation\": {\"value\": \"APPROVE\"},"
        + " \"analystComment\": {\"value\": \"fine\"}, \"advance\": {\"value\": \"195000.00\"}}}");
    assertThat(inflated.statusCode()).as(inflated.body()).isEqualTo(400);
    assertThat(inflated.body()).contains("advance");
    assertThat(taskService.getVariable(taskId, "advance")).isEqualTo(advance);
    var direct = tasklist.put("/camunda/api/engine/engine/default/task/" + taskId + "/variables/advance",
        "{\"value\": \"195000.00\", \"type\": \"String\"}");
    assertThat(direct.statusCode()).isEqualTo(403);
    var started = tasklist.post("/camunda/api/engine/engine/default/process-definition/key/collection/submit-form",
        "{\"variables\": {\"buyerDebitMandate\": {\"value\": true}}}");
    assertThat(started.statusCode()).isEqualTo(403);

    Object shown = taskService.getVariableLocal(taskId, "advanceText");
    var worked = tasklist.post(path, "{\"variables\": {\"analystRecommendation\": {\"value\": \"APPROVE\"},"
        + " \"analystComment\": {\"value\": \"fine\"}, \"advanceText\": {\"value\": \"" + shown + "\"}}}");
    assertThat(worked.statusCode()).as(worked.body()).isEqualTo(204);
    assertThat(historyService.createHistoricTaskInstanceQuery().taskId(taskId).singleResult().getAssignee())
        .isEqualTo("analyst");
  }

  @Test
  void evenAVariableChangedBehindTheDoorsMovesNoMoney() {
    String seller = seller("BBB", "900000.00");
    String app = submit(seller, "200000.00", "150000.00");
    String review = awaitTask(app, "UserTask_ReviewCredit").path("id").asText();
    Map<String, Object> priced = taskService.getVariables(review, List.of("advance", "netAdvance"));
    String instance = taskService.createTaskQuery().taskId(review).singleResult().getProcessInstanceId();
    runtimeService.setVariable(instance, "advance", "195000.00"); // no door allows this; the engine's API does
    runtimeService.setVariable(instance, "netAdvance", "191015.01");

    assertThat(complete("analyst", review, Map.of("analystRecommendation", "APPROVE", "analystComment", "ok")).status())
        .isEqualTo(204);
    String approval = awaitTask(app, "UserTask_ApproveCredit").path("id").asText();
    assertThat(complete("approver", approval, Map.of("approved", true, "decisionComment", "fine")).status())
        .isEqualTo(204);
    Workflow.awaitStatus(Api.on(port), app, "DISBURSED");

    assertThat(bookings.disbursementsOf(app)).singleElement().satisfies(d ->
        assertThat(d.getAmount()).isEqualByComparingTo(priced.get("netAdvance").toString()));
    assertThat(as("rm").get("/api/facilities?enterpriseId=" + seller).json().get(0).path("utilised").asText())
        .isEqualTo(priced.get("advance").toString());
  }

  @Test
  void aFormFieldTakesOnlyItsTypeAndItsOptions() {
    String app = submit(seller("BBB", "900000.00"), "200000.00", "150000.00");
    String taskId = awaitTask(app, "UserTask_ReviewCredit").path("id").asText();
    var wrongOption = complete("analyst", taskId, Map.of("analystRecommendation", "WAVE_THROUGH", "analystComment", "x"));
    assertThat(wrongOption.status()).isEqualTo(400);
    assertThat(wrongOption.json().path("errors").get(0).path("message").asText()).contains("APPROVE");
    var wrongType = complete("analyst", taskId, Map.of("analystRecommendation", "APPROVE", "analystComment", 42));
    assertThat(wrongType.status()).isEqualTo(400);
    assertThat(fields(wrongType)).containsExactly("analystComment");
    assertThat(taskService.createTaskQuery().taskId(taskId).count()).isOne();
  }

  // ------------------------------------------------------------------ only products start, only as products

  @Test
  void calledProcessesDoNotStartAtTheDoorsAndAProductStartsAsItsForm() {
    for (String called : List.of("collection", "credit-decision", "document-checks")) {
      for (String user : List.of("rm", "admin")) {
        var started = as(user).post("/engine-rest/process-definition/key/" + called + "/start",
            Map.of("businessKey", "FACTORING-X", "variables", Map.of("buyerDebitMandate", Map.of("value", true))));
        assertThat(started.status()).as(called + " by " + user + ": " + started).isEqualTo(403);
      }
      assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(called)
          .processInstanceBusinessKey("FACTORING-X").count()).isZero();
    }

    List<String> managers = List.of(Roles.RELATIONSHIP_MANAGERS);
    assertThat(authorizationService.isUserAuthorized("rm", managers, Permissions.CREATE_INSTANCE,
        Resources.PROCESS_DEFINITION, "factoring")).as("a product: its own grant").isTrue();
    for (String called : List.of("collection", "credit-decision", "document-checks")) {
      assertThat(authorizationService.isUserAuthorized("rm", managers, Permissions.CREATE_INSTANCE,
          Resources.PROCESS_DEFINITION, called)).as(called).isFalse();
    }

    String seller = seller("A", "500000.00");
    Map<String, Object> form = startForm(seller, "30000.00");
    Map<String, Object> forged = new HashMap<>(form);
    forged.put("submittedBy", Map.of("value", "approver2"));
    var refused = as("rm").post("/engine-rest/process-definition/key/factoring/start", Map.of("variables", forged));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(fields(refused)).containsExactly("submittedBy");
    var withKey = as("rm").post("/engine-rest/process-definition/key/factoring/start",
        Map.of("variables", form, "businessKey", "FACTORING-MINE"));
    assertThat(withKey.status()).isEqualTo(400);

    var started = as("rm").post("/engine-rest/process-definition/key/factoring/start", Map.of("variables", form));
    assertThat(started.status()).as(started.toString()).isEqualTo(200);
    String app = started.json().path("businessKey").asText();
    assertThat(as("rm").get("/api/applications/" + app).json().path("submittedBy").asText()).isEqualTo("rm");
  }

  // ------------------------------------------------------------------ four eyes and the history

  @Test
  void aClaimedTaskIsCompletedByItsAssigneeAndHistoryNamesWhoDecided() {
    String app = submit(seller("BBB", "900000.00"), "200000.00", "150000.00");
    String review = awaitTask(app, "UserTask_ReviewCredit").path("id").asText();
    assertThat(complete("analyst", review, Map.of("analystRecommendation", "APPROVE", "analystComment", "ok")).status())
        .isEqualTo(204);
    String approval = awaitTask(app, "UserTask_ApproveCredit").path("id").asText();
    assertThat(as("approver").post("/engine-rest/task/" + approval + "/claim", Map.of("userId", "approver")).status())
        .isEqualTo(204);
    var other = complete("approver2", approval, Map.of("approved", true, "decisionComment", "mine"));
    assertThat(other.status()).isEqualTo(403);
    assertThat(other.body()).contains("claimed by approver");
    assertThat(complete("approver", approval, Map.of("approved", true, "decisionComment", "fine")).status())
        .isEqualTo(204);
    assertThat(historyService.createHistoricTaskInstanceQuery().taskId(review).singleResult().getAssignee())
        .isEqualTo("analyst");
    assertThat(historyService.createHistoricTaskInstanceQuery().taskId(approval).singleResult().getAssignee())
        .isEqualTo("approver");
  }

  // ------------------------------------------------------------------ identity

  @Test
  void onlyAdministratorsVerifyPasswordsAndReadDetailedHealth() {
    var verify = Map.of("username", "admin", "password", "guess");
    assertThat(as("rm").post("/engine-rest/identity/verify", verify).status()).isEqualTo(403);
    assertThat(as("designer").post("/engine-rest/identity/verify", verify).status()).isEqualTo(403);
    assertThat(as("admin").post("/engine-rest/identity/verify", Map.of("username", "rm", "password", "rm")).status())
        .isEqualTo(200);
    assertThat(as("analyst").get("/actuator/health").json().has("components")).isFalse();
    assertThat(Api.on(port).get("/actuator/health").json().has("components")).isFalse();
    assertThat(as("admin").get("/actuator/health").json().has("components")).isTrue();
  }

  @Test
  void failedSignInsSlowTheClientThatFailsAndDelayTheUserForAMinuteAtMost() throws Exception {
    String id = "lockout" + UUID.randomUUID().toString().substring(0, 8);
    User user = identityService.newUser(id);
    user.setPassword("Right-password-1");
    identityService.saveUser(user);
    // the guesser at one address, the user at another (the whole of 127/8 is this machine)
    for (int i = 0; i < 6; i++) {
      assertThat(signIn("127.0.0.2", id, "wrong-" + i).status()).isEqualTo(401);
    }
    SignIn slowed = signIn("127.0.0.2", id, "wrong-again");
    assertThat(slowed.status()).as("the guesser waits").isEqualTo(429);
    assertThat(slowed.retryAfter()).isBetween(1, 60);
    assertThat(slowed.body()).contains("Too many failed sign-ins");
    assertThat(signIn("127.0.0.3", id, "wrong-elsewhere").status()).as("another client is not slowed").isEqualTo(401);

    var stored = (org.camunda.bpm.engine.impl.persistence.entity.UserEntity)
        identityService.createUserQuery().userId(id).singleResult();
    assertThat(stored.getAttempts()).as("failures while the user's delay runs are not counted towards his lock")
        .isBetween(1, 3);
    java.util.Date lockedUntil = stored.getLockExpirationTime();
    assertThat(lockedUntil).as("the user himself is delayed a minute at most")
        .isBefore(new java.util.Date(System.currentTimeMillis() + 61_000));
    await().atMost(Duration.ofSeconds(65)).pollInterval(Duration.ofSeconds(1))
        .until(() -> new java.util.Date().after(lockedUntil));
    assertThat(signIn("127.0.0.4", id, "Right-password-1").status()).isEqualTo(200);
  }

  private record SignIn(int status, int retryAfter, String body) {}

  /** {@code GET /api/products} with HTTP Basic from a chosen loopback address (the JDK's HTTP client cannot bind). */
  private SignIn signIn(String from, String user, String password) throws java.io.IOException {
    try (var socket = new java.net.Socket()) {
      socket.bind(new java.net.InetSocketAddress(from, 0));
      socket.connect(new java.net.InetSocketAddress("127.0.0.1", port), 5_000);
      socket.setSoTimeout(30_000);
      String credentials = java.util.Base64.getEncoder().encodeToString((user + ":" + password).getBytes());
      socket.getOutputStream().write(("GET /api/products HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Basic "
          + credentials + "\r\nConnection: close\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      int status = Integer.parseInt(answer.split(" ", 3)[1]);
      var retry = java.util.regex.Pattern.compile("(?im)^Retry-After: *(\\d+)").matcher(answer);
      return new SignIn(status, retry.find() ? Integer.parseInt(retry.group(1)) : 0, answer);
    }
  }

  // ------------------------------------------------------------------ designers

  @Test
  void aDesignerReadsNoCustomerData() {
    String app = submit(seller("A", "500000.00"), "20000.00", "10000.00");
    assertThat(app).isNotBlank();
    assertThat(as("admin").get("/engine-rest/history/variable-instance?maxResults=5").json()).isNotEmpty();
    assertThat(as("designer").get("/engine-rest/history/variable-instance?maxResults=50").json()).isEmpty();
    assertThat(as("designer").get("/engine-rest/variable-instance?maxResults=50").json()).isEmpty();
    assertThat(as("designer").get("/engine-rest/process-instance?maxResults=50").json()).isEmpty();
    assertThat(as("designer").get("/engine-rest/history/process-instance?maxResults=50").json()).isEmpty();
  }

  // ------------------------------------------------------------------ input

  @Test
  void overlongAndOversizedInputIsRefusedByNameWithoutTheDatabaseSpeaking() {
    var longName = as("rm").post("/api/enterprises", Map.of("id", "LONG-" + UUID.randomUUID().toString().substring(0, 8),
        "name", "N".repeat(300), "country", "VN", "role", "SME"));
    assertThat(longName.status()).isEqualTo(400);
    assertThat(fields(longName)).containsExactly("name");

    var huge = as("analyst").post("/api/facilities", Map.of("enterpriseId", "SME-001", "kind", "OBLIGOR",
        "currency", "USD", "limit", "1e400", "expiry", LocalDate.now().plusYears(1).toString()));
    assertThat(huge.status()).isEqualTo(400);
    assertThat(fields(huge)).containsExactly("limit");

    Map<String, Object> invoice = FactoringRequests.invoice("SME-001", "BUY-001", "1e30", "1e30");
    var hugeInvoice = as("rm").post("/api/products/FACTORING/applications", invoice);
    assertThat(hugeInvoice.status()).isEqualTo(400);
    assertThat(fields(hugeInvoice)).contains("invoiceAmount");
    var malformed = as("analyst").get("/engine-rest/task?priority=abc");
    assertThat(malformed.status()).isEqualTo(400);
    assertThat(malformed.json().path("type").asText()).as("Camunda's error shape").isEqualTo("InvalidRequestException");
    assertThat(malformed.json().path("message").asText()).as("the engine's own message, without Java packages")
        .contains("priority", "Integer").doesNotContain("java.lang");
    for (var response : List.of(longName, huge, hugeInvoice)) {
      assertThat(response.body().toLowerCase()).doesNotContain("insert into", "update ", "select ", "sql", "exception");
    }
  }

  // ------------------------------------------------------------------ helpers

  private String seller(String grade, String limit) {
    return Workflow.seller(Api.on(port), bureau, grade, limit);
  }

  private String submit(String seller, String amount, String requested) {
    var created = as("rm").post("/api/products/FACTORING/applications",
        FactoringRequests.invoice(seller, "BUY-001", amount, requested));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json().path("id").asText();
  }

  private static Map<String, Object> startForm(String seller, String amount) {
    Map<String, Object> values = new HashMap<>();
    values.put("applicantId", seller);
    values.put("counterpartyId", "BUY-001");
    values.put("instrumentNumber", "INV-DOOR-" + UUID.randomUUID().toString().substring(0, 8));
    values.put("currency", "USD");
    values.put("faceAmount", amount);
    values.put("requestedAmount", amount);
    values.put("issueDate", LocalDate.now().minusDays(3).toString());
    values.put("dueDate", LocalDate.now().plusDays(60).toString());
    values.put("recourse", true);
    values.put("disclosed", false);
    return Workflow.formVariables(values);
  }

  private JsonNode awaitTask(String app, String taskKey) {
    return Workflow.awaitTask(Api.on(port), app, taskKey);
  }

  private Api.Response complete(String user, String taskId, Map<String, Object> values) {
    return Workflow.submitForm(as(user), taskId, values);
  }

  private static List<String> fields(Api.Response response) {
    List<String> fields = new java.util.ArrayList<>();
    response.json().path("errors").forEach(e -> fields.add(e.path("field").asText()));
    return fields;
  }
}
