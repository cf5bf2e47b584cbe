package com.scfengine.forfaiting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.scfengine.support.Api;
import com.scfengine.support.DatabaseTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@code POST /api/forfaiting/quotes} through the real HTTP port, security and pricing table: a quote at a given rate
 * to the cent, a quote at the rate the table gives for a guarantor bank, a guarantor the table does not take, bad
 * bodies named field by field, and who may ask. Value dates lie a week ahead, so the day counts do not depend on the
 * day the test runs.
 */
@DatabaseTest
class ForfaitingQuoteApiTest {

  private static final String QUOTES = "/api/forfaiting/quotes";

  @LocalServerPort int port;

  private final LocalDate valueDate = LocalDate.now().plusDays(7);

  @Test
  void aQuoteAtAGivenRateIsPricedToTheCent() {
    // USD, ACT/360, straight discount at 5.75 % p.a., 3 grace days (USD's default), two instalments of 250,000.00
    // maturing 183 and 365 days after the value date:
    //   1: d = 183 + 3 = 186; D = 250,000 × 0.0575 × 186 / 360 = 2,673,750 / 360 = 7,427.0833… → 7,427.08;
    //      proceeds 242,572.92
    //   2: d = 365 + 3 = 368; D = 14,375 × 368 / 360 = 5,290,000 / 360 = 14,694.4444… → 14,694.44; proceeds 235,305.56
    //   totals: face 500,000.00, discount 22,121.52, proceeds 477,878.48
    var answer = Api.on(port).as("rm").post(QUOTES, body(Map.of("discountRate", new BigDecimal("0.0575")),
        instrument("BE-1", "250000.00", valueDate.plusDays(183)),
        instrument(null, "250000.00", valueDate.plusDays(365))));

    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    JsonNode quote = answer.json();
    assertThat(quote.path("currency").asText()).isEqualTo("USD");
    assertThat(quote.path("valueDate").asText()).isEqualTo(valueDate.toString());
    assertThat(quote.path("method").asText()).isEqualTo("STRAIGHT_DISCOUNT");
    assertThat(quote.path("discountRate").decimalValue()).isEqualByComparingTo("0.0575");
    assertThat(quote.path("dayBasis").asInt()).isEqualTo(360);
    assertThat(quote.path("graceDays").asInt()).isEqualTo(3);
    JsonNode first = quote.path("instruments").path(0);
    JsonNode second = quote.path("instruments").path(1);
    assertThat(first.path("number").asText()).isEqualTo("BE-1");
    assertThat(first.path("maturityDate").asText()).isEqualTo(valueDate.plusDays(183).toString());
    assertThat(first.path("discountDays").asInt()).isEqualTo(186);
    assertThat(first.path("discount").isNumber()).isTrue();
    assertThat(first.path("discount").asText()).isEqualTo("7427.08");
    assertThat(first.path("proceeds").asText()).isEqualTo("242572.92");
    assertThat(second.path("number").asText()).isEqualTo("2");
    assertThat(second.path("discountDays").asInt()).isEqualTo(368);
    assertThat(second.path("discount").asText()).isEqualTo("14694.44");
    assertThat(second.path("proceeds").asText()).isEqualTo("235305.56");
    assertThat(quote.path("totalFace").asText()).isEqualTo("500000.00");
    assertThat(quote.path("totalDiscount").asText()).isEqualTo("22121.52");
    assertThat(quote.path("totalProceeds").asText()).isEqualTo("477878.48");
  }

  @Test
  void withoutARateTheGuarantorBankIsPricedByTheTable() {
    // an A-rated bank in Germany (country risk class 1): margin 0.0150 + USD base rate 0.0450 = 0.0600
    // one note of 100,000.00 maturing 90 days after the value date, + 3 grace days = 93:
    //   D = 100,000 × 0.06 × 93 / 360 = 558,000 / 360 = 1,550.00; proceeds 98,450.00
    String bank = bank("DE", "A");
    var answer = Api.on(port).as("ops").post(QUOTES, body(Map.of("guarantorBankId", bank),
        instrument("PN-1", "100000.00", valueDate.plusDays(90))));

    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    JsonNode quote = answer.json();
    assertThat(quote.path("discountRate").decimalValue()).isEqualByComparingTo("0.0600");
    assertThat(quote.path("instruments").path(0).path("discountDays").asInt()).isEqualTo(93);
    assertThat(quote.path("totalDiscount").asText()).isEqualTo("1550.00");
    assertThat(quote.path("totalProceeds").asText()).isEqualTo("98450.00");
  }

  @Test
  void aGuarantorTheTableDoesNotTakeIsAnsweredWithItsReason() {
    var weak = Api.on(port).as("rm").post(QUOTES, body(Map.of("guarantorBankId", bank("US", "CCC")),
        instrument(null, "100000.00", valueDate.plusDays(180))));

    assertThat(weak.status()).as(weak.toString()).isEqualTo(422);
    assertThat(weak.contentType()).startsWith("application/problem+json");
    assertThat(weak.json().path("detail").asText())
        .isEqualTo("The guarantor bank is rated B or below: its aval is not bought without recourse");

    var riskyCountry = Api.on(port).as("rm").post(QUOTES, body(Map.of("guarantorBankId", bank("NG", "AA")),
        instrument(null, "100000.00", valueDate.plusDays(180))));
    assertThat(riskyCountry.status()).as(riskyCountry.toString()).isEqualTo(422);
    assertThat(riskyCountry.json().path("detail").asText()).contains("risk class 6 or 7");
  }

  @Test
  void aBadBodyIsRefusedNamingEveryBadField() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("currency", "USD");
    body.put("valueDate", LocalDate.now().minusDays(2).toString());
    body.put("discountRate", new BigDecimal("1.5"));
    body.put("method", "BULLET");
    body.put("graceDays", -1);
    body.put("fee", 100);
    body.put("instruments", List.of(
        Map.of("faceAmount", new BigDecimal("100.001"), "maturityDate", valueDate.plusDays(90).toString()),
        Map.of("faceAmount", 0, "maturityDate", LocalDate.now().minusDays(3).toString()),
        Map.of("faceAmount", "100.00", "maturityDate", "next year", "colour", "red")));

    var answer = Api.on(port).as("rm").post(QUOTES, body);

    assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    assertThat(fields(answer)).containsExactlyInAnyOrder("fee", "valueDate", "method", "discountRate", "graceDays",
        "instruments[0].faceAmount", "instruments[1].faceAmount", "instruments[1].maturityDate",
        "instruments[2].colour", "instruments[2].maturityDate");
  }

  @Test
  void aQuoteNeedsARateOrAGuarantorBankAndAtMostTwentyInstruments() {
    var noRate = Api.on(port).as("rm").post(QUOTES, body(Map.of(),
        instrument(null, "100000.00", valueDate.plusDays(90))));
    assertThat(noRate.status()).as(noRate.toString()).isEqualTo(400);
    assertThat(fields(noRate)).containsExactly("discountRate");

    var unknown = Api.on(port).as("rm").post(QUOTES, body(Map.of("guarantorBankId", "NO-SUCH-BANK"),
        instrument(null, "100000.00", valueDate.plusDays(90))));
    assertThat(unknown.status()).as(unknown.toString()).isEqualTo(400);
    assertThat(fields(unknown)).containsExactly("guarantorBankId");

    var notABank = Api.on(port).as("rm").post(QUOTES, body(Map.of("guarantorBankId", enterprise("DE", "SME", "A")),
        instrument(null, "100000.00", valueDate.plusDays(90))));
    assertThat(notABank.status()).as(notABank.toString()).isEqualTo(400);
    assertThat(fields(notABank)).containsExactly("guarantorBankId");

    Map<String, Object> tooMany = body(Map.of("discountRate", "0.05"));
    tooMany.put("instruments", Collections.nCopies(21, instrument(null, "1000.00", valueDate.plusDays(90))));
    var answer = Api.on(port).as("rm").post(QUOTES, tooMany);
    assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
    assertThat(fields(answer)).containsExactly("instruments");

    Map<String, Object> none = body(Map.of("discountRate", "0.05"));
    none.put("instruments", List.of());
    assertThat(fields(Api.on(port).as("rm").post(QUOTES, none))).containsExactly("instruments");

    Map<String, Object> unknownCurrency = body(Map.of("discountRate", "0.05", "currency", "XYZ"),
        instrument(null, "100000.00", valueDate.plusDays(90)));
    assertThat(fields(Api.on(port).as("rm").post(QUOTES, unknownCurrency))).containsExactly("currency");
  }

  @Test
  void onlyRelationshipManagersTradeOperationsAndAdministratorsAskForQuotes() {
    Map<String, Object> body = body(Map.of("discountRate", "0.05"),
        instrument(null, "100000.00", valueDate.plusDays(90)));

    assertThat(Api.on(port).as("analyst").post(QUOTES, body).status()).isEqualTo(403);
    assertThat(Api.on(port).post(QUOTES, body).status()).isEqualTo(401);
    assertThat(Api.on(port).as("admin").post(QUOTES, body).status()).isEqualTo(200);
  }

  // ------------------------------------------------------------------ helpers

  /** A straight-discount USD quote on the value date, with {@code fields} added or replaced. */
  private Map<String, Object> body(Map<String, Object> fields, Map<?, ?>... instruments) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("currency", "USD");
    body.put("valueDate", valueDate.toString());
    body.put("method", "STRAIGHT_DISCOUNT");
    body.putAll(fields);
    body.put("instruments", List.of(instruments));
    return body;
  }

  private static Map<String, Object> instrument(String number, String face, LocalDate maturity) {
    Map<String, Object> instrument = new LinkedHashMap<>();
    if (number != null) {
      instrument.put("number", number);
    }
    instrument.put("faceAmount", new BigDecimal(face));
    instrument.put("maturityDate", maturity.toString());
    return instrument;
  }

  /** A new guarantor bank of this country and rating, registered by a relationship manager. */
  private String bank(String country, String rating) {
    return enterprise(country, "BANK", rating);
  }

  private String enterprise(String country, String role, String rating) {
    String id = "FFT-" + role + "-" + UUID.randomUUID().toString().substring(0, 8);
    var created = Api.on(port).as("rm").post("/api/enterprises", Map.of("id", id, "name", "Quote test " + id,
        "country", country, "role", role, "ratingGrade", rating));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return id;
  }

  private static List<String> fields(Api.Response answer) {
    List<String> fields = new ArrayList<>();
    answer.json().path("errors").forEach(error -> fields.add(error.path("field").asText()));
    return fields;
  }
}
