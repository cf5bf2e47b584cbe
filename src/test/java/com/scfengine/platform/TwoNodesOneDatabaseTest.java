package com.scfengine.platform;

import com.scfengine.support.AppProcess;
import com.scfengine.support.OneSellersBurst;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The production shape: two engines, each with its job executor, on one MySQL database (Camunda's homogeneous
 * cluster). One seller's hundred applications, submitted to both nodes at once, are all financed once, with no
 * incident: the nodes' jobs collide over the same seller, buyer and facilities and are run again, never failed.
 * Runs under {@code mvn verify -Pmysql} (tag {@code mysql}): H2 is a single node's database.
 */
@Tag("mysql")
class TwoNodesOneDatabaseTest {

  @Test
  void oneSellersHundredApplicationsOverTwoNodesAreAllDisbursedOnce() throws Exception {
    List<String> args = new ArrayList<>(AppProcess.freshDatabase("scf_two_nodes"));
    // the credit port's simulator in each node rates the two parties alike
    args.addAll(List.of("--scf.credit.simulator.ratings[SME-NODES].grade=A",
        "--scf.credit.simulator.ratings[SME-NODES].pd=0.004",
        "--scf.credit.simulator.ratings[BUY-NODES].grade=A",
        "--scf.credit.simulator.ratings[BUY-NODES].pd=0.004"));
    try (AppProcess first = AppProcess.start("node-1", Map.of(), args);
        AppProcess second = AppProcess.start("node-2", Map.of(), args)) {
      OneSellersBurst burst = OneSellersBurst.newParties(List.of(first.port(), second.port()), "SME-NODES", "BUY-NODES",
          party -> { }).submit(100, 8).awaitDisbursed(Duration.ofSeconds(180));
      String url = args.stream().filter(a -> a.startsWith("--spring.datasource.url=")).findFirst().orElseThrow()
          .substring("--spring.datasource.url=".length());
      try (Connection database = DriverManager.getConnection(url, System.getProperty("spring.datasource.username"),
          System.getProperty("spring.datasource.password", ""))) {
        burst.assertAllFinancedOnce(database);
      }
    }
  }
}
