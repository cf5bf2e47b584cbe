package com.scfengine.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.scfengine.support.AppProcess;
import com.scfengine.support.Concurrently;
import com.scfengine.support.FactoringRequests;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A client told "201 Created" finds its application after any crash. The product runs as its own process with core
 * banking answering in 300 ms (disbursements in flight), takes 40 straight-through applications from 8 clients at
 * once, and is killed with {@code kill -9} the moment the last answer arrives — no shutdown, no last write. Started
 * again on the same database, it shows every acknowledged application and its receivable, and carries on with them.
 * On the embedded H2 file by default, on MySQL under {@code -Pmysql}.
 */
@Tag("db")
class CrashKeepsAcknowledgedTest {

  @Test
  void everyAcknowledgedApplicationIsThereAfterAKill9() throws Exception {
    List<String> database = AppProcess.freshDatabase("scf_crash");
    List<String> args = new ArrayList<>(database);
    args.add("--scf.core-banking.simulator.latency=300ms");

    List<String> acknowledged;
    List<Map<String, Object>> bodies = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      bodies.add(FactoringRequests.invoice("SME-001", "BUY-001", (6000 + i) + ".00", "5000.00"));
    }
    try (AppProcess first = AppProcess.start("crash-before", Map.of(), args)) {
      var rm = first.api().as("rm");
      List<String> answers = Concurrently.run(bodies.size(), 8, i -> {
        var created = rm.post("/api/products/FACTORING/applications", bodies.get(i));
        return created.status() == 201 ? created.json().path("id").asText() : null;
      });
      first.kill();
      acknowledged = answers.stream().filter(Objects::nonNull).toList();
    }
    assertThat(acknowledged).as("acknowledged before the kill").hasSize(40);

    try (AppProcess second = AppProcess.start("crash-after", Map.of(), args)) {
      var rm = second.api().as("rm");
      for (String id : acknowledged) {
        var application = rm.get("/api/applications/" + id);
        assertThat(application.status()).as("application %s after the restart: %s", id, application).isEqualTo(200);
        assertThat(application.json().path("status").asText()).isIn("SUBMITTED", "APPROVED", "DISBURSED");
      }
      // its receivable is registered: the same invoice again is a duplicate
      var again = rm.post("/api/products/FACTORING/applications", bodies.get(0));
      assertThat(again.status()).as(again.toString()).isEqualTo(409);
    }
  }
}
