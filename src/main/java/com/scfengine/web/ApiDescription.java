package com.scfengine.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.scfengine.security.ApiAccess;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * The OpenAPI description of {@code /api} ({@code /v3/api-docs}, Swagger UI at {@code /swagger-ui.html}). The
 * controllers say what each operation does and give its examples; this adds what holds for every operation:
 * <ul>
 *   <li>HTTP Basic sign-in, and the roles that may call it ({@code x-roles}, and "Roles: …" in its description),
 *       read from {@link ApiAccess}, the table the API's security rules are built from;
 *   <li>its refusals as {@code application/problem+json} of one shared schema {@code Problem}: 401 always, 403 unless
 *       anyone signed in may call it, 400 when it takes a body or a required query parameter, 404 when its path names
 *       a record, and whatever else (409, 422) the operation declares;
 *   <li>dates in examples written {@code {{today}}}, {@code {{today+60}}} or {@code {{today+60|yyMMdd}}}, resolved
 *       when the description is read, so that every example works against a running installation on any day.
 * </ul>
 */
@Configuration
class ApiDescription {

  static final String BASIC = "basic";
  static final String PROBLEM = "Problem";
  static final String PROBLEM_JSON = "application/problem+json";
  static final String ROLES = "x-roles";

  private static final Pattern TODAY = Pattern.compile("\\{\\{today([+-]\\d+)?(?:\\|([^}]+))?}}");

  @Bean
  OpenAPI productApi() {
    return new OpenAPI()
        .info(new Info().title("Supply-chain finance engine API").version("1")
            .description("""
                The product's API: enterprises, facilities, the product catalogue, financing applications of every \
                product, letters of credit, supply-chain finance programmes and banking calendars. JSON everywhere; \
                amounts are exact decimals (JSON numbers or strings), dates ISO-8601. Every call signs in with HTTP \
                Basic; each operation names the roles that may call it. A refused request writes nothing and is \
                answered with RFC 9457 `application/problem+json`: `title`, `status`, a `detail` a person can act \
                on and, for invalid input, `errors: [{field, message}]` naming every bad field."""))
        .components(new Components()
            .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                .description("A user of Camunda's identity service (Camunda Admin), with the user's password")))
        .addSecurityItem(new SecurityRequirement().addList(BASIC));
  }

  /** Roles, refusals and dated examples on every operation under {@code /api}. */
  @Bean
  OpenApiCustomizer everyOperation(Clock clock, ObjectMapper json) {
    return openApi -> {
      openApi.getComponents().addSchemas(PROBLEM, problemSchema());
      LocalDate today = LocalDate.now(clock);
      openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
        ApiAccess.Rule rule = ApiAccess.ruleFor(HttpMethod.valueOf(method.name()), path);
        roles(operation, rule);
        refusals(path, operation, rule);
        datedExamples(operation, today, json);
      }));
    };
  }

  private static void roles(Operation operation, ApiAccess.Rule rule) {
    operation.addExtension(ROLES, rule.roleNames());
    String who = switch (rule.audience()) {
      case ROLES -> String.join(", ", rule.roleNames());
      case BANK_USERS -> "any of the bank's roles (" + String.join(", ", rule.roleNames()) + ")";
      case ANY_SIGNED_IN -> "any signed-in user (" + String.join(", ", rule.roleNames()) + "); users of core "
          + "enterprises and suppliers see only their own enterprises' records";
    };
    String description = operation.getDescription() == null ? "" : operation.getDescription().strip() + "\n\n";
    operation.setDescription(description + "Roles: " + who + ".");
  }

  private static void refusals(String path, Operation operation, ApiAccess.Rule rule) {
    ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
    operation.setResponses(responses);
    boolean requiredQuery = operation.getParameters() != null && operation.getParameters().stream()
        .anyMatch(p -> "query".equals(p.getIn()) && Boolean.TRUE.equals(p.getRequired()));
    if (operation.getRequestBody() != null || requiredQuery) {
      putIfAbsent(responses, "400", "Invalid request: every bad field is named in `errors`; nothing was written");
    }
    putIfAbsent(responses, "401", "Not signed in, or a wrong user name or password (HTTP Basic)");
    if (rule.audience() != ApiAccess.Audience.ANY_SIGNED_IN) {
      putIfAbsent(responses, "403", "Signed in, but without a role that may call this");
    }
    if (path.contains("{")) {
      putIfAbsent(responses, "404", "No such record (or not one the signed-in user may see)");
    }
    responses.forEach((status, response) -> {
      if (status.startsWith("4") || status.startsWith("5")) {
        response.setContent(new Content().addMediaType(PROBLEM_JSON,
            new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
      }
    });
  }

  private static void putIfAbsent(ApiResponses responses, String status, String description) {
    if (!responses.containsKey(status)) {
      responses.addApiResponse(status, new ApiResponse().description(description));
    }
  }

  private static void datedExamples(Operation operation, LocalDate today, ObjectMapper json) {
    if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
      return;
    }
    for (MediaType media : operation.getRequestBody().getContent().values()) {
      if (media.getExamples() != null) {
        for (Example example : media.getExamples().values()) {
          example.setValue(dated(example.getValue(), today, json));
        }
      }
    }
  }

  /** The example with its {@code {{today…}}} dates written out; a JSON example stays JSON. */
  static Object dated(Object value, LocalDate today, ObjectMapper json) {
    if (value == null) {
      return null;
    }
    try {
      String text = value instanceof String s ? s : json.writeValueAsString(value);
      Matcher m = TODAY.matcher(text);
      StringBuilder out = new StringBuilder();
      while (m.find()) {
        LocalDate date = m.group(1) == null ? today : today.plusDays(Long.parseLong(m.group(1)));
        String written = m.group(2) == null ? date.toString() : date.format(DateTimeFormatter.ofPattern(m.group(2)));
        m.appendReplacement(out, Matcher.quoteReplacement(written));
      }
      m.appendTail(out);
      return value instanceof String ? out.toString() : json.readValue(out.toString(), JsonNode.class);
    } catch (IOException e) {
      throw new IllegalStateException("An example of the API description is not JSON: " + value, e);
    }
  }

  private static Schema<?> problemSchema() {
    Schema<?> fieldError = new ObjectSchema()
        .addProperty("field",
            new StringSchema().description("The bad field, e.g. `invoiceAmount` or `lines[7].amount`"))
        .addProperty("message", new StringSchema().description("What is wrong with it"));
    return new ObjectSchema()
        .description("RFC 9457 problem details")
        .addProperty("type", new StringSchema().example("about:blank"))
        .addProperty("title", new StringSchema().example("Invalid request"))
        .addProperty("status", new IntegerSchema().example(400))
        .addProperty("detail", new StringSchema()
            .example("Factoring application has 1 invalid field(s): dueDate must be after issueDate"))
        .addProperty("instance", new StringSchema().example("/api/products/FACTORING/applications"))
        .addProperty("errors", new ArraySchema().items(fieldError)
            .description("For invalid input: one entry per bad field"))
        .required(List.of("title", "status"));
  }
}
