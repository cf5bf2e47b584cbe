package com.scfengine.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.scfengine.support.Api;
import com.scfengine.support.AppProcess;
import com.scfengine.support.Concurrently;
import com.scfengine.support.FactoringRequests;
import com.scfengine.support.LetterOfCreditRequests;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Races at scale, across products. Hundreds of requests at once against the product running as its own process: each
 * factoring invoice submitted five times, each supply-chain payable asked for early payment five times, and factoring
 * advances and import letters of credit of one seller together asking 1.6 million against its 1 million obligor
 * facility. Each receivable and payable is financed once (every other attempt a 409), the facility is never over its
 * limit and some of the demand is refused for want of it, no request fails with a server error, and reconciliation
 * (utilisation equal to the live reservations, facility by facility) finds nothing.
 */
@Tag("faults")
class RacesAtScaleTest {

  private static final int INVOICES = 30;
  private static final int PAYABLES = 20;
  private static final int CREDITS = 10;
  private static final int ATTEMPTS = 5;
  private static final String PROGRAMME = "PRG-CORE-001-USD";
  private static final String FACILITY = "FAC-SME-001-USD";

  @Test
  void everyReceivableIsFinancedOnceAndNoFacilityGoesOverItsLimit() throws Exception {
    List<String> args = new ArrayList<>(AppProcess.freshDatabase("scf_fault_races"));
    try (AppProcess product = AppProcess.start("fault-races", Map.of(), args)) {
      Api rm = product.api().as("rm");
      Api supplier = product.api().as("supplier");
      List<String> payables = uploadPayables(product.api().as("buyer"), supplier);

      List<Race> races = new ArrayList<>();
      for (int i = 0; i < INVOICES; i++) {
        Map<String, Object> invoice = FactoringRequests.invoice("SME-001", "BUY-001", (50000 + i) + ".00", "40000.00");
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
          races.add(new Race("invoice " + invoice.get("invoiceNumber"), () -> rm.post(
              "/api/products/FACTORING/applications", invoice)));
        }
      }
      for (String payable : payables) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
          races.add(new Race("payable " + payable, () -> supplier.post("/api/payables/early-payment",
              Map.of("payableIds", List.of(payable)))));
        }
      }
      for (int i = 0; i < CREDITS; i++) {
        Map<String, Object> credit = LetterOfCreditRequests.importLc("SME-001", (40000 + i) + ".00");
        races.add(new Race("credit " + i, () -> rm.post("/api/products/IMPORT_LC/applications", credit)));
      }
      Collections.shuffle(races, new Random(42));

      Map<String, List<Integer>> statusesPerTarget = new ConcurrentHashMap<>();
      Map<String, List<String>> acceptedPerTarget = new ConcurrentHashMap<>();
      Concurrently.run(races.size(), 32, i -> {
        Race race = races.get(i);
        Api.Response answer = race.request().get();
        statusesPerTarget.computeIfAbsent(race.target(), t -> Collections.synchronizedList(new ArrayList<>()))
            .add(answer.status());
        if (answer.status() == 201) {
          JsonNode body = answer.json();
          String id = body.isArray() ? body.get(0).path("applicationId").asText() : body.path("id").asText();
          acceptedPerTarget.computeIfAbsent(race.target(), t -> Collections.synchronizedList(new ArrayList<>()))
              .add(id);
        } else {
          assertThat(answer.status()).as("%s: %s", race.target(), answer).isEqualTo(409);
          assertThat(answer.contentType()).startsWith("application/problem+json");
        }
        return null;
      });

      // one attempt of each wins; another may win later only once the winner was refused for want of limit and
      // its receivable released (checked below, when every application has its final status)
      statusesPerTarget.forEach((target, statuses) -> assertThat(statuses).as(target).contains(201));
      List<String> accepted = acceptedPerTarget.values().stream().flatMap(List::stream).toList();
      assertThat(accepted).hasSizeGreaterThanOrEqualTo(INVOICES + PAYABLES + CREDITS);

      Map<String, String> finalStatuses = FaultSuite.awaitStatuses(rm, accepted,
          Set.of("DISBURSED", "REJECTED", "ISSUED"), Duration.ofSeconds(120));
      Map<String, Long> counts = new HashMap<>();
      finalStatuses.values().forEach(status -> counts.merge(status, 1L, Long::sum));
      assertThat(counts.getOrDefault("REJECTED", 0L)).as("refused for want of limit").isPositive();
      acceptedPerTarget.forEach((target, ids) -> assertThat(ids)
          .filteredOn(id -> !"REJECTED".equals(finalStatuses.get(id)))
          .as("%s financed once at most; a second application only after the first was refused", target)
          .hasSizeLessThanOrEqualTo(1));

      JsonNode facility = product.api().as("analyst").get("/api/facilities/" + FACILITY).json();
      BigDecimal limit = facility.path("limit").decimalValue();
      BigDecimal utilised = facility.path("utilised").decimalValue();
      assertThat(utilised).as("utilised of %s", FACILITY).isLessThanOrEqualTo(limit).isPositive();
      for (String payable : payables) {
        JsonNode financed = supplier.get("/api/payables/" + payable).json();
        assertThat(financed.path("status").asText()).as(payable).isIn("FINANCED", "OPEN");
      }

      int checked = FaultSuite.assertReconciled(product.api());
      assertThat(checked).isGreaterThanOrEqualTo(accepted.size());
      FaultSuite.record("Races at scale (factoring, early payment, import L/C)", accepted.size(),
          races.size() + " concurrent requests on " + (INVOICES + PAYABLES) + " receivables and one facility", 0,
          String.format("%d accepted, %d refused 409; %s utilised %s of %s; %s", accepted.size(),
              races.size() - accepted.size(), FACILITY, utilised.toPlainString(), limit.toPlainString(), counts));
    }
  }

  /** The core enterprise's payables for the demo supplier; answers their ids. */
  private static List<String> uploadPayables(Api buyer, Api supplier) {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    List<Map<String, Object>> lines = new ArrayList<>();
    for (int i = 0; i < PAYABLES; i++) {
      lines.add(Map.of("supplierId", "SME-001", "invoiceNumber", "RACE-" + i, "amount", (10000 + i) + ".00",
          "currency", "USD", "issueDate", today.minusDays(2).toString(), "dueDate", today.plusDays(60).toString()));
    }
    Api.Response uploaded = buyer.post("/api/programmes/" + PROGRAMME + "/payables", lines);
    assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
    JsonNode listed = supplier.get("/api/programmes/" + PROGRAMME + "/payables?supplierId=SME-001&size=100").json();
    List<String> ids = new ArrayList<>();
    listed.path("content").forEach(payable -> ids.add(payable.path("id").asText()));
    assertThat(ids).hasSize(PAYABLES);
    return ids;
  }

  private record Race(String target, Supplier<Api.Response> request) {}
}
