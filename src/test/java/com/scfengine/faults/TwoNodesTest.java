package com.scfengine.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.scfengine.support.Api;
import com.scfengine.support.AppProcess;
import com.scfengine.support.Concurrently;
import com.scfengine.support.FactoringRequests;
import com.scfengine.support.Workflow;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Two nodes on one database, the compose file's shape (MariaDB; two processes cannot share the embedded H2, so this
 * runs under {@code -Pfaults,mysql} only). Both take straight-through factoring applications with core banking at
 * 300 ms; node A is killed with {@code kill -9} while its job executor holds disbursements, and never comes back. Node
 * B takes over A's jobs once A is presumed dead (30 s without a heartbeat) and disburses everything, each exactly once:
 * every service step ran once across both nodes, and the nightly reconciliation timer exists once. A credit analyst's
 * task completed through node A is gone from node B's task list at once, and the application moves on there.
 */
@Tag("faults")
@Tag("mysql")
class TwoNodesTest {

  private static final int APPLICATIONS = 30;

  @Test
  void theSurvivingNodeFinishesTheKilledNodesWorkAndEveryJobRunsOnce() throws Exception {
    List<String> database = AppProcess.freshDatabase("scf_fault_nodes");
    List<String> argsA = new ArrayList<>(database);
    argsA.addAll(List.of("--scf.node.id=node-a", "--scf.core-banking.simulator.latency=300ms"));
    List<String> argsB = new ArrayList<>(database);
    argsB.addAll(List.of("--scf.node.id=node-b", "--scf.core-banking.simulator.latency=300ms"));
    try (AppProcess a = AppProcess.start("fault-node-a", Map.of(), argsA);
        AppProcess b = AppProcess.start("fault-node-b", Map.of(), argsB)) {
      Api onA = a.api();
      Api onB = b.api();

      // a person's work crosses the nodes: the task completed through A is done on B
      var submitted = onB.as("rm").post("/api/products/FACTORING/applications",
          FactoringRequests.invoice("SME-001", "BUY-001", "120000.00", "90000.00"));
      assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
      String reviewed = submitted.json().path("id").asText();
      JsonNode review = Workflow.awaitTask(onB, reviewed, "UserTask_ReviewCredit");
      var completed = Workflow.submitForm(onA.as("analyst"), review.path("id").asText(),
          Map.of("analystRecommendation", "APPROVE", "analystComment", "sound"));
      assertThat(completed.status()).as(completed.toString()).isEqualTo(204);
      assertThat(onB.as("analyst").get("/engine-rest/task/" + review.path("id").asText()).status())
          .as("the completed task on node B").isEqualTo(404);
      Workflow.awaitTask(onB, reviewed, "UserTask_ApproveCredit");

      List<String> ids = Concurrently.run(APPLICATIONS, 6, i -> {
        Api node = i % 2 == 0 ? onA : onB;
        var created = node.as("rm").post("/api/products/FACTORING/applications",
            FactoringRequests.invoice("SME-001", "BUY-001", (30000 + i) + ".00", "4000.00"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("id").asText();
      });
      Thread.sleep(1000);
      a.kill();
      Instant killed = Instant.now();

      FaultSuite.awaitStatuses(onB.as("rm"), ids, Set.of("DISBURSED"), Duration.ofSeconds(120));
      double finished = Duration.between(killed, Instant.now()).toMillis() / 1000.0;
      FaultSuite.assertDisbursedOnce(onB.as("rm"), ids);

      try (Connection connection = connect(database)) {
        // a step's history is written in its job's transaction: a second run that committed would leave a second one
        assertThat(count(connection, "select count(*) from (select PROC_INST_ID_, ACT_ID_ from ACT_HI_ACTINST"
            + " where ACT_TYPE_ = 'serviceTask' group by PROC_INST_ID_, ACT_ID_ having count(*) > 1) twice"))
            .as("service steps that ran twice").isZero();
        assertThat(count(connection, "select count(*) from ACT_RU_JOB where HANDLER_TYPE_ = 'timer-start-event'"
            + " and PROCESS_DEF_KEY_ = 'reconciliation'")).as("nightly reconciliation timers").isEqualTo(1);
      }
      java.util.regex.Matcher takeover = java.util.regex.Pattern
          .compile("Node node-a not seen for 30 s: presumed dead; released the locks on (\\d+)").matcher(b.output());
      assertThat(takeover.find()).as("node B's log of the takeover").isTrue();

      FaultSuite.assertReconciled(onB);
      FaultSuite.record("Two nodes on one database, one killed", ids.size() + 1,
          "kill -9 of node A 1 s after the last answer; it does not come back", 0, String.format(
              "node B took over %s locked jobs and disbursed all %.1f s after the kill; every step ran once;"
              + " a task done on A gone on B", takeover.group(1), finished));
    }
  }

  private static Connection connect(List<String> args) throws Exception {
    for (String arg : args) {
      if (arg.startsWith("--spring.datasource.url=")) {
        return DriverManager.getConnection(arg.substring("--spring.datasource.url=".length()),
            System.getProperty("spring.datasource.username"), System.getProperty("spring.datasource.password", ""));
      }
    }
    throw new AssertionError("No MySQL database in " + args);
  }

  private static int count(Connection connection, String sql) throws Exception {
    try (PreparedStatement query = connection.prepareStatement(sql); ResultSet row = query.executeQuery()) {
      row.next();
      return row.getInt(1);
    }
  }
}
