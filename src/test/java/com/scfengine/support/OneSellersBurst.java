package com.scfengine.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One seller sends many invoices at once, to one buyer, without recourse (so both parties' limits are taken): the
 * scenario of a bank's largest client sending a batch. Everything goes through the HTTP API of one node or of several
 * sharing a database; {@link #assertAllFinancedOnce} then checks the outcome over HTTP and in the ledger's tables.
 */
public final class OneSellersBurst {

  /** The financed amount of each application. */
  public static final BigDecimal REQUESTED = new BigDecimal("5000.00");

  private final List<Api> nodes;
  private final String seller;
  private final String buyer;
  private final List<String> ids = new ArrayList<>();

  private OneSellersBurst(List<Api> nodes, String seller, String buyer) {
    this.nodes = nodes;
    this.seller = seller;
    this.buyer = buyer;
  }

  /** A new seller and buyer of random ids: {@link #newParties(List, String, String, java.util.function.Consumer)}. */
  public static OneSellersBurst newParties(List<Integer> ports, java.util.function.Consumer<String> rate) {
    String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    return newParties(ports, "SME-B" + suffix, "BUY-B" + suffix, rate);
  }

  /**
   * Registers the seller and buyer with limits of 1,000,000 USD each through the first node's API (its demo users);
   * {@code rate} gives them the credit port's grade A (the simulator's, where it is in reach).
   */
  public static OneSellersBurst newParties(List<Integer> ports, String seller, String buyer,
      java.util.function.Consumer<String> rate) {
    List<Api> nodes = ports.stream().map(Api::on).toList();
    OneSellersBurst burst = new OneSellersBurst(nodes, seller, buyer);
    burst.party(burst.seller, "SME", "OBLIGOR", rate);
    burst.party(burst.buyer, "CORE_ENTERPRISE", "DEBTOR", rate);
    return burst;
  }

  public String seller() {
    return seller;
  }

  public List<String> ids() {
    return ids;
  }

  /** Submits {@code count} distinct invoices from {@code clients} concurrent clients, spread over the nodes. */
  public OneSellersBurst submit(int count, int clients) throws Exception {
    List<String> made = Concurrently.run(count, clients, i -> {
      // distinct invoices: other numbers and other amounts (the same content under another number is a duplicate)
      Map<String, Object> body = FactoringRequests.invoice(seller, buyer, (6000 + i) + ".00", REQUESTED.toPlainString());
      body.put("recourse", false);
      var created = nodes.get(i % nodes.size()).as("rm").post("/api/products/FACTORING/applications", body);
      assertThat(created.status()).as(created.toString()).isEqualTo(201);
      return created.json().path("id").asText();
    });
    ids.addAll(made);
    return this;
  }

  /** Waits until every application is DISBURSED, naming those that are not when time runs out. */
  public OneSellersBurst awaitDisbursed(Duration atMost) {
    Api rm = nodes.get(0).as("rm");
    await().atMost(atMost).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
        assertThat(ids.stream().map(id -> rm.get("/api/applications/" + id).json())
            .filter(a -> !a.path("status").asText().equals("DISBURSED"))
            .map(a -> a.path("id").asText() + " " + a.path("status").asText() + " " + a.path("reason").asText())
            .toList()).as("applications not disbursed yet").isEmpty());
    return this;
  }

  /**
   * No incident and no failed job on any application; each limit holds every application's amount; the ledger (read in
   * {@code database}) has one disbursement per application and has paid the seller their sum.
   */
  public void assertAllFinancedOnce(Connection database) throws SQLException {
    Api admin = nodes.get(0).as("admin");
    List<String> failures = new ArrayList<>();
    for (String id : ids) {
      for (JsonNode instance : admin.get("/engine-rest/process-instance?businessKey=" + id).json()) {
        String pi = instance.path("id").asText();
        admin.get("/engine-rest/incident?processInstanceId=" + pi).json()
            .forEach(i -> failures.add(id + " incident: " + i.path("incidentMessage").asText()));
        admin.get("/engine-rest/job?withException=true&processInstanceId=" + pi).json()
            .forEach(j -> failures.add(id + " failed job: " + j.path("exceptionMessage").asText()));
      }
    }
    assertThat(failures).as("incidents and failed jobs").isEmpty();

    BigDecimal all = REQUESTED.multiply(BigDecimal.valueOf(ids.size()));
    assertThat(utilised(seller)).as("seller's limit").isEqualByComparingTo(all);
    assertThat(utilised(buyer)).as("buyer's limit").isEqualByComparingTo(all);

    String keys = String.join(",", ids.stream().map(id -> "?").toList());
    try (PreparedStatement bookings = database.prepareStatement("select count(*), count(distinct idempotency_key)"
        + " from sim_cb_booking where kind = 'DISBURSEMENT' and reference in (" + keys + ")")) {
      for (int i = 0; i < ids.size(); i++) {
        bookings.setString(i + 1, ids.get(i));
      }
      try (ResultSet row = bookings.executeQuery()) {
        row.next();
        assertThat(row.getInt(1)).as("disbursement bookings").isEqualTo(ids.size());
        assertThat(row.getInt(2)).as("distinct idempotency keys").isEqualTo(ids.size());
      }
    }
    try (PreparedStatement paid = database.prepareStatement("select sum(p.amount), count(*) from sim_cb_posting p"
        + " join sim_cb_booking b on b.id = p.booking_id where p.account = ? and p.side = 'CREDIT'"
        + " and b.kind = 'DISBURSEMENT'");
        PreparedStatement recorded = database.prepareStatement("select sum(amount) from disbursement"
            + " where application_id in (" + keys + ")")) {
      paid.setString(1, "CUSTOMER:" + seller);
      for (int i = 0; i < ids.size(); i++) {
        recorded.setString(i + 1, ids.get(i));
      }
      try (ResultSet ledger = paid.executeQuery(); ResultSet ours = recorded.executeQuery()) {
        ledger.next();
        ours.next();
        assertThat(ledger.getInt(2)).as("credits to the seller").isEqualTo(ids.size());
        assertThat(ledger.getBigDecimal(1)).as("the seller was paid each recorded net advance once")
            .isEqualByComparingTo(ours.getBigDecimal(1));
        assertThat(ours.getBigDecimal(1)).isPositive().isLessThan(all);
      }
    }
  }

  private void party(String id, String role, String kind, java.util.function.Consumer<String> rate) {
    Api.Response registered = nodes.get(0).as("rm").post("/api/enterprises",
        Map.of("id", id, "name", "Burst " + id, "country", "VN", "role", role, "ratingGrade", "A"));
    assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
    Api.Response facility = nodes.get(0).as("analyst").post("/api/facilities", Map.of("enterpriseId", id, "kind", kind,
        "currency", "USD", "limit", "1000000.00", "expiry", LocalDate.now().plusYears(1).toString()));
    assertThat(facility.status()).as(facility.toString()).isEqualTo(201);
    rate.accept(id);
  }

  private BigDecimal utilised(String enterprise) {
    return new BigDecimal(nodes.get(0).as("rm").get("/api/facilities?enterpriseId=" + enterprise).json().get(0)
        .path("utilised").asText());
  }
}
