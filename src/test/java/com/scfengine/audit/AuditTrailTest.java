package com.scfengine.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.scfengine.support.Api;
import com.scfengine.support.DatabaseTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Who changed what through the product's API, readable by administrators only. */
@DatabaseTest
class AuditTrailTest {

  @LocalServerPort int port;

  @Test
  void everyChangeAndEveryRefusedChangeIsRecordedWithItsUserAndReadsAreNot() {
    String id = "SME-AUD-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    Api designer = Api.on(port).as("designer");
    Api rm = Api.on(port).as("rm");
    var registered = rm.post("/api/enterprises", Map.of("id", id, "name", "Audited Exports Ltd", "country", "VN",
        "role", "SME"));
    assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
    var refused = rm.post("/api/enterprises", Map.of("id", id, "name", "", "country", "XX", "role", "SME"));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(rm.get("/api/enterprises/" + id).status()).isEqualTo(200);
    var notHis = designer.post("/api/enterprises", Map.of("id", id + "-D", "name", "Not mine", "country", "VN",
        "role", "SME"));
    assertThat(notHis.status()).isEqualTo(403);

    var page = Api.on(port).as("admin").get("/api/audit?user=rm&size=500");
    assertThat(page.status()).as(page.toString()).isEqualTo(200);
    List<String> calls = new ArrayList<>();
    for (JsonNode call : page.json().path("content")) {
      assertThat(call.path("user").asText()).isEqualTo("rm");
      assertThat(call.path("at").asText()).isNotBlank();
      calls.add(call.path("method").asText() + " " + call.path("path").asText() + " " + call.path("status").asInt());
    }
    assertThat(calls).as("newest first").containsSubsequence("POST /api/enterprises 400", "POST /api/enterprises 201");
    assertThat(calls).noneMatch(call -> call.startsWith("GET "));
    assertThat(page.json().path("page").path("totalElements").asLong()).isGreaterThanOrEqualTo(2);

    assertThat(rm.get("/api/audit").status()).as("administrators only").isEqualTo(403);
    assertThat(Api.on(port).get("/api/audit").status()).isEqualTo(401);
    assertThat(Api.on(port).as("admin").get("/api/audit?size=0").status()).isEqualTo(400);
  }
}
