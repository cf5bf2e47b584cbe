package com.scfengine.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.scfengine.support.Api;
import com.scfengine.support.AppProcess;
import com.scfengine.support.FactoringRequests;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The database restarts under load (MariaDB; the embedded H2 lives inside the product's own process and cannot be
 * restarted apart from it, so this scenario runs under {@code -Pfaults,mysql} only). Four clients submit
 * straight-through factoring applications without pause while MariaDB is shut down and started again: while it is
 * away every refused request is a 503 problem+json with {@code Retry-After}, never a 500; every application
 * acknowledged before, during or after is disbursed once the database is back; every application the database holds
 * reaches a final state; reconciliation finds nothing.
 */
@Tag("faults")
@Tag("mysql")
class DatabaseRestartTest {

  private static final int CLIENTS = 4;

  @Test
  void clientsGet503WhileTheDatabaseIsAwayAndEverythingAcceptedFinishes() throws Exception {
    List<String> args = new ArrayList<>(AppProcess.freshDatabase("scf_fault_restart"));
    args.add("--scf.node.id=restart-node-1");
    try (AppProcess product = AppProcess.start("fault-restart", Map.of(), args)) {
      Api rm = product.api().as("rm");
      List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());
      List<String> wrong = Collections.synchronizedList(new ArrayList<>());
      AtomicInteger unavailable = new AtomicInteger();
      AtomicInteger amount = new AtomicInteger(20000);
      AtomicBoolean submitting = new AtomicBoolean(true);

      ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
      List<Future<?>> running = new ArrayList<>();
      for (int c = 0; c < CLIENTS; c++) {
        running.add(clients.submit(() -> {
          while (submitting.get()) {
            Api.Response answer = rm.post("/api/products/FACTORING/applications",
                FactoringRequests.invoice("SME-001", "BUY-001", amount.getAndIncrement() + ".00", "3000.00"));
            if (answer.status() == 201) {
              acknowledged.add(answer.json().path("id").asText());
            } else if (answer.status() == 503 && answer.contentType().startsWith("application/problem+json")) {
              unavailable.incrementAndGet();
              pause(500);
            } else {
              wrong.add(answer.toString());
            }
          }
          return null;
        }));
      }
      pause(4000);
      int beforeStop = acknowledged.size();
      Instant stopped = Instant.now();
      MariaDbServer.stop();
      pause(6000);
      MariaDbServer.start();
      Duration away = Duration.between(stopped, Instant.now());
      pause(6000);
      submitting.set(false);
      for (Future<?> client : running) {
        client.get(2, TimeUnit.MINUTES);
      }
      clients.shutdown();

      assertThat(wrong).as("answers other than 201 and 503 problem+json").isEmpty();
      assertThat(unavailable.get()).as("503s while the database was away").isPositive();
      assertThat(acknowledged.size()).as("accepted after the restart").isGreaterThan(beforeStop);

      Instant back = Instant.now();
      FaultSuite.awaitStatuses(rm, acknowledged, java.util.Set.of("DISBURSED"), Duration.ofMinutes(3));
      double finished = Duration.between(back, Instant.now()).toMillis() / 1000.0;
      List<String> held = new ArrayList<>();
      for (int page = 0; page < 20; page++) {
        Api.Response answer = rm.get("/api/applications?product=FACTORING&size=100&page=" + page);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        JsonNode content = answer.json().path("content");
        content.forEach(application -> held.add(application.path("id").asText()));
        if (content.size() < 100) {
          break;
        }
      }
      assertThat(held).as("applications the database holds").containsAll(acknowledged);
      FaultSuite.awaitStatuses(rm, held, FaultSuite.SETTLED_STATES, Duration.ofMinutes(1));
      FaultSuite.assertDisbursedOnce(rm, acknowledged);
      FaultSuite.assertReconciled(product.api());
      FaultSuite.record("MariaDB stopped and started under load", held.size(),
          String.format("database away %.0f s; %d requests answered 503", away.toMillis() / 1000.0,
              unavailable.get()), 0,
          String.format("%d acknowledged, all disbursed %.1f s after the restart; %d held in doubt, all final",
              acknowledged.size(), finished, held.size() - acknowledged.size()));
    }
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
