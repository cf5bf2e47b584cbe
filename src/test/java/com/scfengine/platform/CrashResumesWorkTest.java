package com.scfengine.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.scfengine.support.Api;
import com.scfengine.support.AppProcess;
import com.scfengine.support.Concurrently;
import com.scfengine.support.FactoringRequests;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Work in flight resumes at once after a crash. The product runs as its own process under a fixed node id, with core
 * banking answering in 300 ms, takes 20 straight-through factoring applications (which it disburses with nobody
 * touching them) and is killed with {@code kill -9} one second after the last answer — with jobs locked by its job
 * executor. Started again under the same node id on the same database, it releases its own stale locks and disburses
 * every application within 60 s, each exactly once in the ledger (not after the 2-minute lock has run out). Prints
 * the recovery time: from the restarted node's readiness to the last disbursement seen. On the embedded H2 file by
 * default, on MySQL under {@code -Pmysql}.
 */
@Tag("db")
class CrashResumesWorkTest {

  private static final int APPLICATIONS = 20;
  private static final Duration RESUMED_WITHIN = Duration.ofSeconds(60);

  @Test
  void workInFlightIsDisbursedOnceSoonAfterAKill9AndRestart() throws Exception {
    List<String> database = AppProcess.freshDatabase("scf_resume");
    List<String> args = new ArrayList<>(database);
    args.add("--scf.core-banking.simulator.latency=300ms");
    args.add("--scf.node.id=resume-node-1");

    List<Map<String, Object>> bodies = new ArrayList<>();
    for (int i = 0; i < APPLICATIONS; i++) {
      bodies.add(FactoringRequests.invoice("SME-001", "BUY-001", (7000 + i) + ".00", "5000.00"));
    }
    List<String> acknowledged;
    try (AppProcess first = AppProcess.start("resume-before", Map.of(), args)) {
      Api rm = first.api().as("rm");
      List<String> answers = Concurrently.run(bodies.size(), 4, i -> {
        var created = rm.post("/api/products/FACTORING/applications", bodies.get(i));
        return created.status() == 201 ? created.json().path("id").asText() : null;
      });
      Thread.sleep(1000); // the job executor has taken jobs and holds their locks
      first.kill();
      acknowledged = answers.stream().filter(Objects::nonNull).toList();
    }
    assertThat(acknowledged).as("acknowledged before the kill").hasSize(APPLICATIONS);

    Map<String, String> statuses = new HashMap<>();
    try (AppProcess second = AppProcess.launch("resume-after", Map.of(), args)) {
      second.awaitReady(Duration.ofSeconds(120));
      Instant ready = Instant.now();
      Api rm = second.api().as("rm");
      Instant lastDisbursed = ready;
      while (Duration.between(ready, Instant.now()).compareTo(RESUMED_WITHIN) < 0) {
        for (String id : acknowledged) {
          if (!"DISBURSED".equals(statuses.get(id))) {
            String status = rm.get("/api/applications/" + id).json().path("status").asText();
            statuses.put(id, status);
            if ("DISBURSED".equals(status)) {
              lastDisbursed = Instant.now();
            }
          }
        }
        if (statuses.values().stream().allMatch("DISBURSED"::equals)) {
          break;
        }
        Thread.sleep(500);
      }
      System.out.printf("Recovery after kill -9: %d applications, the last disbursed %.1f s after the restarted node "
          + "was ready%n", acknowledged.size(), Duration.between(ready, lastDisbursed).toMillis() / 1000.0);
      assertThat(statuses).as("status of each application %s after the restart", RESUMED_WITHIN)
          .allSatisfy((id, status) -> assertThat(status).as(id).isEqualTo("DISBURSED"));
      assertThat(second.output()).contains("Node resume-node-1: released the locks on");
    }

    try (Connection ledger = connect(args)) {
      for (String id : acknowledged) {
        assertThat(disbursementBookings(ledger, id)).as("disbursement bookings of %s", id).isEqualTo(1);
      }
    }
  }

  /** The ledger's database, once the product has stopped (an H2 file is one process's at a time). */
  private static Connection connect(List<String> args) throws Exception {
    for (String arg : args) {
      if (arg.startsWith("--spring.datasource.url=")) {
        return DriverManager.getConnection(arg.substring("--spring.datasource.url=".length()),
            System.getProperty("spring.datasource.username"), System.getProperty("spring.datasource.password", ""));
      }
      if (arg.startsWith("--SCF_H2_FILE=")) {
        return DriverManager.getConnection("jdbc:h2:file:" + arg.substring("--SCF_H2_FILE=".length()), "sa", "");
      }
    }
    throw new AssertionError("No database in " + args);
  }

  private static int disbursementBookings(Connection ledger, String applicationId) throws Exception {
    try (PreparedStatement count = ledger.prepareStatement(
        "select count(*) from sim_cb_booking where kind = 'DISBURSEMENT' and reference = ?")) {
      count.setString(1, applicationId);
      try (ResultSet row = count.executeQuery()) {
        row.next();
        return row.getInt(1);
      }
    }
  }
}
