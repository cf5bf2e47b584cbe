package com.scfengine.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.scfengine.support.Api;
import com.scfengine.support.AppProcess;
import com.scfengine.support.Concurrently;
import com.scfengine.support.FactoringRequests;
import com.scfengine.support.LetterOfCreditRequests;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Crash mid-disbursement. The product runs as its own process under a fixed node id, with core banking answering in
 * 300 ms; it takes straight-through factoring applications (disbursed with nobody touching them), import letters of
 * credit issued straight through on the same seller's facility and factoring applications that wait for an analyst,
 * and is killed with {@code kill -9} one second after the last answer — with disbursement jobs locked by its job
 * executor. Started again under the same node id on the same database, it releases its own stale locks: every
 * acknowledged application reaches its state within 30 s of the restart (not after the two-minute lock has run out),
 * each disbursement is booked exactly once, and reconciliation finds nothing.
 */
@Tag("faults")
class CrashMidDisbursementTest {

  private static final int STRAIGHT_THROUGH = 20;
  private static final int CREDITS = 4;
  private static final int FOR_REVIEW = 3;
  private static final Duration RESUMED_WITHIN = Duration.ofSeconds(30);

  @Test
  void everyAcknowledgedApplicationResumesSoonAfterAKill9AndIsBookedOnce() throws Exception {
    List<String> args = new ArrayList<>(AppProcess.freshDatabase("scf_fault_crash"));
    args.add("--scf.core-banking.simulator.latency=300ms");
    args.add("--scf.node.id=crash-node-1");

    List<Submission> submissions = new ArrayList<>();
    for (int i = 0; i < STRAIGHT_THROUGH; i++) {
      submissions.add(new Submission("FACTORING", "DISBURSED",
          FactoringRequests.invoice("SME-001", "BUY-001", (7000 + i) + ".00", "5000.00")));
    }
    for (int i = 0; i < CREDITS; i++) {
      submissions.add(new Submission("IMPORT_LC", "ISSUED", LetterOfCreditRequests.importLc("SME-001", (20000 + i) + ".00")));
    }
    for (int i = 0; i < FOR_REVIEW; i++) {
      submissions.add(new Submission("FACTORING", "IN_REVIEW",
          FactoringRequests.invoice("SME-001", "BUY-001", (100000 + i) + ".00", "80000.00")));
    }

    List<String> acknowledged;
    try (AppProcess first = AppProcess.start("fault-crash-before", Map.of(), args)) {
      Api rm = first.api().as("rm");
      List<String> answers = Concurrently.run(submissions.size(), 4, i -> {
        Submission submission = submissions.get(i);
        var created = rm.post("/api/products/" + submission.product() + "/applications", submission.body());
        return created.status() == 201 ? created.json().path("id").asText() : null;
      });
      Thread.sleep(1000); // the job executor has taken jobs and holds their locks
      first.kill();
      acknowledged = answers;
    }
    assertThat(acknowledged).as("acknowledged before the kill").doesNotContainNull();

    try (AppProcess second = AppProcess.launch("fault-crash-after", Map.of(), args)) {
      second.awaitReady(Duration.ofSeconds(120));
      Instant ready = Instant.now();
      Api rm = second.api().as("rm");
      for (String state : Set.of("DISBURSED", "ISSUED", "IN_REVIEW")) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < submissions.size(); i++) {
          if (submissions.get(i).expected().equals(state)) {
            ids.add(acknowledged.get(i));
          }
        }
        FaultSuite.awaitStatuses(rm, ids, Set.of(state), RESUMED_WITHIN);
      }
      double recovery = Duration.between(ready, Instant.now()).toMillis() / 1000.0;
      assertThat(second.output()).contains("Node crash-node-1: released the locks on");

      Set<String> keys = new HashSet<>();
      for (int i = 0; i < submissions.size(); i++) {
        JsonNode bookings = FaultSuite.bookings(rm, acknowledged.get(i));
        for (JsonNode booking : bookings) {
          assertThat(keys.add(booking.path("idempotencyKey").asText())).as("a key booked once").isTrue();
        }
        assertThat(FaultSuite.disbursements(bookings)).as("disbursement bookings of %s", acknowledged.get(i))
            .isEqualTo("DISBURSED".equals(submissions.get(i).expected()) ? 1 : 0);
      }
      int checked = FaultSuite.assertReconciled(second.api());
      assertThat(checked).isGreaterThanOrEqualTo(acknowledged.size());
      FaultSuite.record("Crash mid-disbursement (kill -9, restart)", acknowledged.size(),
          "kill -9 1 s after the last answer; core banking 300 ms", 0,
          String.format("all resumed %.1f s after the restart was ready; 1 booking per disbursement", recovery));
    }
  }

  private record Submission(String product, String expected, Map<String, Object> body) {}
}
