package com.scfengine.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.scfengine.support.Api;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * What every fault scenario ends with — the product's own reconciliation answering no finding, every application in
 * a final state or one it may legitimately wait in — and the figures each scenario leaves for the suite's table
 * ({@link FaultSuiteReport}, docs/reliability.md).
 */
final class FaultSuite {

  /** Where an application may rest: finished, or waiting for a person or for a document presentation. */
  static final Set<String> SETTLED_STATES = Set.of("DISBURSED", "REJECTED", "SETTLED", "CANCELLED", "ISSUED",
      "IN_REVIEW");

  static final Path FIGURES = Path.of("target", "faults", "figures.tsv");

  static String database() {
    return "mysql".equals(System.getProperty("test.db")) ? "MariaDB" : "H2";
  }

  static boolean onMySql() {
    return "mysql".equals(System.getProperty("test.db"));
  }

  /**
   * Runs reconciliation as an administrator and asserts it found nothing; answers the number of applications it
   * checked.
   */
  static int assertReconciled(Api product) {
    Api.Response answer = product.as("admin").get("/api/reconciliation");
    assertThat(answer.status()).as("GET /api/reconciliation: %s", answer).isEqualTo(200);
    JsonNode report = answer.json();
    assertThat(report.path("findings")).as("reconciliation findings").isEmpty();
    return report.path("applications").asInt();
  }

  /** Waits until each application's status is one of {@code wanted}; answers the statuses, failing with the rest. */
  static Map<String, String> awaitStatuses(Api api, Collection<String> ids, Set<String> wanted, Duration timeout)
      throws InterruptedException {
    Map<String, String> statuses = new HashMap<>();
    Instant deadline = Instant.now().plus(timeout);
    while (true) {
      for (String id : ids) {
        String known = statuses.get(id);
        if (known == null || !wanted.contains(known)) {
          Api.Response answer = api.get("/api/applications/" + id);
          statuses.put(id, answer.status() == 200 ? answer.json().path("status").asText() : "HTTP " + answer.status());
        }
      }
      if (statuses.values().stream().allMatch(wanted::contains) || Instant.now().isAfter(deadline)) {
        break;
      }
      Thread.sleep(500);
    }
    assertThat(statuses).as("statuses after at most %s", timeout)
        .allSatisfy((id, status) -> assertThat(status).as(id).isIn(wanted));
    return statuses;
  }

  /** The application's ledger bookings, read through the product ({@code GET /api/applications/{id}/bookings}). */
  static JsonNode bookings(Api api, String id) {
    Api.Response answer = api.get("/api/applications/" + id + "/bookings");
    assertThat(answer.status()).as("bookings of %s: %s", id, answer).isEqualTo(200);
    return answer.json();
  }

  /** How many of {@code bookings} are disbursements. */
  static long disbursements(JsonNode bookings) {
    long count = 0;
    for (JsonNode booking : bookings) {
      count += "DISBURSEMENT".equals(booking.path("kind").asText()) ? 1 : 0;
    }
    return count;
  }

  /** Asserts that the ledger holds exactly one disbursement of each application. */
  static void assertDisbursedOnce(Api api, Collection<String> ids) {
    for (String id : ids) {
      assertThat(disbursements(bookings(api, id))).as("disbursements of %s", id).isEqualTo(1);
    }
  }

  /** One line of the suite's table: the scenario, what it drove, the faults it injected, and what it measured. */
  static void record(String scenario, int applications, String faults, int findings, String measured) {
    String line = String.join("\t", scenario, database(), String.valueOf(applications), faults,
        String.valueOf(findings), measured) + System.lineSeparator();
    try {
      Files.createDirectories(FIGURES.getParent());
      Files.writeString(FIGURES, line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new AssertionError("Could not write " + FIGURES, e);
    }
    System.out.printf("Fault scenario | %s | %s | applications %d | faults: %s | findings %d | %s%n", scenario,
        database(), applications, faults, findings, measured);
  }

  private FaultSuite() {}
}
