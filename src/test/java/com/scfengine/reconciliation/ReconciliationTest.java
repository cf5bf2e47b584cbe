package com.scfengine.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.scfengine.corebanking.BookingRequest;
import com.scfengine.corebanking.CoreBankingSimulator;
import com.scfengine.corebanking.Posting;
import com.scfengine.credit.CreditBureauSimulator;
import com.scfengine.support.Api;
import com.scfengine.support.DatabaseTest;
import com.scfengine.support.FactoringRequests;
import com.scfengine.support.Workflow;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reconciliation on the real database: applications of different states agree with everything; then one
 * inconsistency at a time is made directly in the database, the engine or the ledger, and the reconciliation names
 * it by kind and application. The other tests share the database, so only the findings about this test's
 * applications and facilities are asserted.
 */
@DatabaseTest
class ReconciliationTest {

  @LocalServerPort int port;
  @Autowired CreditBureauSimulator bureau;
  @Autowired CoreBankingSimulator ledger;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired JdbcTemplate jdbc;

  private Api as(String user) {
    return Api.on(port).as(user);
  }

  private String submit(String seller, String amount, String requested) {
    var submitted = as("rm").post("/api/products/FACTORING/applications",
        FactoringRequests.invoice(seller, "BUY-001", amount, requested));
    assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
    return submitted.json().path("id").asText();
  }

  /** The findings of the reconciliation that concern these applications or facilities. */
  private List<JsonNode> findingsAbout(Set<String> subjects) {
    var answer = as("opslead").get("/api/reconciliation");
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    assertThat(answer.json().path("applications").asInt()).isPositive();
    assertThat(answer.json().path("checkedAt").asText()).isNotBlank();
    List<JsonNode> about = new ArrayList<>();
    answer.json().path("findings").forEach(f -> {
      if (subjects.contains(f.path("applicationId").asText()) || subjects.contains(f.path("facilityId").asText())) {
        about.add(f);
      }
    });
    return about;
  }

  private static List<String> kindsOf(List<JsonNode> findings, String subject) {
    return findings.stream().filter(f -> subject.equals(f.path("applicationId").asText())
        || subject.equals(f.path("facilityId").asText())).map(f -> f.path("kind").asText()).toList();
  }

  @Test
  void applicationsInEveryStateAgreeAndEachInjectedDifferenceIsNamed() {
    Api api = Api.on(port);
    String good = Workflow.seller(api, bureau, "A", "500000.00");
    String fair = Workflow.seller(api, bureau, "BBB", "500000.00");
    String small = Workflow.seller(api, bureau, "A", "10000.00");
    String disbursed = submit(good, "40000.00", "30000.00");
    String settled = submit(good, "20000.00", "15000.00");
    String inReview = submit(fair, "200000.00", "150000.00");
    String rejected = submit(small, "40000.00", "30000.00");
    String doomed = submit(good, "30000.00", "20000.00");
    Workflow.awaitStatus(api, disbursed, "DISBURSED");
    Workflow.awaitStatus(api, settled, "DISBURSED");
    Workflow.awaitStatus(api, doomed, "DISBURSED");
    var paid = as("treasury").post("/api/applications/" + settled + "/payments",
        java.util.Map.of("amount", "20000.00", "currency", "USD"));
    assertThat(paid.status()).as(paid.toString()).isEqualTo(200);
    Workflow.awaitStatus(api, settled, "SETTLED");
    Workflow.awaitStatus(api, rejected, "REJECTED");
    Workflow.awaitTask(api, inReview, "UserTask_ReviewCredit");
    String goodFacility = facilityOf(good);
    String smallFacility = facilityOf(small);
    Set<String> subjects = Set.of(disbursed, settled, inReview, rejected, doomed, goodFacility, smallFacility,
        facilityOf(fair));

    // all agree
    assertThat(findingsAbout(subjects)).isEmpty();

    // a second disbursement booked in the ledger under a key of its own
    ledger.book(new BookingRequest(disbursed + ":DISBURSEMENT:AGAIN", "DISBURSEMENT", disbursed, "USD",
        LocalDate.now(), List.of(Posting.debit("ASSET:FINANCED-RECEIVABLES", new BigDecimal("30000.00")),
            Posting.credit("CUSTOMER:" + good, new BigDecimal("30000.00")))));
    // a facility's utilisation moved by hand
    jdbc.update("update credit_facility set utilised = utilised + 1 where id = ?", smallFacility);
    // a record moved to SETTLED while its instance waits for the analyst, and an incident in it
    jdbc.update("update financing_application set status = 'SETTLED' where id = ?", inReview);
    String inReviewInstance = jdbc.queryForObject(
        "select process_instance_id from financing_application where id = ?", String.class, inReview);
    String waiting = tasks.createTaskQuery().processInstanceBusinessKey(inReview).singleResult() != null
        ? tasks.createTaskQuery().processInstanceBusinessKey(inReview).singleResult().getExecutionId()
        : runtime.createExecutionQuery().processInstanceBusinessKey(inReview).activityId("UserTask_ReviewCredit")
            .singleResult().getId();
    runtime.createIncident("reconciliationCheck", waiting, "injected", "a step failed for good");
    // the instance of a DISBURSED application deleted, and its disbursement gone from the ledger
    String doomedInstance = jdbc.queryForObject(
        "select process_instance_id from financing_application where id = ?", String.class, doomed);
    runtime.deleteProcessInstance(doomedInstance, "reconciliation test");
    jdbc.update("delete from sim_cb_posting where booking_id in (select id from sim_cb_booking where idempotency_key = ?)",
        doomed + ":DISBURSEMENT");
    jdbc.update("delete from sim_cb_booking where idempotency_key = ?", doomed + ":DISBURSEMENT");
    // a settled application marked REJECTED with its hold and receivable live again
    jdbc.update("update financing_application set status = 'REJECTED' where id = ?", settled);
    jdbc.update("update limit_reservation set state = 'CONSUMED' where application_id = ?", settled);
    jdbc.update("update receivable set state = 'FINANCED' where application_id = ?", settled);

    List<JsonNode> findings = findingsAbout(subjects);
    assertThat(kindsOf(findings, disbursed)).containsExactlyInAnyOrder("DISBURSED_TWICE", "BOOKING_NOT_RECORDED");
    assertThat(kindsOf(findings, smallFacility)).containsExactly("UTILISATION_MISMATCH");
    assertThat(kindsOf(findings, inReview)).containsExactlyInAnyOrder("FINAL_WITH_RUNNING_INSTANCE", "INCIDENT");
    assertThat(findings).filteredOn(f -> f.path("kind").asText().equals("FINAL_WITH_RUNNING_INSTANCE"))
        .singleElement().satisfies(f -> assertThat(f.path("actual").asText()).contains(inReviewInstance, "waiting in"));
    assertThat(kindsOf(findings, doomed)).containsExactlyInAnyOrder("ACTIVE_WITHOUT_INSTANCE",
        "DISBURSEMENT_MISSING", "BOOKING_NOT_IN_LEDGER");
    assertThat(kindsOf(findings, settled)).containsExactlyInAnyOrder("RESERVATION_OF_ENDED_APPLICATION",
        "RECEIVABLE_OF_ENDED_APPLICATION");
    // the consumed hold of the settled application now counts: utilised (given back) no longer equals it
    assertThat(kindsOf(findings, goodFacility)).containsExactly("UTILISATION_MISMATCH");
    assertThat(kindsOf(findings, rejected)).isEmpty();

    // the nightly run finds them too and opens a task for trade operations
    Job timer = management.createJobQuery().processDefinitionKey("reconciliation").timers().singleResult();
    assertThat(timer).as("the nightly timer").isNotNull();
    management.executeJob(timer.getId());
    List<Task>[] opened = new List[1];
    await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
      opened[0] = tasks.createTaskQuery().processDefinitionKey("reconciliation").taskCandidateGroup("trade-operations")
          .list();
      assertThat(opened[0]).isNotEmpty();
    });
    Task task = opened[0].get(0);
    assertThat(task.getName()).matches("Reconciliation found \\d+ differences");
    assertThat((String) tasks.getVariable(task.getId(), "findingsText")).contains(doomed, "ACTIVE_WITHOUT_INSTANCE");
    assertThat(as("ops").get("/engine-rest/task/" + task.getId() + "/deployed-form").json().path("id").asText())
        .isEqualTo("reconciliation-findings");
    // completing it acknowledges
    tasks.complete(task.getId(), java.util.Map.of("acknowledged", true, "reconciliationNote", "looked into"));
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).count()).isZero();
    assertThat(management.createJobQuery().processDefinitionKey("reconciliation").timers().count())
        .as("the next night's timer").isEqualTo(1);
  }

  @Test
  void onlyTradeOperationsLeadsAndAdministratorsReconcile() {
    assertThat(as("admin").get("/api/reconciliation").status()).isEqualTo(200);
    assertThat(as("opslead").get("/api/reconciliation").status()).isEqualTo(200);
    assertThat(as("rm").get("/api/reconciliation").status()).isEqualTo(403);
    assertThat(as("ops").get("/api/reconciliation").status()).isEqualTo(403);
    assertThat(Api.on(port).get("/api/reconciliation").status()).isEqualTo(401);
  }

  @Test
  void aStraightThroughFactoringApplicationListsItsDisbursementOnce() {
    String app = submit("SME-001", "40000.00", "30000.00");
    Workflow.awaitStatus(Api.on(port), app, "DISBURSED");
    var answer = as("rm").get("/api/applications/" + app + "/bookings");
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    List<JsonNode> disbursements = new ArrayList<>();
    answer.json().forEach(b -> {
      if (b.path("kind").asText().equals("DISBURSEMENT")) {
        disbursements.add(b);
      }
    });
    assertThat(disbursements).singleElement().satisfies(b -> {
      assertThat(b.path("idempotencyKey").asText()).isEqualTo(app + ":DISBURSEMENT");
      assertThat(b.path("bookedAt").asText()).isNotBlank();
      assertThat(b.path("postings")).anySatisfy(p -> {
        assertThat(p.path("account").asText()).isEqualTo("ASSET:FINANCED-RECEIVABLES");
        assertThat(p.path("side").asText()).isEqualTo("DEBIT");
        assertThat(p.path("amount").decimalValue()).isEqualByComparingTo("30000.00");
        assertThat(p.path("currency").asText()).isEqualTo("USD");
      });
    });
    assertThat(as("rm").get("/api/applications/FACTORING-19990101-NOSUCHAP/bookings").status()).isEqualTo(404);
    assertThat(as("supplier").get("/api/applications/" + app + "/bookings").status()).isEqualTo(403);
  }

  private String facilityOf(String enterprise) {
    return as("rm").get("/api/facilities?enterpriseId=" + enterprise).json().get(0).path("id").asText();
  }
}
