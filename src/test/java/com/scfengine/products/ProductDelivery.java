package com.scfengine.products;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.scfengine.credit.CreditBureauSimulator;
import com.scfengine.enterprises.Enterprises;
import com.scfengine.limits.Facilities;
import com.scfengine.support.Api;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;

/**
 * What the product tests share: a supplier with a rating and a limit, an application submitted to a product
 * through the public API, its review task worked through {@code /engine-rest}, and clean-up of the
 * deployments a test made (they would otherwise pile up in a reused MySQL test database).
 */
final class ProductDelivery {

  private final int port;
  private final Enterprises enterprises;
  private final Facilities facilities;
  private final CreditBureauSimulator bureau;
  private final RepositoryService repositoryService;

  ProductDelivery(int port, Enterprises enterprises, Facilities facilities, CreditBureauSimulator bureau,
      RepositoryService repositoryService) {
    this.port = port;
    this.enterprises = enterprises;
    this.facilities = facilities;
    this.bureau = bureau;
    this.repositoryService = repositoryService;
  }

  Api as(String user) {
    return Api.on(port).as(user);
  }

  /** A supplier rated {@code grade} with a USD obligor limit. */
  String supplier(String grade, String limit) {
    String id = "SUP-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    enterprises.register(new Enterprises.Registration(id, "Runtime Product Supplier " + id, "VN", "SME", grade, "0.01"));
    facilities.create(new Facilities.Request(null, id, "OBLIGOR", null, null, null, "USD", limit,
        LocalDate.now().plusYears(1).toString()));
    bureau.assign(id, grade);
    return id;
  }

  BigDecimal utilised(String enterpriseId) {
    return facilities.of(enterpriseId).stream().map(f -> f.getUtilised()).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** The generic body of a product without Java of its own: the standard variable names. */
  static Map<String, Object> purchaseOrder(String supplier, String amount, String requested) {
    Map<String, Object> body = new HashMap<>();
    body.put("applicantId", supplier);
    body.put("counterpartyId", "BUY-001");
    body.put("instrumentNumber", "PO-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase());
    body.put("faceAmount", amount);
    body.put("requestedAmount", requested);
    body.put("currency", "USD");
    body.put("issueDate", LocalDate.now().minusDays(2).toString());
    body.put("dueDate", LocalDate.now().plusDays(60).toString());
    return body;
  }

  /** Submits as the relationship manager; returns the application id. */
  String submit(String productCode, Map<String, Object> body) {
    Api.Response submitted = as("rm").post("/api/products/" + productCode + "/applications", body);
    assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
    assertThat(submitted.json().path("product").asText()).isEqualTo(productCode);
    return submitted.json().path("id").asText();
  }

  /** The open task of the application, once it is there, as the analyst sees it over /engine-rest. */
  JsonNode awaitTask(String app, String taskDefinitionKey) {
    JsonNode[] found = new JsonNode[1];
    await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
      JsonNode tasks = as("analyst").get("/engine-rest/task?processInstanceBusinessKey=" + app).json();
      assertThat(tasks).hasSize(1);
      assertThat(tasks.get(0).path("taskDefinitionKey").asText()).isEqualTo(taskDefinitionKey);
      found[0] = tasks.get(0);
    });
    return found[0];
  }

  Api.Response complete(String user, JsonNode task, Map<String, Object> values) {
    return as(user).post("/engine-rest/task/" + task.path("id").asText() + "/complete",
        Map.of("variables", com.scfengine.support.Workflow.formVariables(values)));
  }

  String status(String app) {
    return as("rm").get("/api/applications/" + app).json().path("status").asText();
  }

  void awaitStatus(String app, String status) {
    await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
        .untilAsserted(() -> assertThat(status(app)).isEqualTo(status));
  }

  /** The process definition the application's instance ran on (history: an administrator's, not a designer's). */
  String definitionOf(String app) {
    JsonNode instances = as("admin").get("/engine-rest/history/process-instance?processInstanceBusinessKey=" + app)
        .json();
    assertThat(instances).hasSize(1);
    return instances.get(0).path("processDefinitionId").asText();
  }

  /** Deletes every deployment that holds a file of the bundle, with its instances. */
  void removeDeploymentsOf(Bundle bundle) {
    removeDeploymentsOf(repositoryService, bundle);
  }

  /** The deployments that hold a file of the bundle (none, when it was refused). */
  static List<Deployment> deploymentsOf(RepositoryService repositoryService, Bundle bundle) {
    return repositoryService.createDeploymentQuery().list().stream()
        .filter(d -> repositoryService.getDeploymentResourceNames(d.getId()).stream()
            .anyMatch(name -> bundle.files().containsKey(name)))
        .toList();
  }

  /**
   * Deletes them with their instances. The job executor may be running one of those instances' jobs at that moment
   * (a submission's async continuation): the cascade then loses the race on the job's row (optimistic locking, seen
   * on MySQL) and is tried again once the job has run.
   */
  static void removeDeploymentsOf(RepositoryService repositoryService, Bundle bundle) {
    for (Deployment deployment : deploymentsOf(repositoryService, bundle)) {
      await().atMost(Duration.ofSeconds(30)).ignoreException(OptimisticLockingException.class)
          .untilAsserted(() -> repositoryService.deleteDeployment(deployment.getId(), true));
    }
  }

}
