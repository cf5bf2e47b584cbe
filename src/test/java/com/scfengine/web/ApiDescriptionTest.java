package com.scfengine.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.scfengine.security.ApiAccess;
import com.scfengine.support.Api;
import com.scfengine.support.DatabaseTest;
import com.scfengine.support.Workflow;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The OpenAPI description of {@code /api} keeps step with the controllers: every handler is described and nothing
 * else, every operation names its roles and its problem+json refusals, every request example is accepted by the
 * running application, and only signed-in bank users read the description.
 */
@DatabaseTest
class ApiDescriptionTest {

  private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

  /** The demo user who holds each role (password = user name). */
  private static final Map<String, String> DEMO_USER = Map.of("relationship-managers", "rm",
      "credit-analysts", "analyst", "trade-operations", "ops", "treasury", "treasury", "product-designers",
      "designer", "core-enterprises", "buyer", "suppliers", "supplier", "camunda-admin", "admin");

  @LocalServerPort int port;
  @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mvc;

  private Api as(String user) {
    return Api.on(port).as(user);
  }

  private JsonNode description() {
    var answer = as("analyst").get("/v3/api-docs");
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    return answer.json();
  }

  @Test
  void everyApiHandlerIsDescribedAndEveryDescribedOperationIsAHandler() {
    Set<String> handlers = new TreeSet<>();
    mvc.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().stream()
        .filter(path -> path.startsWith("/api/"))
        .forEach(path -> info.getMethodsCondition().getMethods()
            .forEach(method -> handlers.add(method.name() + " " + path))));
    Set<String> described = new TreeSet<>();
    description().path("paths").properties().forEach(path -> path.getValue().properties().stream()
        .filter(operation -> METHODS.contains(operation.getKey()))
        .forEach(operation -> described.add(operation.getKey().toUpperCase() + " " + path.getKey())));

    assertThat(handlers).contains("POST /api/products/{code}/applications", "GET /api/calendars/{currency}",
        "POST /api/letters-of-credit/incoming", "POST /api/payables/early-payment");
    assertThat(described).as("described operations").isEqualTo(handlers);
  }

  @Test
  void everyOperationHasASummaryItsRolesAndProblemAnswers() {
    JsonNode description = description();
    assertThat(description.at("/components/securitySchemes/basic/scheme").asText()).isEqualTo("basic");
    assertThat(description.at("/security/0").has("basic")).isTrue();
    JsonNode problem = description.at("/components/schemas/Problem/properties");
    assertThat(problem.has("title") && problem.has("status") && problem.has("detail")).as(problem.toString()).isTrue();
    assertThat(problem.at("/errors/items/properties").has("field")).isTrue();
    assertThat(problem.at("/errors/items/properties").has("message")).isTrue();

    List<String> wrong = new ArrayList<>();
    operations(description).forEach((key, operation) -> {
      String method = key.substring(0, key.indexOf(' '));
      String path = key.substring(key.indexOf(' ') + 1);
      if (operation.path("summary").asText().isBlank()) {
        wrong.add(key + ": no summary");
      }
      List<String> roles = new ArrayList<>();
      operation.path("x-roles").forEach(role -> roles.add(role.asText()));
      ApiAccess.Rule rule = ApiAccess.ruleFor(HttpMethod.valueOf(method), path);
      if (!roles.equals(rule.roleNames())) {
        wrong.add(key + ": x-roles " + roles + ", but the security rules say " + rule.roleNames());
      }
      if (!operation.path("description").asText().contains("Roles: ")) {
        wrong.add(key + ": the description does not name the roles");
      }
      JsonNode responses = operation.path("responses");
      if (responses.properties().stream().noneMatch(r -> r.getKey().startsWith("2"))) {
        wrong.add(key + ": no success response");
      }
      boolean anyone = rule.audience() == ApiAccess.Audience.ANY_SIGNED_IN;
      for (String status : anyone ? List.of("401") : List.of("401", "403")) {
        if (!responses.has(status)) {
          wrong.add(key + ": no " + status);
        }
      }
      if (path.contains("{") && !responses.has("404")) {
        wrong.add(key + ": no 404 though its path names a record");
      }
      if (operation.has("requestBody") && !responses.has("400")) {
        wrong.add(key + ": takes a body but has no 400");
      }
      responses.properties().stream().filter(r -> r.getKey().startsWith("4")).forEach(r -> {
        String schema = r.getValue().at("/content/application~1problem+json/schema/$ref").asText();
        if (!schema.equals("#/components/schemas/Problem") || r.getValue().at("/content").size() != 1) {
          wrong.add(key + ": " + r.getKey() + " is not answered as the shared problem+json schema: " + r.getValue());
        }
      });
    });
    assertThat(wrong).isEmpty();
  }

  @Test
  void theRolesEachOperationNamesAreTheOnesTheApiEnforces() {
    List<String> wrong = new ArrayList<>();
    operations(description()).forEach((key, operation) -> {
      List<String> roles = new ArrayList<>();
      operation.path("x-roles").forEach(role -> roles.add(role.asText()));
      String target = key.substring(key.indexOf(' ') + 1).replaceAll("\\{[^}]+}", "X-1");
      String method = key.substring(0, key.indexOf(' '));
      // a demo user holding none of the named roles is refused before anything is read or written
      DEMO_USER.entrySet().stream().filter(user -> !roles.contains(user.getKey())).map(Map.Entry::getValue)
          .sorted().findFirst().ifPresent(user -> {
            var answer = as(user).send(as(user).request(target).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString("{}")));
            if (answer.status() != 403) {
              wrong.add(key + " as " + user + " (" + DEMO_USER.entrySet().stream().filter(e -> e.getValue()
                  .equals(user)).findFirst().orElseThrow().getKey() + "): " + answer.status());
            }
          });
    });
    assertThat(wrong).as("operations open to a role they do not name").isEmpty();
  }

  @Test
  void everyRequestBodyExampleIsAcceptedByTheRunningApplication() {
    JsonNode description = description();
    record Example(String method, String path, String mediaType, String name, JsonNode value, List<String> roles) {}
    List<Example> examples = new ArrayList<>();
    List<String> withoutExamples = new ArrayList<>();
    operations(description).forEach((key, operation) -> {
      JsonNode content = operation.at("/requestBody/content");
      List<String> roles = new ArrayList<>();
      operation.path("x-roles").forEach(role -> roles.add(role.asText()));
      content.properties().forEach(media -> {
        if (media.getKey().equals("multipart/form-data")) {
          return; // product bundles: BPMN, DMN and form files, described by their schema
        }
        if (media.getValue().path("examples").isEmpty()) {
          withoutExamples.add(key + " " + media.getKey());
        }
        media.getValue().path("examples").properties().forEach(example -> examples.add(new Example(
            key.substring(0, key.indexOf(' ')), key.substring(key.indexOf(' ') + 1), media.getKey(), example.getKey(),
            example.getValue().path("value"), roles)));
      });
    });
    assertThat(withoutExamples).as("request bodies without an example").isEmpty();
    assertThat(examples).extracting(Example::name).contains("FACTORING", "FORFAITING", "IMPORT_LC", "PO_FINANCE");
    assertThat(examples).extracting(e -> e.path() + " " + e.mediaType()).contains(
        "/api/programmes/{id}/payables application/json", "/api/programmes/{id}/payables text/csv",
        "/api/letters-of-credit/incoming text/plain");

    // first what the others refer to: the enterprise and its facility, then the applications of each product
    examples.sort(Comparator.comparing((Example e) -> e.path().startsWith("/api/enterprises") ? 0
        : e.path().startsWith("/api/facilities") ? 1 : e.path().startsWith("/api/products/") ? 2 : 3)
        .thenComparing(Example::path));
    Map<String, String> applicationOf = new HashMap<>();
    List<String> refused = new ArrayList<>();
    boolean lettersOfCreditIssued = false;
    for (Example example : examples) {
      String path = example.path();
      if (path.startsWith("/api/letters-of-credit/{id}") && !lettersOfCreditIssued) {
        Workflow.awaitStatus(Api.on(port), applicationOf.get("IMPORT_LC"), "ISSUED");
        lettersOfCreditIssued = true;
      }
      String target = path.replace("/api/products/{code}", "/api/products/" + example.name())
          .replace("/api/programmes/{id}", "/api/programmes/PRG-CORE-001-USD")
          .replace("/api/letters-of-credit/{id}", "/api/letters-of-credit/" + applicationOf.get("IMPORT_LC"))
          .replace("/api/applications/{id}/instruments/{number}",
              "/api/applications/" + applicationOf.get("FORFAITING") + "/instruments/BE-1")
          .replace("/api/applications/{id}", "/api/applications/" + applicationOf.get("FACTORING"))
          .replace("{number}", "1");
      assertThat(target).as("every path variable has a value").doesNotContain("{").doesNotContain("null");
      String user = example.roles().stream().filter(role -> !role.equals("camunda-admin"))
          .map(DEMO_USER::get).filter(java.util.Objects::nonNull).findFirst().orElse("admin");
      String body = example.value().isTextual() ? example.value().asText() : example.value().toString();
      var answer = as(user).send(as(user).request(target).header("Content-Type", example.mediaType())
          .POST(HttpRequest.BodyPublishers.ofString(body)));
      String what = example.method() + " " + target + " (" + example.name() + ", " + example.mediaType() + ") as "
          + user + ": " + answer;
      if (answer.status() == 400 || answer.status() >= 500) {
        refused.add(what);
      }
      if (path.equals("/api/products/{code}/applications")) {
        assertThat(answer.status()).as(what).isIn(201, 409);
        if (answer.status() == 201) {
          applicationOf.put(example.name(), answer.json().path("id").asText());
        }
      }
    }
    assertThat(refused).as("examples refused").isEmpty();
  }

  @Test
  void onlySignedInBankUsersReadTheDescriptionAndSwaggerUi() {
    for (String path : List.of("/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/swagger-config",
        "/swagger-ui/index.html", "/swagger-ui.html")) {
      assertThat(Api.on(port).send(Api.on(port).request(path).header("Accept", "*/*").GET()).status())
          .as("anonymous " + path).isEqualTo(401);
      assertThat(as("supplier").send(as("supplier").request(path).header("Accept", "*/*").GET()).status())
          .as("a supplier's user, " + path).isEqualTo(403);
    }
    for (String user : List.of("rm", "ops", "designer", "admin")) {
      assertThat(as(user).get("/v3/api-docs").status()).as(user).isEqualTo(200);
      assertThat(as(user).get("/swagger-ui/index.html").status()).as(user).isEqualTo(200);
    }
    // the refusals the description names are the API's: problem+json, from the security rules too
    var anonymous = Api.on(port).get("/api/products");
    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(anonymous.contentType()).startsWith("application/problem+json");
    assertThat(anonymous.json().path("status").asInt()).isEqualTo(401);
    var outsider = as("supplier").get("/api/applications");
    assertThat(outsider.status()).isEqualTo(403);
    assertThat(outsider.contentType()).startsWith("application/problem+json");
    assertThat(outsider.json().path("title").asText()).isEqualTo("Forbidden");
    var yaml = as("rm").send(as("rm").request("/v3/api-docs.yaml").header("Accept", "*/*").GET());
    assertThat(yaml.status()).isEqualTo(200);
    assertThat(yaml.body()).contains("/api/products/{code}/applications:");
    assertThat(as("rm").get("/swagger-ui/index.html").body()).contains("swagger-ui");
    JsonNode paths = description().path("paths");
    assertThat(paths.properties()).isNotEmpty()
        .allSatisfy(path -> assertThat(path.getKey()).as("only the product's API").startsWith("/api/"));
  }

  /** "METHOD /path" → operation, for every operation of the description. */
  private static Map<String, JsonNode> operations(JsonNode description) {
    Map<String, JsonNode> operations = new LinkedHashMap<>();
    description.path("paths").properties().forEach(path -> path.getValue().properties().stream()
        .filter(operation -> METHODS.contains(operation.getKey()))
        .forEach(operation -> operations.put(operation.getKey().toUpperCase() + " " + path.getKey(),
            operation.getValue())));
    assertThat(operations).isNotEmpty();
    return operations;
  }
}
