package com.scfengine.factoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.scfengine.corebanking.CoreBanking;
import com.scfengine.credit.CreditBureauSimulator;
import com.scfengine.financing.Accounts;
import com.scfengine.financing.Bookings;
import com.scfengine.financing.Disbursement;
import com.scfengine.limits.Limits;
import com.scfengine.support.Api;
import com.scfengine.support.Concurrently;
import com.scfengine.support.DatabaseTest;
import com.scfengine.support.FactoringRequests;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One seller sends a hundred invoices at once: every application is financed, none stops as an incident, and the
 * seller's and the buyer's limits and the ledger add up to the cent. Through the HTTP API with the job executor
 * running, as in production; on H2 and under {@code -Pmysql} on MySQL.
 */
@DatabaseTest
class OneSellersBurstTest {

  private static final int APPLICATIONS = 100;

  @LocalServerPort int port;
  @Autowired CreditBureauSimulator bureau;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired Limits limits;
  @Autowired Bookings bookings;
  @Autowired CoreBanking coreBanking;

  @Test
  void aHundredConcurrentApplicationsOfOneSellerAndOneBuyerAreAllDisbursed() throws Exception {
    String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    String seller = party("SME-B" + suffix, "SME", "OBLIGOR", "1000000.00");
    String buyer = party("BUY-B" + suffix, "CORE_ENTERPRISE", "DEBTOR", "1000000.00");
    // without recourse: the buyer's DEBTOR limit is taken by every application too
    List<Map<String, Object>> bodies = java.util.stream.IntStream.range(0, APPLICATIONS).mapToObj(i -> {
      // distinct invoices: other numbers and other amounts (the same content under another number is a duplicate)
      Map<String, Object> body = FactoringRequests.invoice(seller, buyer, (6000 + i) + ".00", "5000.00");
      body.put("recourse", false);
      return body;
    }).toList();

    Api rm = Api.on(port).as("rm");
    List<String> ids = Concurrently.run(APPLICATIONS, 8, i -> {
      var created = rm.post("/api/products/FACTORING/applications", bodies.get(i));
      assertThat(created.status()).as(created.toString()).isEqualTo(201);
      return created.json().path("id").asText();
    });

    await().atMost(Duration.ofSeconds(240)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
        assertThat(ids.stream().map(id -> rm.get("/api/applications/" + id).json())
            .filter(a -> !a.path("status").asText().equals("DISBURSED"))
            .map(a -> a.path("id").asText() + " " + a.path("status").asText() + " " + a.path("reason").asText())
            .toList()).as("applications not disbursed yet").isEmpty());

    List<String> instances = ids.stream().map(id -> runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey(id).processDefinitionKey("factoring").singleResult().getId()).toList();
    assertThat(instances.stream().mapToLong(pi -> runtimeService.createIncidentQuery().processInstanceId(pi).count())
        .sum()).as("incidents").isZero();
    assertThat(instances.stream().mapToLong(pi -> managementService.createJobQuery().processInstanceId(pi)
        .withException().count()).sum()).as("jobs that failed on the way").isZero();

    BigDecimal held = ids.stream().flatMap(id -> limits.reservationsOf(id).stream())
        .map(r -> r.getAmount()).reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal advanced = ids.stream().map(id -> bookings.disbursementsOf(id)).peek(d -> assertThat(d).hasSize(1))
        .map(d -> d.get(0)).map(Disbursement::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(utilised(seller)).isEqualByComparingTo(utilised(buyer));
    assertThat(utilised(seller).add(utilised(buyer))).as("both limits hold every application").isEqualByComparingTo(held);
    assertThat(utilised(seller)).isEqualByComparingTo(new BigDecimal("5000.00").multiply(BigDecimal.valueOf(APPLICATIONS)));
    assertThat(coreBanking.balance(Accounts.customer(seller), "USD")).as("the seller was paid each net advance once")
        .isEqualByComparingTo(advanced.negate());
    assertThat(ids).doesNotHaveDuplicates().allMatch(Objects::nonNull);
  }

  private String party(String id, String role, String kind, String limit) {
    Api.Response registered = Api.on(port).as("rm").post("/api/enterprises",
        Map.of("id", id, "name", "Burst " + id, "country", "VN", "role", role, "ratingGrade", "A"));
    assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
    Api.Response facility = Api.on(port).as("analyst").post("/api/facilities", Map.of("enterpriseId", id, "kind", kind,
        "currency", "USD", "limit", limit, "expiry", LocalDate.now().plusYears(1).toString()));
    assertThat(facility.status()).as(facility.toString()).isEqualTo(201);
    bureau.assign(id, "A");
    return id;
  }

  private BigDecimal utilised(String enterprise) {
    return new BigDecimal(Api.on(port).as("rm").get("/api/facilities?enterpriseId=" + enterprise).json().get(0)
        .path("utilised").asText());
  }
}
