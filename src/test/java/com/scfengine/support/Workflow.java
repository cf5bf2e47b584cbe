package com.scfengine.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.scfengine.credit.CreditBureauSimulator;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** The steps of a credit team's work through the real entry points, shared by the tests that drive it over HTTP. */
public final class Workflow {

  /**
   * A new seller registered by the relationship manager with {@code grade}, a USD obligor limit set by the analyst,
   * and the same grade from the (in-process) credit bureau.
   */
  public static String seller(Api api, CreditBureauSimulator bureau, String grade, String limit) {
    String id = "SME-T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    var registered = api.as("rm").post("/api/enterprises", Map.of("id", id, "name", "Test Supplier " + id,
        "country", "VN", "role", "SME", "ratingGrade", grade));
    assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
    var facility = api.as("analyst").post("/api/facilities", Map.of("enterpriseId", id, "kind", "OBLIGOR",
        "currency", "USD", "limit", limit, "expiry", LocalDate.now().plusYears(1).toString()));
    assertThat(facility.status()).as(facility.toString()).isEqualTo(201);
    bureau.assign(id, grade);
    return id;
  }

  /** The application's one open task of {@code taskKey}, once it is there, as an administrator reads it. */
  public static JsonNode awaitTask(Api api, String app, String taskKey) {
    Api admin = api.as("admin");
    JsonNode[] found = new JsonNode[1];
    await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
      JsonNode tasks = admin.get("/engine-rest/task?processInstanceBusinessKey=" + app
          + "&taskDefinitionKey=" + taskKey).json();
      assertThat(tasks).as(() -> "tasks of " + app + " (" + admin.get("/api/applications/" + app).body() + "): "
          + admin.get("/engine-rest/task?processInstanceBusinessKey=" + app).body()).hasSize(1);
      found[0] = tasks.get(0);
    });
    return found[0];
  }

  /** Waits until the application has {@code status}. */
  public static void awaitStatus(Api api, String app, String status) {
    await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
        assertThat(api.as("rm").get("/api/applications/" + app).json().path("status").asText()).isEqualTo(status));
  }

  /** Camunda's variables of a form: each value as {@code {"value": …}}. */
  public static Map<String, Object> formVariables(Map<String, Object> values) {
    Map<String, Object> variables = new HashMap<>();
    values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
    return variables;
  }

  /** Submits the task's form through {@code /engine-rest} as the user {@code as} is signed in as. */
  public static Api.Response submitForm(Api as, String taskId, Map<String, Object> values) {
    return as.post("/engine-rest/task/" + taskId + "/submit-form", Map.of("variables", formVariables(values)));
  }

  private Workflow() {}
}
