package com.scfengine.supplychainfinance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.scfengine.enterprises.Enterprises;
import com.scfengine.registry.ReceivableRegistry;
import com.scfengine.support.Api;
import com.scfengine.support.DatabaseTest;
import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Programmes and payables over HTTP: an analyst opens a programme for a core enterprise of its own, its suppliers are
 * put on it, the core enterprise's user uploads payables as JSON or CSV — refused whole naming every bad line, taken
 * whole, recognised when sent again — and each supplier's user sees only its own payables. Users outside the bank
 * reach nothing else. Each test has its own core enterprise, suppliers and users. On H2 and, under {@code -Pmysql},
 * on MySQL.
 */
@DatabaseTest
class PayablesApiTest {

  @LocalServerPort int port;
  @Autowired Enterprises enterprises;
  @Autowired Programmes programmes;
  @Autowired IdentityService identityService;
  @Autowired ReceivableRegistry registry;

  private String suffix;
  private String core;
  private String supplierA;
  private String supplierB;
  private String outsider;
  private String programme;
  private String buyerUser;
  private String supplierUserA;
  private String supplierUserB;
  private LocalDate today;

  @BeforeEach
  void programmeWithTwoSuppliers() {
    today = LocalDate.now(ZoneOffset.UTC);
    suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    core = "CORE-" + suffix;
    supplierA = "SUPA-" + suffix;
    supplierB = "SUPB-" + suffix;
    outsider = "SUPC-" + suffix;
    enterprises.register(new Enterprises.Registration(core, "Core " + suffix, "CN", "CORE_ENTERPRISE", "AA", "0.002"));
    enterprises.register(new Enterprises.Registration(supplierA, "Supplier A " + suffix, "CN", "SME", "BB", "0.03"));
    enterprises.register(new Enterprises.Registration(supplierB, "Supplier B " + suffix, "VN", "SME", "BB", "0.03"));
    enterprises.register(new Enterprises.Registration(outsider, "Supplier C " + suffix, "VN", "SME", "BB", "0.03"));
    var opened = as("analyst").post("/api/programmes", Map.of("id", "PRG-" + suffix, "name", "Programme " + suffix,
        "coreEnterpriseId", core, "currency", "USD", "limit", "1000000.00",
        "expiry", today.plusYears(1).toString(), "maxTenorDays", 120, "baseRate", "0.05"));
    assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
    programme = opened.json().path("id").asText();
    programmes.enrol(programme, new Programmes.NewSupplier(supplierA, "ACC-A", false), "onboarded for the test");
    programmes.enrol(programme, new Programmes.NewSupplier(supplierB, "ACC-B", false), "onboarded for the test");
    buyerUser = user("buyer-" + suffix, "core-enterprises", core);
    supplierUserA = user("supa-" + suffix, "suppliers", supplierA);
    supplierUserB = user("supb-" + suffix, "suppliers", supplierB);
  }

  @Test
  void anAnalystOpensAProgrammeOnTheCoreEnterprisesOwnLimit() {
    JsonNode view = as("analyst").get("/api/programmes/" + programme).json();
    assertThat(view.path("coreEnterpriseId").asText()).isEqualTo(core);
    assertThat(view.path("limit").decimalValue()).isEqualByComparingTo("1000000.00");
    assertThat(view.path("available").decimalValue()).isEqualByComparingTo("1000000.00");
    assertThat(view.path("utilised").decimalValue()).isZero();
    assertThat(view.path("suppliers")).hasSize(2);
    assertThat(view.path("suppliers").get(0).path("status").asText()).isEqualTo("ACTIVE");
    JsonNode facility = as("analyst").get("/api/facilities/" + view.path("facilityId").asText()).json();
    assertThat(facility.path("kind").asText()).isEqualTo("PROGRAMME");
    assertThat(facility.path("enterpriseId").asText()).isEqualTo(core);

    var bad = as("analyst").post("/api/programmes", Map.of("coreEnterpriseId", supplierA, "currency", "usd",
        "limit", "10.001", "expiry", today.minusDays(1).toString(), "maxTenorDays", 0));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(fields(bad.json())).contains("name", "coreEnterpriseId", "limit", "expiry", "maxTenorDays");
    assertThat(as("rm").post("/api/programmes", Map.of("name", "x")).status()).as("analysts open programmes")
        .isEqualTo(403);
    assertThat(as(buyerUser).post("/api/programmes", Map.of("name", "x")).status()).isEqualTo(403);
  }

  @Test
  void aFileWithAnyBadLineIsRefusedWholeNamingEveryBadLine() {
    String csv = String.join("\n",
        "supplierId,invoiceNumber,amount,currency,issueDate,dueDate",
        line(supplierA, "INV-1", "1000.00", "USD", 0, 60),            // 2: good
        line("NOBODY-" + suffix, "INV-2", "1000.00", "USD", 0, 60),   // 3: unknown supplier
        line(outsider, "INV-3", "1000.00", "USD", 0, 60),             // 4: not on the programme
        line(supplierA, "INV-4", "1000.00", "EUR", 0, 60),            // 5: wrong currency
        line(supplierA, "INV-5", "1000.00", "USD", 0, 200),           // 6: beyond the programme's tenor
        line(supplierA, "INV-6", "1000.001", "USD", 0, 60),           // 7: amount scale
        line(supplierA, "inv 1", "1000.00", "USD", 0, 60),            // 8: INV-1 again, spelled differently
        line(supplierB, "INV-9", "1000.00", "USD", 0, 60));           // 9: good
    var refused = csv(buyerUser, csv);
    assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(fields(refused.json())).containsExactly("lines[3].supplierId", "lines[4].supplierId",
        "lines[5].currency", "lines[6].dueDate", "lines[7].amount", "lines[8].invoiceNumber");
    assertThat(refused.body()).contains("unknown supplier").contains("not on programme").contains("in the file twice");
    assertThat(payables(buyerUser, null).path("content")).as("nothing of it is registered").isEmpty();
    assertThat(registry.liveAmong(List.of(registry.keyOf(supplierA, core, "INV-1")))).isEmpty();
  }

  @Test
  void aGoodFileIsTakenWholeAndTheSameFileAgainAnswersWithTheFirstUpload() {
    String csv = String.join("\n",
        "supplierId,invoiceNumber,amount,currency,issueDate,dueDate",
        line(supplierA, "INV-1", "1000.00", "USD", -5, 60),
        line(supplierA, "INV-2", "1000.00", "USD", -5, 60),   // same content, another number: a different payable
        line(supplierB, "INV-1", "2500.50", "USD", -2, 90));
    var first = csv(buyerUser, csv);
    assertThat(first.status()).as(first.toString()).isEqualTo(201);
    assertThat(first.json().path("count").asInt()).isEqualTo(3);
    assertThat(first.json().path("totalAmount").decimalValue()).isEqualByComparingTo("4500.50");
    var again = csv(buyerUser, csv);
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.json().path("uploadId").asText()).isEqualTo(first.json().path("uploadId").asText());
    assertThat(again.json().path("repeated").asBoolean()).isTrue();
    assertThat(payables(buyerUser, null).path("page").path("totalElements").asInt()).isEqualTo(3);

    var json = as(buyerUser).post("/api/programmes/" + programme + "/payables", List.of(Map.of(
        "supplierId", supplierB, "invoiceNumber", "INV-77", "amount", 750.25, "currency", "USD",
        "issueDate", today.toString(), "dueDate", today.plusDays(30).toString())));
    assertThat(json.status()).as(json.toString()).isEqualTo(201);
    var registeredAlready = as(buyerUser).post("/api/programmes/" + programme + "/payables", List.of(Map.of(
        "supplierId", supplierB, "invoiceNumber", "inv-77", "amount", "750.25", "currency", "USD",
        "issueDate", today.toString(), "dueDate", today.plusDays(31).toString())));
    assertThat(registeredAlready.status()).isEqualTo(400);
    assertThat(fields(registeredAlready.json())).containsExactly("lines[1].invoiceNumber");
    assertThat(registeredAlready.body()).contains("registered already");

    JsonNode one = null;
    for (JsonNode payable : payables(buyerUser, supplierB).path("content")) {
      if (payable.path("invoiceNumber").asText().equals("INV-1")) {
        one = payable;
      }
    }
    assertThat(one).as("INV-1 of supplier B").isNotNull();
    assertThat(one.path("status").asText()).isEqualTo("OPEN");
    assertThat(one.path("amount").decimalValue()).isEqualByComparingTo("2500.50");
    assertThat(one.path("programmeId").asText()).isEqualTo(programme);
  }

  @Test
  void eachSupplierSeesOnlyItsOwnPayablesAndOutsidersReachNothingElse() {
    var uploaded = csv(buyerUser, String.join("\n",
        "supplierId,invoiceNumber,amount,currency,issueDate,dueDate",
        line(supplierA, "A-1", "1000.00", "USD", 0, 60),
        line(supplierB, "B-1", "2000.00", "USD", 0, 60)));
    assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);

    JsonNode ownA = payables(supplierUserA, null);
    assertThat(ownA.path("content")).hasSize(1);
    assertThat(ownA.path("content").get(0).path("supplierId").asText()).isEqualTo(supplierA);
    String payableOfB = payables(supplierUserB, null).path("content").get(0).path("id").asText();
    assertThat(as(supplierUserA).get("/api/payables/" + payableOfB).status()).as("another supplier's payable")
        .isEqualTo(404);
    assertThat(as(supplierUserA).get("/api/programmes/" + programme + "/payables?supplierId=" + supplierB).status())
        .isEqualTo(404);
    assertThat(as(supplierUserA).post("/api/payables/early-payment", Map.of("payableIds", List.of(payableOfB)))
        .status()).as("nor can it be financed by another").isEqualTo(404);
    assertThat(as(buyerUser).get("/api/programmes/" + programme + "/payables").json().path("content")).hasSize(2);

    assertThat(as(supplierUserA).get("/api/applications").status()).as("outside the bank").isEqualTo(403);
    assertThat(as(supplierUserA).get("/api/enterprises/" + core).status()).isEqualTo(403);
    assertThat(as(buyerUser).get("/engine-rest/task").status()).isEqualTo(403);
    assertThat(as(supplierUserA).post("/api/programmes/" + programme + "/payables", List.of()).status())
        .as("suppliers do not upload").isEqualTo(403);
    String otherCore = user("buyer2-" + suffix, "core-enterprises", "CORE-OTHER-" + suffix);
    assertThat(as(otherCore).get("/api/programmes/" + programme).status()).isEqualTo(404);
    assertThat(as(otherCore).post("/api/programmes/" + programme + "/payables", List.of()).status())
        .isIn(403, 404);
  }

  @Test
  void aSupplierIsPaidEarlyStraightThroughAndAnAutoDiscountSupplierOnUpload() {
    String auto = "SUPD-" + suffix;
    enterprises.register(new Enterprises.Registration(auto, "Supplier D " + suffix, "CN", "SME", "BB", "0.03"));
    programmes.enrol(programme, new Programmes.NewSupplier(auto, "ACC-D", true), "onboarded for the test");
    var uploaded = csv(buyerUser, String.join("\n",
        "supplierId,invoiceNumber,amount,currency,issueDate,dueDate",
        line(supplierA, "A-1", "10000.00", "USD", 0, 60),
        line(auto, "D-1", "20000.00", "USD", 0, 90)));
    assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
    assertThat(uploaded.json().path("autoDiscounted")).as("supplier D's payable, on upload").hasSize(1);

    String payable = payables(supplierUserA, null).path("content").get(0).path("id").asText();
    var asked = as(supplierUserA).post("/api/payables/early-payment", Map.of("payableIds", List.of(payable)));
    assertThat(asked.status()).as(asked.toString()).isEqualTo(201);
    String application = asked.json().get(0).path("applicationId").asText();
    JsonNode financed = awaitStatus(supplierUserA, payable, "FINANCED");
    assertThat(financed.path("applicationId").asText()).isEqualTo(application);
    assertThat(financed.path("discount").decimalValue().signum()).isPositive();
    assertThat(financed.path("paidToSupplier").decimalValue())
        .isEqualByComparingTo(new java.math.BigDecimal("10000.00").subtract(financed.path("discount").decimalValue()));
    assertThat(as("analyst").get("/api/applications/" + application).json().path("status").asText())
        .isEqualTo("DISBURSED");
    assertThat(as(supplierUserA).post("/api/payables/early-payment", Map.of("payableIds", List.of(payable))).status())
        .as("financed once").isEqualTo(409);

    String autoPayable = uploaded.json().path("autoDiscounted").get(0).path("payableId").asText();
    awaitStatus(buyerUser, autoPayable, "FINANCED");
    assertThat(as("analyst").get("/api/programmes/" + programme).json().path("utilised").decimalValue())
        .isEqualByComparingTo("30000.00");
  }

  private JsonNode awaitStatus(String user, String payable, String status) {
    return org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
        .pollInterval(java.time.Duration.ofMillis(200))
        .until(() -> as(user).get("/api/payables/" + payable).json(), view -> view.path("status").asText()
            .equals(status));
  }

  // ---------------------------------------------------------------- helpers

  private Api as(String user) {
    return Api.on(port).as(user);
  }

  private Api.Response csv(String user, String body) {
    Api api = as(user);
    return api.send(api.request("/api/programmes/" + programme + "/payables").header("Content-Type", "text/csv")
        .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  private JsonNode payables(String user, String supplierId) {
    var page = as(user).get("/api/programmes/" + programme + "/payables"
        + (supplierId == null ? "" : "?supplierId=" + supplierId));
    assertThat(page.status()).as(page.toString()).isEqualTo(200);
    return page.json();
  }

  /** A CSV line issued {@code issuedIn} days from today and due {@code dueIn} days from today. */
  private String line(String supplier, String number, String amount, String currency, int issuedIn, int dueIn) {
    return String.join(",", supplier, number, amount, currency, today.plusDays(issuedIn).toString(),
        today.plusDays(dueIn).toString());
  }

  /** A user (password = id) in {@code role}, acting for {@code enterprise}. */
  private String user(String id, String role, String enterprise) {
    User user = identityService.newUser(id);
    user.setPassword(id);
    identityService.saveUser(user);
    identityService.createMembership(id, role);
    if (identityService.createGroupQuery().groupId(enterprise).count() == 0) {
      Group group = identityService.newGroup(enterprise);
      group.setName(enterprise);
      group.setType(EnterpriseUsers.GROUP_TYPE);
      identityService.saveGroup(group);
    }
    identityService.createMembership(id, enterprise);
    return id;
  }

  private static List<String> fields(JsonNode problem) {
    List<String> fields = new ArrayList<>();
    problem.path("errors").forEach(e -> fields.add(e.path("field").asText()));
    return fields;
  }
}
