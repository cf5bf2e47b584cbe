package com.scfengine.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.scfengine.support.Api;
import com.scfengine.support.AppProcess;
import com.scfengine.support.FactoringRequests;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Core banking misbehaves; nothing is booked twice. The product runs as its own process and books through its HTTP
 * adapter into a core banking server on loopback ({@link CoreBankServer}, read time-out 1 s).
 * <ol>
 *   <li><b>Books and then times out</b>: the server books each disbursement and answers after the client gave up;
 *       the adapter retries with the same idempotency key and gets the first booking back.</li>
 *   <li><b>Fails, then recovers</b>: every call refused until the disbursement job's retries are spent and an incident
 *       stands; once core banking is back, an operator retries the job through {@code /engine-rest} (Cockpit's
 *       "retry") and the application is disbursed, with one booking.</li>
 * </ol>
 * Reconciliation, reading the ledger through the same adapter, finds nothing.
 */
@Tag("faults")
class CoreBankingFaultsTest {

  private static final int TIMED_OUT = 8;
  private static final int REFUSED = 2;
  private static final DateTimeFormatter CAMUNDA_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

  @Test
  void aBookingThatTimesOutOrFailsUntilRetriedFromTheEngineIsBookedOnce() throws Exception {
    try (CoreBankServer bank = CoreBankServer.start()) {
      List<String> args = new ArrayList<>(AppProcess.freshDatabase("scf_fault_corebanking"));
      args.addAll(bank.productArguments());
      try (AppProcess product = AppProcess.start("fault-corebanking", Map.of(), args)) {
        Api rm = product.api().as("rm");
        Api admin = product.api().as("admin");

        bank.bookThenTimeOutNext(TIMED_OUT, Duration.ofMillis(2500));
        List<String> timedOut = submit(rm, TIMED_OUT, 9000);
        FaultSuite.awaitStatuses(rm, timedOut, Set.of("DISBURSED"), Duration.ofSeconds(60));
        assertThat(bank.stalledAnswers()).as("bookings answered after the client's time-out").isEqualTo(TIMED_OUT);
        for (String id : timedOut) {
          assertThat(bank.keysOf(id)).as("keys booked for %s", id).containsExactly(id + ":DISBURSEMENT");
          assertThat(bank.postsOf(id + ":DISBURSEMENT")).as("calls for %s's disbursement", id)
              .isGreaterThanOrEqualTo(2);
        }

        bank.unavailable(true);
        List<String> refused = submit(rm, REFUSED, 9500);
        List<String> jobs = new ArrayList<>();
        for (String id : refused) {
          String job = awaitFailedJob(admin, id);
          jobs.add(job);
          // the operator does not wait for the next attempts 30 s apart: runs the job at once until its retries are spent
          for (int attempt = 0; attempt < 5 && retries(admin, job) > 0; attempt++) {
            admin.send(admin.request("/engine-rest/job/" + job + "/execute")
                .POST(HttpRequest.BodyPublishers.noBody()));
          }
          assertThat(retries(admin, job)).as("retries left of %s's disbursement", id).isZero();
          JsonNode incidents = admin.get("/engine-rest/incident?processInstanceId=" + instance(admin, id)).json();
          assertThat(incidents).as("incidents of %s", id).isNotEmpty();
          assertThat(rm.get("/api/applications/" + id).json().path("status").asText()).isEqualTo("APPROVED");
          assertThat(bank.keysOf(id)).as("nothing booked while core banking refuses").isEmpty();
        }

        bank.unavailable(false);
        for (String job : jobs) {
          var retried = admin.send(admin.request("/engine-rest/job/" + job + "/retries")
              .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("{\"retries\": 1}")));
          assertThat(retried.status()).as(retried.toString()).isEqualTo(204);
          String now = OffsetDateTime.now(ZoneOffset.UTC).format(CAMUNDA_DATE);
          var due = admin.send(admin.request("/engine-rest/job/" + job + "/duedate")
              .header("Content-Type", "application/json")
              .PUT(HttpRequest.BodyPublishers.ofString("{\"duedate\": \"" + now + "\"}")));
          assertThat(due.status()).as(due.toString()).isEqualTo(204);
        }
        FaultSuite.awaitStatuses(rm, refused, Set.of("DISBURSED"), Duration.ofSeconds(30));
        for (String id : refused) {
          assertThat(bank.keysOf(id)).containsExactly(id + ":DISBURSEMENT");
          assertThat(admin.get("/engine-rest/incident?processInstanceId=" + instance(admin, id)).json()).isEmpty();
        }

        int checked = FaultSuite.assertReconciled(product.api());
        assertThat(checked).isGreaterThanOrEqualTo(TIMED_OUT + REFUSED);
        FaultSuite.record("Core banking books, then times out", TIMED_OUT,
            TIMED_OUT + " answers held past the 1 s read time-out", 0,
            "each booked once; the retry got the first booking back");
        FaultSuite.record("Core banking fails until retried from /engine-rest", REFUSED,
            bank.refusedCalls() + " calls refused (503), retries spent, incident", 0,
            "incident retried after recovery: disbursed, 1 booking each");
      }
    }
  }

  /** Invoices of different amounts: the same amount from the same seller on the same buyer is a possible duplicate. */
  private static List<String> submit(Api rm, int count, int firstAmount) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      var created = rm.post("/api/products/FACTORING/applications",
          FactoringRequests.invoice("SME-001", "BUY-001", (firstAmount + i) + ".00", "6000.00"));
      assertThat(created.status()).as(created.toString()).isEqualTo(201);
      ids.add(created.json().path("id").asText());
    }
    return ids;
  }

  /** The application's disbursement job once its first run has failed. */
  private static String awaitFailedJob(Api admin, String id) throws InterruptedException {
    for (int i = 0; i < 120; i++) {
      JsonNode jobs = admin.get("/engine-rest/job?processInstanceId=" + instance(admin, id) + "&withException=true")
          .json();
      if (jobs.size() == 1) {
        return jobs.get(0).path("id").asText();
      }
      Thread.sleep(250);
    }
    throw new AssertionError("The disbursement of " + id + " did not fail: " + admin.get("/api/applications/" + id).body()
        + " " + admin.get("/engine-rest/job?processInstanceId=" + instance(admin, id)).body());
  }

  /** The application's process instance (its business key is the application's id). */
  private static String instance(Api admin, String id) {
    JsonNode instances = admin.get("/engine-rest/process-instance?processDefinitionKey=factoring&businessKey=" + id).json();
    assertThat(instances).as("process instance of %s", id).hasSize(1);
    return instances.get(0).path("id").asText();
  }

  private static int retries(Api admin, String job) {
    return admin.get("/engine-rest/job/" + job).json().path("retries").asInt();
  }
}
