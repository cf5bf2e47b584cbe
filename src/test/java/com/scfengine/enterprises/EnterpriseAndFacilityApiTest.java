package com.scfengine.enterprises;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.scfengine.support.Api;
import com.scfengine.support.DatabaseTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Enterprises and facilities over HTTP: roles, validation naming every bad field, 409, nothing written. */
@DatabaseTest
class EnterpriseAndFacilityApiTest {

  @LocalServerPort int port;
  @Autowired EnterpriseRepository enterprises;

  private static String newId() {
    return "SME-T" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
  }

  @Test
  void aRelationshipManagerRegistersAnEnterpriseAndAnAnalystGivesItAFacility() {
    String id = newId();
    var created = Api.on(port).as("rm").post("/api/enterprises",
        Map.of("id", id, "name", "Ningbo Valves Co.", "country", "CN", "role", "SME", "ratingGrade", "BBB"));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(created.location()).endsWith("/api/enterprises/" + id);

    var facility = Api.on(port).as("analyst").post("/api/facilities", Map.of("enterpriseId", id, "kind", "OBLIGOR",
        "currency", "USD", "limit", "250000.00", "expiry", "2030-12-31"));
    assertThat(facility.status()).as(facility.toString()).isEqualTo(201);
    JsonNode body = facility.json();
    assertThat(body.path("utilised").decimalValue()).isEqualByComparingTo("0");
    assertThat(body.path("available").asText()).isEqualTo("250000.00");

    var read = Api.on(port).as("ops").get("/api/facilities/" + body.path("id").asText());
    assertThat(read.json().path("limit").asText()).isEqualTo("250000.00");
    var enterprise = Api.on(port).as("ops").get("/api/enterprises/" + id).json();
    assertThat(enterprise.path("ratingGrade").asText()).isEqualTo("BBB");
    assertThat(enterprise.path("facilities").get(0).path("available").asText()).isEqualTo("250000.00");
  }

  @Test
  void everyBadFieldIsNamedAndNothingIsWritten() {
    String id = newId();
    var refused = Api.on(port).as("rm").post("/api/enterprises",
        Map.of("id", id, "country", "XX", "role", "PIRATE", "probabilityOfDefault", "1.5"));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(fields(refused.json())).containsExactlyInAnyOrder("name", "country", "role", "probabilityOfDefault");
    assertThat(enterprises.existsById(id)).isFalse();
  }

  @Test
  void badFacilitiesAreRefusedNamingEachField() {
    var refused = Api.on(port).as("analyst").post("/api/facilities", Map.of("enterpriseId", "NOBODY", "kind", "OBLIGOR",
        "currency", "XYZ", "limit", "-5", "expiry", "2027-02-30"));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(fields(refused.json())).containsExactlyInAnyOrder("enterpriseId", "currency", "limit", "expiry");
    assertThat(refused.json().path("detail").asText()).contains("2027-02-30");

    var tooPrecise = Api.on(port).as("analyst").post("/api/facilities", Map.of("enterpriseId", "SME-001",
        "kind", "OBLIGOR", "currency", "JPY", "limit", "100.5", "expiry", "2030-01-01"));
    assertThat(fields(tooPrecise.json())).containsExactly("limit");
  }

  @Test
  void unknownFieldsAndDuplicatesAreRefused() {
    var unknown = Api.on(port).as("rm").post("/api/enterprises",
        Map.of("id", newId(), "name", "X", "country", "CN", "role", "SME", "colour", "red"));
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(fields(unknown.json())).containsExactly("colour");

    var duplicate = Api.on(port).as("rm").post("/api/enterprises",
        Map.of("id", "SME-001", "name", "Again", "country", "CN", "role", "SME"));
    assertThat(duplicate.status()).isEqualTo(409);
    assertThat(duplicate.json().path("detail").asText()).contains("SME-001");
  }

  @Test
  void onlyRelationshipManagersRegisterAndOnlyAnalystsSetLimits() {
    assertThat(Api.on(port).as("analyst").post("/api/enterprises",
        Map.of("id", newId(), "name", "X", "country", "CN", "role", "SME")).status()).isEqualTo(403);
    assertThat(Api.on(port).as("rm").post("/api/facilities", Map.of("enterpriseId", "SME-001", "kind", "OBLIGOR",
        "currency", "USD", "limit", "1", "expiry", "2030-01-01")).status()).isEqualTo(403);
  }

  @Test
  void unknownRecordsAre404ProblemDocuments() {
    var missing = Api.on(port).as("rm").get("/api/enterprises/NOPE-404");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.contentType()).startsWith("application/problem+json");
  }

  static List<String> fields(JsonNode problem) {
    List<String> names = new ArrayList<>();
    problem.path("errors").forEach(e -> names.add(e.path("field").asText()));
    return names;
  }
}
