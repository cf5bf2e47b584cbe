package com.scfengine.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.scfengine.credit.CreditBureauSimulator;
import com.scfengine.support.Api;
import com.scfengine.support.DatabaseTest;
import com.scfengine.support.FactoringRequests;
import com.scfengine.support.Workflow;
import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a credit analyst sees of an application in Tasklist, read through the doors Tasklist itself uses: the task
 * card's columns (the filter's HAL list), the task's name and its form's figures — amounts at the currency's minor
 * unit with thousands separated, rates in percent, the authority in words — while the process keeps exact decimals.
 */
@DatabaseTest
class TaskCardsAndFiguresTest {

  @LocalServerPort int port;
  @Autowired CreditBureauSimulator bureau;
  @Autowired FilterService filterService;
  @Autowired RuntimeService runtimeService;

  @Test
  void theAnalystsCardShowsTheApplicationAndTheFormShowsItsFiguresAsPeopleReadThem() {
    String seller = Workflow.seller(Api.on(port), bureau, "BBB", "900000.00");
    // a JSON number with one decimal, as a client might send it
    Map<String, Object> body = FactoringRequests.invoice(seller, "BUY-001", "200000.00", "150000.00");
    body.put("invoiceAmount", new java.math.BigDecimal("200000.0"));
    var created = Api.on(port).as("rm").post("/api/products/FACTORING/applications", body);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    String app = created.json().path("id").asText();
    JsonNode review = Workflow.awaitTask(Api.on(port), app, "UserTask_ReviewCredit");
    String taskId = review.path("id").asText();

    assertThat(runtimeService.getVariable(review.path("processInstanceId").asText(), "faceAmount"))
        .as("exact decimal text at the currency's scale, however it was sent").isEqualTo("200000.00");
    assertThat(review.path("name").asText()).endsWith(", USD 150,000.00").startsWith("Review credit: ");

    String filterId = filterService.createTaskFilterQuery().filterName(TaskFilters.MY_GROUPS_TASKS).singleResult()
        .getId();
    Api analyst = Api.on(port).as("analyst");
    var page = analyst.send(analyst.request("/engine-rest/filter/" + filterId + "/list?firstResult=0&maxResults=50")
        .setHeader("Accept", "application/hal+json").header("Content-Type", "application/json")
        // the filter extended by this application, as Tasklist's search box does
        .POST(HttpRequest.BodyPublishers.ofString("{\"processInstanceBusinessKey\": \"" + app + "\"}")));
    assertThat(page.status()).as(page.toString()).isEqualTo(200);
    JsonNode card = null;
    for (JsonNode task : page.json().path("_embedded").path("task")) {
      if (task.path("id").asText().equals(taskId)) {
        card = task;
      }
    }
    assertThat(card).as("the review task is in the analyst's groups filter").isNotNull();
    Map<String, String> columns = new HashMap<>();
    card.path("_embedded").path("variable").forEach(v -> columns.put(v.path("name").asText(), v.path("value").asText()));
    assertThat(columns).containsEntry("applicationId", app)
        .containsEntry("faceAmountText", "USD 200,000.00")
        .containsEntry("product", "FACTORING")
        .containsKeys("applicantName", "dueDate");

    var form = analyst.get("/engine-rest/task/" + taskId + "/form-variables");
    assertThat(form.status()).as(form.toString()).isEqualTo(200);
    JsonNode figures = form.json();
    for (String amount : new String[] {"advanceText", "discountInterestText", "serviceFeeText", "netAdvanceText",
        "reserveText", "requestedAmountText"}) {
      assertThat(figures.path(amount).path("value").asText()).as(amount)
          .matches("USD \\d{1,3}(,\\d{3})*\\.\\d{2}");
    }
    assertThat(figures.path("requestedAmountText").path("value").asText()).isEqualTo("USD 150,000.00");
    assertThat(figures.path("discountRateText").path("value").asText()).matches("\\d+\\.\\d{2,4} %");
    assertThat(figures.path("authorityText").path("value").asText())
        .isEqualTo("An analyst recommends, an approver decides");
    assertThat(figures.path("advance").path("value").asText()).as("the process keeps the exact decimal")
        .matches("\\d+\\.\\d{2}");
  }

  @Test
  void aStartFormTakesAmountsAsPeopleWriteThem() {
    String seller = Workflow.seller(Api.on(port), bureau, "BBB", "900000.00");
    Map<String, Object> values = new HashMap<>();
    values.put("applicantId", seller);
    values.put("counterpartyId", "BUY-001");
    values.put("instrumentNumber", "INV-TYPED-" + UUID.randomUUID().toString().substring(0, 8));
    values.put("currency", "USD");
    values.put("faceAmount", "150,000.00");
    values.put("requestedAmount", "120000");
    values.put("issueDate", LocalDate.now().minusDays(3).toString());
    values.put("dueDate", LocalDate.now().plusDays(60).toString());
    values.put("recourse", true);
    values.put("disclosed", false);
    var started = Api.on(port).as("rm").post("/engine-rest/process-definition/key/factoring/submit-form",
        Map.of("variables", Workflow.formVariables(values)));
    assertThat(started.status()).as(started.toString()).isEqualTo(200);
    String instance = started.json().path("id").asText();

    assertThat(runtimeService.getVariable(instance, "faceAmount")).isEqualTo("150000.00");
    assertThat(runtimeService.getVariable(instance, "requestedAmount")).isEqualTo("120000.00");
  }
}
