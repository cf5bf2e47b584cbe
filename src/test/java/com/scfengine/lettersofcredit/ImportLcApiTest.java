package com.scfengine.lettersofcredit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.scfengine.credit.CreditBureauSimulator;
import com.scfengine.money.BankingCalendar;
import com.scfengine.support.Api;
import com.scfengine.support.LetterOfCreditRequests;
import com.scfengine.support.DatabaseTest;
import com.scfengine.support.Workflow;
import com.scfengine.swift.DocumentaryCredit;
import com.scfengine.swift.SwiftMessages;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Import letters of credit over HTTP as the demo users: a relationship manager applies for a credit for an importer of
 * its own, the engine issues it, trade operations present documents under it and the relationship manager amends it;
 * bad terms are refused naming every field, and each role may do only its part. On H2 and, under {@code -Pmysql},
 * on MySQL.
 */
@DatabaseTest
class ImportLcApiTest {

  private static final String APPLICATIONS = "/api/products/IMPORT_LC/applications";

  @LocalServerPort int port;
  @Autowired CreditBureauSimulator bureau;
  @Autowired BankingCalendar calendar;
  @Autowired SwiftMessages swift;
  @Autowired HistoryService historyService;

  private String applicant;
  private LocalDate today;

  @BeforeEach
  void applicantWithALimit() {
    today = LocalDate.now(ZoneOffset.UTC);
    applicant = Workflow.seller(Api.on(port), bureau, "A", "1000000.00");
  }

  private Api as(String user) {
    return Api.on(port).as(user);
  }

  @Test
  void badTermsAreRefusedNamingEveryFieldAndNothingIsWritten() {
    Map<String, Object> bad = credit("40000.123");
    bad.put("latestShipmentDate", today.plusDays(70).toString()); // after the expiry in 60 days
    bad.put("advisingBankBic", "BANK OF CHINA");
    bad.put("expiryPlace", "AT THE COUNTERS OF THE ADVISING BANK"); // 36 characters, field 31D has 29
    bad.put("beneficiary", Map.of("name", "SHENZHEN WIDGETS & SONS", "address", "1 HARBOUR ROAD", "country", "CN"));

    var refused = as("rm").post(APPLICATIONS, bad);
    assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    List<String> fields = new ArrayList<>();
    refused.json().path("errors").forEach(e -> fields.add(e.path("field").asText()));
    assertThat(fields).contains("expiryDate", "advisingBankBic", "amount", "expiryPlace", "beneficiary.name");
    assertThat(refused.body()).contains("latest shipment date").contains("not a BIC");
    assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey("import-lc")
        .variableValueEquals("applicantId", applicant).count()).as("no credit started").isZero();
    assertThat(as("rm").get("/api/applications?applicantId=" + applicant).json().path("content")).isEmpty();
    JsonNode facility = as("rm").get("/api/facilities?enterpriseId=" + applicant).json().get(0);
    assertThat(facility.path("available").decimalValue()).isEqualByComparingTo("1000000.00");
  }

  @Test
  void aSmallCreditIsIssuedStraightThroughAndItsMessagesAreShown() {
    String id = issuedCredit();

    JsonNode credit = as("rm").get("/api/letters-of-credit/" + id).json();
    assertThat(credit.path("status").asText()).isEqualTo("ISSUED");
    assertThat(credit.path("side").asText()).isEqualTo("ISSUING");
    assertThat(credit.path("applicantId").asText()).isEqualTo(applicant);
    assertThat(credit.path("amount").decimalValue()).isEqualByComparingTo("40000.00");
    assertThat(credit.path("maximum").decimalValue()).isEqualByComparingTo("42000.00");
    assertThat(credit.path("available").decimalValue()).isEqualByComparingTo("42000.00");
    assertThat(credit.path("issueDate").asText()).isEqualTo(today.toString());
    assertThat(credit.path("lastPresentationDate").asText()).as("the expiry, on a banking day: shipment date unknown")
        .isEqualTo(calendar.nextBankingDay(today.plusDays(60), "USD").toString());
    assertThat(credit.path("documentsRequired")).hasSize(3);

    JsonNode messages = as("rm").get("/api/letters-of-credit/" + id + "/messages").json();
    assertThat(messages).hasSize(1);
    assertThat(messages.get(0).path("messageType").asText()).isEqualTo("700");
    assertThat(messages.get(0).path("direction").asText()).isEqualTo("OUT");
    DocumentaryCredit mt700 = swift.readCredit(messages.get(0).path("fin").asText());
    assertThat(mt700.creditNumber()).isEqualTo(credit.path("creditNumber").asText());
    assertThat(mt700.amount()).isEqualByComparingTo("40000.00");
    assertThat(mt700.expiryDate()).isEqualTo(today.plusDays(60));
  }

  @Test
  void aPresentationGetsItsExaminationDeadlineAndOneDatedInTheFutureOrBeforeIssuanceIsRefused() {
    String id = issuedCredit();
    String path = "/api/letters-of-credit/" + id + "/presentations";

    var future = as("ops").post(path, presentation(today.plusDays(1), today));
    assertThat(future.status()).as(future.toString()).isEqualTo(400);
    assertThat(future.contentType()).startsWith("application/problem+json");
    assertThat(future.json().path("errors").get(0).path("field").asText()).isEqualTo("presentedOn");
    var beforeIssue = as("ops").post(path, presentation(today.minusDays(1), today.minusDays(2)));
    assertThat(beforeIssue.status()).as(beforeIssue.toString()).isEqualTo(400);
    assertThat(beforeIssue.body()).contains("presentedOn").contains("before the credit was issued");

    var presented = as("ops").post(path, presentation(today, today));
    assertThat(presented.status()).as(presented.toString()).isEqualTo(201);
    JsonNode view = presented.json();
    assertThat(view.path("id").asText()).isEqualTo(id + "-P1");
    assertThat(view.path("presentedOn").asText()).isEqualTo(today.toString());
    LocalDate deadline = calendar.addBankingDays(calendar.nextBankingDay(today, "USD"), 5, "USD");
    assertThat(view.path("examinationDeadline").asText()).isEqualTo(deadline.toString());
    assertThat(LocalDate.parse(view.path("examinationDeadline").asText())).isAfterOrEqualTo(today.plusDays(7));
    assertThat(view.path("lastPresentationDate").asText()).as("21 days after shipment, on a banking day")
        .isEqualTo(calendar.nextBankingDay(today.plusDays(21), "USD").toString());
    assertThat(view.path("findings")).isEmpty();
    assertThat(view.path("status").asText()).isEqualTo("EXAMINING");
    assertThat(as("rm").get(path + "/1").json().path("examinationDeadline").asText())
        .isEqualTo(deadline.toString());
    assertThat(as("rm").get("/api/letters-of-credit/" + id).json().path("presentations")).hasSize(1);
  }

  @Test
  void eachRoleDoesOnlyItsPartAndASecondAmendmentWaitsForTheFirst() {
    String id = issuedCredit();
    String credit = "/api/letters-of-credit/" + id;

    assertThat(as("rm").post(credit + "/presentations", presentation(today, today)).status())
        .as("relationship managers do not present documents").isEqualTo(403);
    assertThat(as("ops").post(credit + "/amendments", Map.of("narrative", "ONE MORE CONDITION")).status())
        .as("trade operations do not amend").isEqualTo(403);
    assertThat(as("rm").get(credit).json().path("presentations")).isEmpty();

    var first = as("rm").post(credit + "/amendments", Map.of("newExpiryDate", today.plusDays(90).toString()));
    assertThat(first.status()).as(first.toString()).isEqualTo(201);
    assertThat(first.json().path("number").asInt()).isEqualTo(1);
    var second = as("rm").post(credit + "/amendments", Map.of("narrative", "ONE MORE CONDITION"));
    assertThat(second.status()).as(second.toString()).isEqualTo(409);
    assertThat(second.body()).contains("Amendment 1");
    assertThat(as("rm").get(credit).json().path("amendments")).hasSize(1);
    assertThat(as("rm").get(credit).json().path("expiryDate").asText()).as("unchanged until the beneficiary accepts")
        .isEqualTo(today.plusDays(60).toString());
  }

  @Test
  void theEngineDoorTakesOnlyWhatTheExaminationFormOffers() {
    String id = issuedCredit();
    var presented = as("ops").post("/api/letters-of-credit/" + id + "/presentations", presentation(today, today));
    assertThat(presented.status()).as(presented.toString()).isEqualTo(201);
    String taskId = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() ->
        as("ops").get("/engine-rest/task?processInstanceBusinessKey=" + id + "&taskDefinitionKey=UserTask_Examine")
            .json(), tasks -> tasks.size() == 1).get(0).path("id").asText();
    String submit = "/engine-rest/task/" + taskId + "/submit-form";

    var forged = as("ops").post(submit, Map.of("variables", Map.of(
        "otherDiscrepancies", Map.of("value", ""),
        "presentationAmount", Map.of("value", "1.00"),
        "discrepant", Map.of("value", false))));
    assertThat(forged.status()).as(forged.toString()).isEqualTo(400);
    assertThat(forged.contentType()).startsWith("application/problem+json");
    assertThat(forged.body()).contains("presentationAmount").contains("discrepant");
    assertThat(as("ops").get("/engine-rest/task/" + taskId).status()).as("the task is still open").isEqualTo(200);

    var examined = as("ops").post(submit, Map.of("variables", Map.of(
        "otherDiscrepancies", Map.of("value", "COMMERCIAL INVOICE NOT SIGNED"))));
    assertThat(examined.status()).as(examined.toString()).isEqualTo(204);
    await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
      JsonNode view = as("ops").get("/api/letters-of-credit/" + id + "/presentations/1").json();
      assertThat(view.path("status").asText()).isEqualTo("DISCREPANT");
      assertThat(view.path("findings").get(0).asText()).isEqualTo("COMMERCIAL INVOICE NOT SIGNED");
    });
  }

  // ---------------------------------------------------------------- helpers

  /** A credit applied for through the API and issued by the engine (the job executor runs its async steps). */
  private String issuedCredit() {
    var created = as("rm").post(APPLICATIONS, credit("40000.00"));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    String id = created.json().path("id").asText();
    await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
        assertThat(as("rm").get("/api/letters-of-credit/" + id).json().path("status").asText()).isEqualTo("ISSUED"));
    Workflow.awaitStatus(Api.on(port), id, "ISSUED");
    return id;
  }

  private Map<String, Object> credit(String amount) {
    return LetterOfCreditRequests.importLc(applicant, amount);
  }

  private static Map<String, Object> presentation(LocalDate presentedOn, LocalDate shipped) {
    return Map.of("presentedOn", presentedOn.toString(), "invoiceAmount", "20000.00",
        "shipmentDate", shipped.toString(), "documents", List.of(
            Map.of("type", "COMMERCIAL_INVOICE", "originals", 3, "copies", 1),
            Map.of("type", "BILL_OF_LADING", "originals", 3, "copies", 0),
            Map.of("type", "PACKING_LIST", "originals", 2, "copies", 0)));
  }
}
