package com.scfengine.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.scfengine.credit.CreditBureauSimulator;
import com.scfengine.support.Api;
import com.scfengine.support.DatabaseTest;
import com.scfengine.support.FactoringRequests;
import com.scfengine.support.Workflow;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the bank's platform team reads at {@code /actuator/prometheus}: one straight-through factoring application,
 * submitted and paid through the public API, moves the product's counters by exactly what it did; the gauges show
 * what the database holds; only monitoring users and administrators read the metrics, and monitoring users read
 * nothing else; every metric the Grafana dashboard asks for is there.
 */
@DatabaseTest
class MetricsTest {

  private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(.*)})?\\s+(\\S+)$");
  private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

  @LocalServerPort int port;
  @Autowired CreditBureauSimulator bureau;
  @Autowired WorkloadGauges gauges;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired JdbcTemplate jdbc;

  private Api as(String user) {
    return Api.on(port).as(user);
  }

  @Test
  void aStraightThroughApplicationIsCountedOnceAndTheGaugesShowTheDatabase() {
    String seller = Workflow.seller(Api.on(port), bureau, "A", "500000.00");
    Metrics before = scrape("monitor");

    Map<String, Object> invoice = FactoringRequests.invoice(seller, "BUY-001", "40000.00", "30000.00");
    var submitted = as("rm").post("/api/products/FACTORING/applications", invoice);
    assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
    String app = submitted.json().path("id").asText();
    // the same invoice again: its start opens a record, is refused and rolls back, and counts nothing
    var duplicate = as("rm").post("/api/products/FACTORING/applications", invoice);
    assertThat(duplicate.status()).as(duplicate.toString()).isEqualTo(409);
    Workflow.awaitStatus(Api.on(port), app, "DISBURSED");
    assertThat(as("rm").get("/api/applications/" + app).json().path("decision").asText()).isEqualTo("AUTO_APPROVED");
    var paid = as("treasury").post("/api/applications/" + app + "/payments",
        Map.of("amount", "40000.00", "currency", "USD"));
    assertThat(paid.status()).as(paid.toString()).isEqualTo(200);
    Workflow.awaitStatus(Api.on(port), app, "SETTLED");

    await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
      Metrics after = scrape("monitor");
      assertThat(after.delta(before, "scf_applications_started_total", Map.of("product", "FACTORING")))
          .isEqualTo(1.0);
      assertThat(after.delta(before, "scf_applications_decided_total",
          Map.of("product", "FACTORING", "straight_through", "true"))).isEqualTo(1.0);
      assertThat(after.delta(before, "scf_applications_decided_total",
          Map.of("product", "FACTORING", "straight_through", "false"))).isZero();
      assertThat(after.delta(before, "scf_applications_finished_total",
          Map.of("product", "FACTORING", "outcome", "SETTLED"))).isEqualTo(1.0);
      // the ports it called, each timed with its outcome
      assertThat(after.delta(before, "scf_adapter_calls_seconds_count",
          Map.of("port", "credit-bureau", "operation", "rate", "outcome", "success"))).isEqualTo(1.0);
      assertThat(after.delta(before, "scf_adapter_calls_seconds_count",
          Map.of("port", "document-verifier", "operation", "verifyInvoice", "outcome", "success"))).isEqualTo(1.0);
      assertThat(after.delta(before, "scf_adapter_calls_seconds_count",
          Map.of("port", "core-banking", "operation", "book", "outcome", "success"))).isGreaterThanOrEqualTo(2.0);
      assertThat(after.value("scf_adapter_calls_seconds_sum", Map.of("port", "credit-bureau", "outcome", "success")))
          .isPositive();
      assertThat(after.value("scf_adapter_calls_seconds_bucket",
          Map.of("port", "credit-bureau", "operation", "rate", "outcome", "success", "le", "+Inf")))
          .isEqualTo(after.value("scf_adapter_calls_seconds_count",
              Map.of("port", "credit-bureau", "operation", "rate", "outcome", "success")));
    });
    Metrics after = scrape("monitor");
    assertThat(after.delta(before, "scf_adapter_calls_seconds_count",
        Map.of("port", "credit-bureau", "outcome", "unavailable"))).isZero();

    // gauges: what the database holds when they were read
    gauges.refresh();
    Metrics gauged = scrape("admin");
    for (String group : List.of("credit-analysts", "credit-approvers", "trade-operations")) {
      assertThat(gauged.value("scf_tasks_open", Map.of("group", group))).as(group)
          .isEqualTo(taskService.createTaskQuery().taskCandidateGroup(group).includeAssignedTasks().count());
      assertThat(gauged.has("scf_tasks_oldest_age_seconds", Map.of("group", group))).as(group).isTrue();
    }
    assertThat(gauged.value("scf_jobs_failed", Map.of()))
        .isEqualTo(managementService.createJobQuery().noRetriesLeft().count());
    assertThat(gauged.has("scf_jobs_due", Map.of())).isTrue();
    assertThat(gauged.has("scf_incidents_open", Map.of("type", "failedJob"))).isTrue();
    var sums = jdbc.queryForMap("select sum(limit_amount) l, sum(utilised) u from credit_facility"
        + " where kind = 'OBLIGOR' and currency = 'USD'");
    double limit = ((BigDecimal) sums.get("l")).doubleValue();
    double utilised = ((BigDecimal) sums.get("u")).doubleValue();
    Map<String, String> obligorUsd = Map.of("kind", "OBLIGOR", "currency", "USD");
    assertThat(gauged.value("scf_limits_limit", obligorUsd)).isCloseTo(limit, within(0.01));
    assertThat(gauged.value("scf_limits_utilised", obligorUsd)).isCloseTo(utilised, within(0.01));
    assertThat(gauged.value("scf_limits_utilisation", obligorUsd)).isCloseTo(utilised / limit, within(1e-9));
  }

  @Test
  void anOpenTaskIsCountedForItsGroupWithItsAge() {
    String seller = Workflow.seller(Api.on(port), bureau, "BBB", "500000.00");
    gauges.refresh();
    double before = scrape("monitor").value("scf_tasks_open", Map.of("group", "credit-analysts"));
    String app = as("rm").post("/api/products/FACTORING/applications",
        FactoringRequests.invoice(seller, "BUY-001", "200000.00", "150000.00")).json().path("id").asText();
    Workflow.awaitTask(Api.on(port), app, "UserTask_ReviewCredit");

    gauges.refresh();
    Metrics after = scrape("monitor");
    assertThat(after.value("scf_tasks_open", Map.of("group", "credit-analysts"))).isEqualTo(before + 1)
        .isEqualTo(taskService.createTaskQuery().taskCandidateGroup("credit-analysts").includeAssignedTasks().count());
    var oldest = taskService.createTaskQuery().taskCandidateGroup("credit-analysts").includeAssignedTasks()
        .orderByTaskCreateTime().asc().listPage(0, 1).get(0);
    double age = (System.currentTimeMillis() - oldest.getCreateTime().getTime()) / 1000.0;
    assertThat(after.value("scf_tasks_oldest_age_seconds", Map.of("group", "credit-analysts")))
        .isBetween(Math.max(0, age - 60), age + 1);
  }

  @Test
  void onlyMonitoringUsersAndAdministratorsReadTheMetricsAndMonitoringUsersReadNothingElse() {
    assertThat(Api.on(port).get("/actuator/prometheus").status()).isEqualTo(401);
    assertThat(prometheus("rm").status()).isEqualTo(403);
    assertThat(prometheus("analyst").status()).isEqualTo(403);
    assertThat(prometheus("supplier").status()).isEqualTo(403);
    var monitor = prometheus("monitor");
    assertThat(monitor.status()).isEqualTo(200);
    assertThat(monitor.contentType()).startsWith("text/plain");
    assertThat(prometheus("admin").status()).isEqualTo(200);
    assertThat(as("monitor").get("/actuator/metrics").status()).isEqualTo(200);
    assertThat(as("rm").get("/actuator/metrics").status()).isEqualTo(403);

    assertThat(as("monitor").get("/api/applications").status()).isEqualTo(403);
    assertThat(as("monitor").get("/api/enterprises/SME-001").status()).isEqualTo(403);
    assertThat(as("monitor").get("/engine-rest/task").status()).isEqualTo(403);
    assertThat(as("monitor").get("/engine-rest/process-definition").status()).isEqualTo(403);
    assertThat(as("rm").get("/api/applications").status()).isEqualTo(200);

    var health = Api.on(port).get("/actuator/health");
    assertThat(health.status()).isEqualTo(200);
    assertThat(health.json().path("status").asText()).isEqualTo("UP");
    assertThat(health.json().has("components")).isFalse();
    assertThat(as("admin").get("/actuator/info").status()).isEqualTo(404);
  }

  @Test
  void everyMetricTheDashboardAsksForIsExposed() throws IOException {
    // traffic first, so that the meters made at the first call exist
    String seller = Workflow.seller(Api.on(port), bureau, "A", "500000.00");
    String app = as("rm").post("/api/products/FACTORING/applications",
        FactoringRequests.invoice(seller, "BUY-001", "20000.00", "15000.00")).json().path("id").asText();
    Workflow.awaitStatus(Api.on(port), app, "DISBURSED");
    as("treasury").post("/api/applications/" + app + "/payments", Map.of("amount", "20000.00", "currency", "USD"));
    Workflow.awaitStatus(Api.on(port), app, "SETTLED");
    gauges.refresh();
    Set<String> exposed = scrape("monitor").names();

    JsonNode dashboard = new ObjectMapper().readTree(Path.of("deploy/grafana/dashboards/scf-engine.json").toFile());
    List<String> expressions = new ArrayList<>();
    dashboard.findValues("expr").forEach(expr -> expressions.add(expr.asText()));
    dashboard.findValues("query").stream().filter(JsonNode::isTextual).forEach(q -> expressions.add(q.asText()));
    assertThat(expressions).hasSizeGreaterThan(10);

    Set<String> asked = new TreeSet<>();
    Pattern metric = Pattern.compile("(?<![A-Za-z0-9_])((?:scf|jvm|http|process|hikaricp|system)_[a-zA-Z0-9_]+)");
    for (String expression : expressions) {
      Matcher names = metric.matcher(expression.replaceAll("\"[^\"]*\"", "\"\""));
      while (names.find()) {
        asked.add(names.group(1));
      }
    }
    assertThat(asked).contains("scf_applications_started_total", "scf_applications_finished_total",
        "scf_applications_decided_total", "scf_tasks_open", "scf_tasks_oldest_age_seconds", "scf_incidents_open",
        "scf_jobs_due", "scf_jobs_failed", "scf_adapter_calls_seconds_bucket", "scf_limits_utilisation",
        "jvm_memory_used_bytes", "http_server_requests_seconds_count");
    assertThat(exposed).containsAll(asked);
  }

  // ------------------------------------------------------------------ reading the Prometheus text format

  private Api.Response prometheus(String user) {
    Api api = as(user);
    return api.send(api.request("/actuator/prometheus").setHeader("Accept", "text/plain"));
  }

  private Metrics scrape(String user) {
    var response = prometheus(user);
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    return new Metrics(response.body());
  }

  private record Sample(String name, Map<String, String> labels, double value) {}

  private static final class Metrics {
    private final List<Sample> samples = new ArrayList<>();

    Metrics(String text) {
      for (String line : text.split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        Matcher sample = SAMPLE.matcher(line.strip());
        if (!sample.matches()) {
          continue;
        }
        Map<String, String> labels = new java.util.HashMap<>();
        if (sample.group(3) != null) {
          Matcher label = LABEL.matcher(sample.group(3));
          while (label.find()) {
            labels.put(label.group(1), label.group(2));
          }
        }
        samples.add(new Sample(sample.group(1), labels, Double.parseDouble(sample.group(4))));
      }
    }

    Set<String> names() {
      Set<String> names = new TreeSet<>();
      samples.forEach(s -> names.add(s.name()));
      return names;
    }

    boolean has(String name, Map<String, String> labels) {
      return samples.stream().anyMatch(s -> matches(s, name, labels));
    }

    /** The sum of the samples of {@code name} that carry {@code labels} (and any others); 0 when there are none. */
    double value(String name, Map<String, String> labels) {
      return samples.stream().filter(s -> matches(s, name, labels)).mapToDouble(Sample::value).sum();
    }

    double delta(Metrics before, String name, Map<String, String> labels) {
      return value(name, labels) - before.value(name, labels);
    }

    private static boolean matches(Sample sample, String name, Map<String, String> labels) {
      return sample.name().equals(name) && sample.labels().entrySet().containsAll(labels.entrySet());
    }
  }
}
