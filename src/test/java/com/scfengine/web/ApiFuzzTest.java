package com.scfengine.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.scfengine.products.Bundle;
import com.scfengine.support.Api;
import com.scfengine.support.DatabaseTest;
import com.scfengine.support.Workflow;
import com.scfengine.web.FuzzCase.Expect;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A fuzz pass over every operation of {@code /api}, as the API's own description lists them (a new operation is
 * fuzzed as soon as it is described): each is called by a user whose role may call it, with what no client should
 * send — values of the wrong JSON type, numbers beyond any amount, more decimals than the currency has, bad dates,
 * unknown codes and currencies, control characters and SQL and script fragments in texts, path variables and query
 * parameters, JSON cut short or nested beyond reason, malformed CSV, FIN text and multipart bodies, wrong media types,
 * missing bodies and bodies over their bounds. Bodies are the operation's own valid example made bad one field at a
 * time. Every answer must be a 4xx {@code application/problem+json} with a title and a detail, small whatever was sent
 * (a value is quoted cut short), naming the bad field where there is one — and nothing may be written: the rows of the
 * product's tables and of the engine's runtime tables are counted before and after each request.
 */
@DatabaseTest
class ApiFuzzTest {

  /** The demo user who holds each role (password = user name). */
  private static final Map<String, String> DEMO_USER = Map.ofEntries(Map.entry("relationship-managers", "rm"),
      Map.entry("credit-analysts", "analyst"), Map.entry("credit-approvers", "approver"),
      Map.entry("credit-committee", "approver"), Map.entry("trade-operations", "ops"),
      Map.entry("trade-operations-leads", "opslead"), Map.entry("treasury", "treasury"),
      Map.entry("product-designers", "designer"), Map.entry("core-enterprises", "buyer"),
      Map.entry("suppliers", "supplier"), Map.entry("camunda-admin", "admin"));

  private static final String APPLICATIONS = "POST /api/products/{code}/applications";
  private static final String PROGRAMME = "PRG-CORE-001-USD";

  /**
   * Texts that may hold SQL and script fragments, so the pass sends them only control characters. A letter of credit's
   * narratives (goods, documents required, additional conditions, an amendment's narrative) are in SWIFT's z character
   * set, which has ; = &lt; &gt; " by the standard (MT700 45A, 46A, 47A; MT707): a credit's conditions may need them,
   * and an incoming MT700 with them must be taken. People's comments (a buyer's confirmation, a beneficiary's answer
   * to an amendment) say what they like. Every other text — names, references, identifiers, SWIFT x-set fields — must
   * refuse them.
   */
  private static final Map<String, Set<String>> FREE_TEXT = Map.of(
      APPLICATIONS, Set.of("goods", "documentsRequired[0]", "additionalConditions[0]"),
      "POST /api/letters-of-credit/{id}/amendments", Set.of("narrative"),
      "POST /api/applications/{id}/buyer-confirmation", Set.of("comment"),
      "POST /api/letters-of-credit/{id}/amendments/{number}/response", Set.of("reason"));

  /** Fields that name a record, by operation: a bad value may be answered 404 (no such record) rather than 400. */
  private static final Map<String, Set<String>> REFERENCES = Map.of(
      "POST /api/payables/early-payment", Set.of("payableIds[0]"));

  /** Fields the API names otherwise than by their place in the body, by operation: a payable by its line, from 1. */
  private static final Map<String, Map<String, String>> ALIASES = Map.of(
      "POST /api/programmes/{id}/payables", Map.of("payables[0]", "lines[1]"));

  /** The engine's tables a refused request must not touch, besides the product's own. */
  private static final List<String> ENGINE_TABLES = List.of("ACT_RE_DEPLOYMENT", "ACT_RE_PROCDEF", "ACT_RU_EXECUTION",
      "ACT_RU_TASK", "ACT_RU_VARIABLE", "ACT_RU_JOB", "ACT_RU_EVENT_SUBSCR", "ACT_RU_INCIDENT", "ACT_HI_PROCINST");

  /**
   * The product's table that a refusal does write: the API's audit trail records every state-changing call, refusals
   * included (audit/ApiAudit). Checked apart: the rows the pass adds are all refusals.
   */
  private static final String AUDIT = "api_audit";

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired ManagementService management;

  private List<String> tables;

  @Test
  void everyOperationRefusesBadInputAsAProblemAndWritesNothing() throws Exception {
    JsonNode description = as("analyst").get("/v3/api-docs").json();
    Map<String, JsonNode> operations = operations(description);
    LocalDate today = LocalDate.now();
    Fixtures fixtures = fixtures(operations, today);

    List<FuzzCase> cases = new ArrayList<>();
    Set<String> bodiesWithoutCases = new TreeSet<>();
    operations.forEach((key, operation) -> cases.addAll(casesOf(key, operation, fixtures, today, bodiesWithoutCases)));
    Set<String> fuzzed = new TreeSet<>();
    cases.forEach(c -> fuzzed.add(c.operation()));
    assertThat(fuzzed).as("operations with fuzz cases").isEqualTo(new TreeSet<>(operations.keySet()));
    assertThat(bodiesWithoutCases).as("request bodies no fuzz case was made for").isEmpty();

    tables = tables();
    Map<String, Long> before = awaitQuiet();
    Timestamp start = Timestamp.from(Instant.now().minusMillis(1));
    long auditBefore = jdbc.queryForObject("select count(*) from " + AUDIT, Long.class);
    List<String> failures = new ArrayList<>();
    Map<String, Long> expected = before;
    for (FuzzCase c : cases) {
      Api.Response answer = send(c);
      failures.addAll(problems(c, answer).stream().map(p -> c + ": " + p + " — answered " + shown(answer)).toList());
      Map<String, Long> now = counts();
      if (!now.equals(expected)) {
        failures.add(c + ": wrote " + difference(expected, now) + " — answered " + shown(answer));
        expected = now;
      }
    }

    assertThat(failures).as(failures.size() + " of " + cases.size() + " cases").isEmpty();
    assertThat(counts()).as("rows of every table after the pass").isEqualTo(before);
    long added = jdbc.queryForObject("select count(*) from " + AUDIT, Long.class) - auditBefore;
    assertThat(added).as("refusals recorded in the audit trail").isPositive()
        .isLessThanOrEqualTo(cases.stream().filter(c -> !c.method().equals("GET")).count());
    assertThat(jdbc.queryForObject("select count(*) from " + AUDIT + " where called_at >= ? and (status < 400 or "
        + "status > 499)", Long.class, start)).as("audit rows of the pass that are not refusals").isZero();
    assertThat(cases.size()).as("cases").isGreaterThan(300);
  }

  // ---- the cases of each operation ---------------------------------------------------------------------------------

  private List<FuzzCase> casesOf(String key, JsonNode operation, Fixtures fixtures, LocalDate today,
      Set<String> bodiesWithoutCases) {
    String method = key.substring(0, key.indexOf(' '));
    String template = key.substring(key.indexOf(' ') + 1);
    String user = userFor(operation);
    FuzzCases cases = new FuzzCases(key, user, FREE_TEXT.getOrDefault(key, Set.of()),
        REFERENCES.getOrDefault(key, Set.of()), ALIASES.getOrDefault(key, Map.of()));
    List<JsonNode> query = new ArrayList<>();
    operation.path("parameters").forEach(p -> {
      if (p.path("in").asText().equals("query")) {
        query.add(p);
      }
    });
    JsonNode content = operation.at("/requestBody/content");
    if (content.isMissingNode() || content.isEmpty()) {
      Map<String, String> values = pathValues(template, fixtures, null);
      String path = concrete(template, values);
      cases.pathVariables(template, values, null, null);
      cases.queryParameters(path, query, null, null);
      return cases.all();
    }
    boolean first = true;
    boolean wholeBody = true;
    for (var media : content.properties()) {
      String type = media.getKey();
      int made = cases.all().size();
      if (type.equals("application/json")) {
        for (var example : media.getValue().path("examples").properties()) {
          String name = example.getKey();
          Map<String, String> values = pathValues(template, fixtures, name);
          String path = concrete(template, values);
          JsonNode valid = withOptionalFields(key, name, example.getValue().path("value"), today);
          if (first) {
            cases.pathVariables(template, values, type, valid.toString());
            cases.queryParameters(path, query, type, valid.toString());
            first = false;
          }
          if (wholeBody) {
            cases.jsonBody(path, valid);
            wholeBody = false;
          }
          cases.jsonFields(path, valid);
        }
      } else if (type.equals("text/csv")) {
        String path = concrete(template, pathValues(template, fixtures, null));
        csv(cases, path, media.getValue().path("examples").properties().iterator().next().getValue().path("value")
            .asText());
      } else if (type.equals("text/plain") && template.equals("/api/letters-of-credit/incoming")) {
        fin(cases, template, media.getValue().path("examples").properties().iterator().next().getValue()
            .path("value").asText());
      } else if (type.equals("multipart/form-data") && template.equals("/api/products")) {
        multipart(cases, template);
      }
      if (cases.all().size() == made) {
        bodiesWithoutCases.add(key + " " + type);
      }
    }
    oversized(cases, key, method, template, fixtures);
    return cases.all();
  }

  /** Bodies over their bounds (web/BodyLimits): 1 MB of JSON or FIN text, 10 MB of payables or of a bundle. */
  private void oversized(FuzzCases cases, String key, String method, String template, Fixtures fixtures) {
    long megabyte = 1024 * 1024;
    byte[] json = ("{\"id\": \"" + "x".repeat(64 * 1024)).getBytes(StandardCharsets.UTF_8);
    switch (key) {
      case "POST /api/enterprises" -> cases.oversized(template, "application/json", json, megabyte + 1);
      case APPLICATIONS -> cases.oversized("/api/products/FACTORING/applications", "application/json", json,
          10 * megabyte + 1);
      case "POST /api/programmes/{id}/payables" -> {
        String path = concrete(template, pathValues(template, fixtures, null));
        cases.oversized(path, "application/json", ("[" + "{\"supplierId\": \"SME-001\"},".repeat(3000))
            .getBytes(StandardCharsets.UTF_8), 10 * megabyte + 1);
        cases.oversized(path, "text/csv", ("supplierId,invoiceNumber,amount,currency,issueDate,dueDate\n"
            + "SME-002,X,1.00,USD,2026-01-01,2026-02-01\n".repeat(1500)).getBytes(StandardCharsets.UTF_8),
            10 * megabyte + 1);
      }
      case "POST /api/letters-of-credit/incoming" -> cases.oversized(template, "text/plain",
          ("{1:F01ATBKTRISAXXX0000000000}{2:I700SCFBHKHHXXXXN}{4:\n:45A:" + "X".repeat(64 * 1024))
              .getBytes(StandardCharsets.UTF_8), megabyte + 1);
      case "POST /api/products" -> {
        FuzzCases.Multipart parts = new FuzzCases.Multipart().part("file", "big.bpmn", "<".repeat(64 * 1024)
            .getBytes(StandardCharsets.UTF_8));
        cases.oversized(template, parts.contentType(), parts.unclosed(), 10 * megabyte + 1);
      }
      default -> { }
    }
  }

  /** The payables upload as CSV: each cell of the example's line made bad, and CSV that is not CSV. */
  private void csv(FuzzCases cases, String path, String example) {
    String[] lines = example.strip().split("\\R");
    List<String> header = new ArrayList<>(List.of(lines[0].split(",")));
    List<String> row = new ArrayList<>(List.of(lines[1].split(",")));
    header.add("poReference");
    row.add("PO-CORE-001-0417");
    for (int i = 0; i < header.size(); i++) {
      String column = header.get(i);
      String value = row.get(i);
      List<String> bad = new ArrayList<>();
      if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
        bad.add(FuzzCases.BAD_DATES.get(i % 2));
      } else if (value.matches("-?\\d+(\\.\\d+)?")) {
        bad.addAll(FuzzCases.BAD_NUMBERS);
        bad.addAll(List.of("0", value + "1", "18,500.00.00"));
      } else {
        if (column.equals("currency")) {
          bad.add("XYZ");
        }
        bad.add(FuzzCases.FRAGMENTS.get(i % FuzzCases.FRAGMENTS.size()));
        bad.add(FuzzCases.CONTROLS.get(i % FuzzCases.CONTROLS.size()).apply(value));
      }
      for (String value2 : bad) {
        List<String> changed = new ArrayList<>(row);
        changed.set(i, cell(value2));
        cases.add("CSV " + column + " = " + FuzzCases.shown(value2), path, "text/csv",
            String.join(",", header) + "\n" + String.join(",", changed) + "\n", Expect.BAD_FIELD, column);
      }
    }
    String head = String.join(",", header);
    String line = String.join(",", row);
    List<String> huge = new ArrayList<>(row);
    huge.set(1, "W".repeat(900_000));
    cases.add("CSV invoiceNumber of 900,000 characters", path, "text/csv", head + "\n" + String.join(",", huge),
        Expect.BAD_FIELD, "invoiceNumber");
    Map<String, String> malformed = new LinkedHashMap<>();
    malformed.put("a quote never closed", head + "\n\"" + line + "\n");
    malformed.put("a line with more cells than the header", head + "\n" + line + ",EXTRA,MORE\n");
    malformed.put("a line with fewer cells than the header", head + "\n" + String.join(",", row.subList(0, 3)) + "\n");
    malformed.put("no header line", line + "\n");
    malformed.put("a header and no line", head + "\n");
    malformed.put("a column it does not have", head + ",fuzzColumn\n" + line + ",x\n");
    malformed.put("separated by ';'", head.replace(',', ';') + "\n" + line.replace(',', ';') + "\n");
    malformed.put("a line of NUL characters", head + "\n" + "\u0000".repeat(200) + "\n");
    malformed.forEach((what, body) -> cases.add("CSV: " + what, path, "text/csv", body, Expect.BAD_REQUEST, null));
    byte[] binary = new byte[256];
    for (int i = 0; i < binary.length; i++) {
      binary[i] = (byte) i;
    }
    cases.add("CSV: bytes 0 to 255", path, "text/csv", binary, Expect.BAD_REQUEST, null);
    cases.add("CSV: no body", path, "text/csv", (String) null, Expect.BAD_REQUEST, null);
    cases.add("CSV sent as application/xml", path, "application/xml", head + "\n" + line + "\n",
        Expect.UNSUPPORTED_MEDIA_TYPE, null);
  }

  private static String cell(String value) {
    return value.contains(",") || value.contains("\"") || value.contains("\n")
        ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
  }

  /**
   * The incoming MT700: its x-set fields with SQL and script fragments and control characters, its z-set narratives
   * with control characters, and FIN text that is not FIN. Each message has a reference (field 20) of its own, so that
   * none is refused only as received before.
   */
  private void fin(FuzzCases cases, String path, String example) {
    int seed = ThreadLocalRandom.current().nextInt(10_000, 90_000);
    int[] n = {0};
    java.util.function.Function<String, String> fresh = text -> text.replaceFirst(":20:[^\\r\\n]*",
        ":20:FZ" + seed + "X" + (n[0]++));
    // each x-set field: what comes before its value (group 1), and its value, up to the end of the line
    Map<String, Pattern> xFields = new LinkedHashMap<>();
    xFields.put("20", Pattern.compile("(:20:)[^\\r\\n]*"));
    xFields.put("31D", Pattern.compile("(:31D:\\d{6})[^\\r\\n]*"));
    xFields.put("50", Pattern.compile("(:50:)[^\\r\\n]*"));
    xFields.put("59", Pattern.compile("(:59:[^\\r\\n]*\\R[^\\r\\n]*\\R)[^\\r\\n]*"));
    xFields.put("78", Pattern.compile("(:78:)[^\\r\\n]*"));
    int i = 0;
    for (var field : xFields.entrySet()) {
      List<String> bad = List.of(FuzzCases.FRAGMENTS.get(i % 3), FuzzCases.CONTROLS.get(i % 3).apply("HONG KONG"),
          FuzzCases.CONTROLS.get((i + 1) % 3).apply("HONG KONG"));
      for (String value : bad) {
        String base = field.getKey().equals("20") ? example : fresh.apply(example);
        Matcher m = field.getValue().matcher(base);
        assertThat(m.find()).as("the example has field " + field.getKey()).isTrue();
        String fin = base.substring(0, m.end(1)) + value + base.substring(m.end());
        cases.add("MT700 field " + field.getKey() + " = " + FuzzCases.shown(value), path, "text/plain", fin,
            Expect.BAD_REQUEST, null);
      }
      i++;
    }
    for (var control : FuzzCases.CONTROLS) {
      cases.add("MT700 45A with " + FuzzCases.shown(control.apply("AB")), path, "text/plain",
          fresh.apply(example).replaceFirst(":45A:\\+COTTON", Matcher.quoteReplacement(":45A:+" + control.apply("COTTON"))),
          Expect.BAD_REQUEST, null);
    }
    Map<String, String> broken = new LinkedHashMap<>();
    broken.put("words, not FIN", "hello world");
    broken.put("a text block that does not end with -}", fresh.apply(example).replace("-}", ""));
    broken.put("cut in half", fresh.apply(example).substring(0, example.length() / 2));
    broken.put("without its mandatory field 49", fresh.apply(example).replaceFirst(":49:[^\\r\\n]*\\R", ""));
    broken.put("with a field MT700 does not have", fresh.apply(example).replaceFirst(":49:", ":99:FUZZ\n:49:"));
    broken.put("a date of issue that does not exist", fresh.apply(example).replaceFirst(":31C:\\d{6}", ":31C:260230"));
    broken.put("an unknown currency", fresh.apply(example).replace(":32B:USD", ":32B:XYZ"));
    broken.put("an amount of 21 digits", fresh.apply(example).replaceFirst(":32B:USD[^\\r\\n]*",
        ":32B:USD99999999999999999999,"));
    broken.put("an MT999", fresh.apply(example).replace("{2:I700", "{2:I999"));
    broken.put("JSON", "{\"a\": 1}");
    broken.put("only a basic header", "{1:F01ATBKTRISAXXX0000000000}");
    broken.put("braces nested 5,000 deep", "{".repeat(5000));
    broken.forEach((what, fin) -> cases.add("MT700: " + what, path, "text/plain", fin, Expect.BAD_REQUEST, null));
    byte[] binary = new byte[256];
    for (int b = 0; b < binary.length; b++) {
      binary[b] = (byte) b;
    }
    cases.add("MT700: bytes 0 to 255", path, "text/plain", binary, Expect.BAD_REQUEST, null);
    cases.add("MT700 as UTF-16", path, "text/plain", fresh.apply(example).getBytes(StandardCharsets.UTF_16),
        Expect.BAD_REQUEST, null);
    cases.add("MT700: no body", path, "text/plain", (String) null, Expect.BAD_REQUEST, null);
    cases.add("MT700 sent as application/json", path, "application/json", fresh.apply(example),
        Expect.UNSUPPORTED_MEDIA_TYPE, null);
    cases.add("a query parameter it does not take", path + "?fuzz=" + FuzzCases.query(FuzzCases.FRAGMENTS.get(1)),
        "text/plain", fresh.apply(example), Expect.BAD_FIELD, "fuzz");
  }

  /** Product bundles: a valid bundle under file names no resource may have, and multipart that is not multipart. */
  private void multipart(FuzzCases cases, String path) {
    Bundle bundle = Bundle.poAdvance().as("fz" + ThreadLocalRandom.current().nextInt(100_000, 999_999));
    List<String> names = new ArrayList<>(FuzzCases.FRAGMENTS.stream().map(f -> f + ".bpmn").toList());
    names.add("po\u001badvance.bpmn");
    names.add("po\u202eadvance.bpmn");
    names.add("../../etc/po-advance.bpmn");
    for (String name : names) {
      FuzzCases.Multipart parts = new FuzzCases.Multipart();
      boolean[] renamed = {false};
      bundle.files().forEach((file, text) -> {
        boolean bpmn = file.endsWith(".bpmn") && !renamed[0];
        renamed[0] |= bpmn;
        parts.part("file", bpmn ? name : file, text.getBytes(StandardCharsets.UTF_8));
      });
      cases.add("a bundle whose model is named " + FuzzCases.shown(name), path, parts.contentType(), parts.closed(),
          Expect.BAD_FIELD, "file");
    }
    FuzzCases.Multipart one = new FuzzCases.Multipart().part("file", "po-advance.bpmn",
        bundle.files().values().iterator().next().getBytes(StandardCharsets.UTF_8));
    cases.add("multipart without a boundary", path, "multipart/form-data", one.closed(), Expect.BAD_REQUEST, null);
    cases.add("multipart whose last part is never closed", path, one.contentType(), one.unclosed(),
        Expect.BAD_REQUEST, null);
    cases.add("multipart of another boundary", path, "multipart/form-data; boundary=other", one.closed(),
        Expect.BAD_REQUEST, null);
    cases.add("bytes, not multipart", path, one.contentType(), "\u0000\u0001garbage", Expect.BAD_REQUEST, null);
    cases.add("no parts", path, one.contentType(), "--" + one.boundary + "--\r\n", Expect.BAD_FIELD, "file");
    FuzzCases.Multipart other = new FuzzCases.Multipart().part("other", "po-advance.bpmn", "<x/>".getBytes(
        StandardCharsets.UTF_8));
    cases.add("a part not named file", path, other.contentType(), other.closed(), Expect.BAD_FIELD, "file");
    FuzzCases.Multipart text = new FuzzCases.Multipart().part("file", "notes.txt", "hello".getBytes(
        StandardCharsets.UTF_8));
    cases.add("a .txt file", path, text.contentType(), text.closed(), Expect.BAD_FIELD, "file");
    FuzzCases.Multipart big = new FuzzCases.Multipart().part("file", "big.bpmn", "<".repeat(1_200_000).getBytes(
        StandardCharsets.UTF_8));
    cases.add("a file over a megabyte", path, big.contentType(), big.closed(), Expect.TOO_LARGE, null);
    cases.add("JSON, not multipart", path, "application/json", "{\"file\": \"x\"}", Expect.UNSUPPORTED_MEDIA_TYPE,
        null);
    cases.add("no body", path, one.contentType(), (String) null, Expect.CLIENT_ERROR, null);
    cases.add("a query parameter it does not take", path + "?fuzz=" + FuzzCases.query("<script>"),
        one.contentType(), one.closed(), Expect.BAD_FIELD, "fuzz");
  }

  // ---- the valid requests the cases start from ---------------------------------------------------------------------

  /** The records the operations' paths name, made through the API before the pass. */
  private record Fixtures(String factoring, String forfaiting, String instrument, String letterOfCredit) {}

  private Fixtures fixtures(Map<String, JsonNode> operations, LocalDate today) {
    String suffix = Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 999_999));
    ObjectNode factoring = example(operations, APPLICATIONS, "FACTORING").deepCopy();
    factoring.put("invoiceNumber", "INV-FZ-" + suffix);
    factoring.remove("customsDeclaration");
    String factoringId = submitted("FACTORING", factoring);

    ObjectNode forfaiting = example(operations, APPLICATIONS, "FORFAITING").deepCopy();
    String instrument = "BE-FZ-" + suffix;
    ((ObjectNode) forfaiting.withArray("instruments").get(0)).put("number", instrument);
    String forfaitingId = submitted("FORFAITING", forfaiting);

    String credit = submitted("IMPORT_LC", example(operations, APPLICATIONS, "IMPORT_LC"));
    Workflow.awaitStatus(Api.on(port), credit, "ISSUED");
    var presented = as("ops").post("/api/letters-of-credit/" + credit + "/presentations",
        example(operations, "POST /api/letters-of-credit/{id}/presentations", null));
    assertThat(presented.status()).as(presented.toString()).isEqualTo(201);
    var amended = as("rm").post("/api/letters-of-credit/" + credit + "/amendments",
        example(operations, "POST /api/letters-of-credit/{id}/amendments", null));
    assertThat(amended.status()).as(amended.toString()).isEqualTo(201);
    return new Fixtures(factoringId, forfaitingId, instrument, credit);
  }

  private String submitted(String product, JsonNode body) {
    var answer = as("rm").post("/api/products/" + product + "/applications", body.toString());
    assertThat(answer.status()).as(product + ": " + answer).isEqualTo(201);
    return answer.json().path("id").asText();
  }

  private static JsonNode example(Map<String, JsonNode> operations, String key, String name) {
    JsonNode examples = operations.get(key).at("/requestBody/content/application~1json/examples");
    JsonNode example = name == null ? examples.properties().iterator().next().getValue() : examples.path(name);
    assertThat(example.isMissingNode()).as(key + " has an example " + name).isFalse();
    return example.path("value");
  }

  /** The value of each path variable in a valid request: the demo records, and those the fixtures made. */
  private static Map<String, String> pathValues(String template, Fixtures fixtures, String exampleName) {
    Map<String, String> values = new HashMap<>();
    if (template.startsWith("/api/enterprises/")) {
      values.put("id", "SME-001");
    } else if (template.startsWith("/api/facilities/")) {
      values.put("id", "FAC-SME-001-USD");
    } else if (template.startsWith("/api/programmes/")) {
      values.put("id", PROGRAMME);
    } else if (template.startsWith("/api/products/")) {
      values.put("code", exampleName != null ? exampleName : "FACTORING");
    } else if (template.startsWith("/api/applications/{id}/instruments/")) {
      values.put("id", fixtures.forfaiting());
      values.put("number", fixtures.instrument());
    } else if (template.startsWith("/api/applications/")) {
      values.put("id", fixtures.factoring());
    } else if (template.startsWith("/api/letters-of-credit/")) {
      values.put("id", fixtures.letterOfCredit());
      values.put("number", "1");
    } else if (template.startsWith("/api/payables/")) {
      values.put("id", "PAY-NONE");
    } else if (template.startsWith("/api/calendars/")) {
      values.put("currency", "USD");
    }
    FuzzCases.variables(template).forEach(variable -> assertThat(values).as("a valid value of " + variable + " in "
        + template + " (add it here)").containsKey(variable));
    return values;
  }

  private static String concrete(String template, Map<String, String> values) {
    String path = template;
    for (var value : values.entrySet()) {
      path = path.replace("{" + value.getKey() + "}", FuzzCases.segment(value.getValue()));
    }
    return path;
  }

  /**
   * The example with the optional fields it leaves out, valid, so that they are fuzzed too; and, where the example
   * names a record that only another example makes, one the demo data has.
   */
  private static JsonNode withOptionalFields(String key, String example, JsonNode value, LocalDate today) {
    ObjectNode body = (ObjectNode) value.deepCopy();
    switch (key + (key.equals(APPLICATIONS) ? "#" + example : "")) {
      case APPLICATIONS + "#FACTORING" -> body.put("poReference", "PO-2026-0417");
      case APPLICATIONS + "#FORFAITING" -> body.put("underlyingContract", "SALES CONTRACT 2026/17 OF O'BRIEN & CO.")
          .put("lcReference", "LC2026/0417").put("valueDate", today.toString());
      case APPLICATIONS + "#IMPORT_LC" -> {
        ((ObjectNode) body.path("beneficiary")).put("account", "US12345678");
        body.put("latestShipmentDate", today.plusDays(30).toString()).put("presentationDays", 21)
            .put("portOfLoading", "SHENZHEN").put("portOfDischarge", "LOS ANGELES").put("cashMarginPercent", "10");
        body.putArray("additionalConditions").add("ALL DOCUMENTS TO QUOTE THE CREDIT NUMBER");
      }
      case "POST /api/letters-of-credit/{id}/presentations" -> body.put("presenterReference", "PRES-0417")
          .put("presentingBankBic", "HTBKHKHHXXX");
      case "POST /api/letters-of-credit/{id}/amendments/{number}/response" -> body.put("reason",
          "THE BENEFICIARY AGREES");
      case "POST /api/facilities" -> body.put("enterpriseId", "SME-001").put("id", "FAC-FZ-1")
          .put("product", "FACTORING").put("country", "CN").put("counterpartyId", "BUY-001");
      case "POST /api/programmes/{id}/payables" -> ((ObjectNode) body.withArray("payables").get(0))
          .put("poReference", "PO-CORE-001-0417");
      default -> { }
    }
    return body;
  }

  private static String userFor(JsonNode operation) {
    List<String> roles = new ArrayList<>();
    operation.path("x-roles").forEach(role -> roles.add(role.asText()));
    return roles.stream().filter(role -> !role.equals("camunda-admin")).map(DEMO_USER::get)
        .filter(java.util.Objects::nonNull).findFirst().orElse("admin");
  }

  private static Map<String, JsonNode> operations(JsonNode description) {
    Map<String, JsonNode> operations = new TreeMap<>();
    description.path("paths").properties().forEach(path -> path.getValue().properties().stream()
        .filter(operation -> Set.of("get", "post", "put", "patch", "delete").contains(operation.getKey()))
        .forEach(operation -> operations.put(operation.getKey().toUpperCase() + " " + path.getKey(),
            operation.getValue())));
    assertThat(operations).hasSizeGreaterThan(30);
    return operations;
  }

  // ---- sending and judging -----------------------------------------------------------------------------------------

  private Api as(String user) {
    return Api.on(port).as(user);
  }

  private Api.Response send(FuzzCase c) throws IOException {
    if (c.declaredLength() > 0) {
      return sendBeginning(c);
    }
    Api api = as(c.user());
    HttpRequest.Builder request = api.request(c.path());
    if (c.contentType() != null) {
      request.header("Content-Type", c.contentType());
    }
    request.method(c.method(), c.body() == null ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofByteArray(c.body()));
    return api.send(request);
  }

  /** What must be true of the answer; empty when it is. */
  private static List<String> problems(FuzzCase c, Api.Response answer) {
    List<String> problems = new ArrayList<>();
    if (answer.status() < 400 || answer.status() > 499) {
      problems.add("not a 4xx");
    }
    if (!answer.contentType().startsWith("application/problem+json")) {
      problems.add("not application/problem+json");
    }
    if (answer.body().length() >= 4096) {
      problems.add("an answer of " + answer.body().length() + " characters");
    }
    JsonNode problem;
    try {
      problem = FuzzCases.JSON.readTree(answer.body());
    } catch (IOException e) {
      problems.add("not JSON");
      return problems;
    }
    if (problem.path("title").asText().isBlank() || problem.path("detail").asText().isBlank()) {
      problems.add("no title or no detail");
    }
    int status = answer.status();
    switch (c.expect()) {
      case BAD_REQUEST -> expect(status == 400, "not 400", problems);
      case TOO_LARGE -> expect(status == 413, "not 413", problems);
      case UNSUPPORTED_MEDIA_TYPE -> expect(status == 415, "not 415", problems);
      case BAD_FIELD -> expect(status == 400 && names(problem, c.field()), "not 400 naming " + c.field(), problems);
      case BAD_FIELD_OR_NOT_FOUND -> expect(status == 404 || status == 400 && names(problem, c.field()),
          "neither 404 nor 400 naming " + c.field(), problems);
      case CLIENT_ERROR -> { }
    }
    return problems;
  }

  private static void expect(boolean condition, String otherwise, List<String> problems) {
    if (!condition) {
      problems.add(otherwise);
    }
  }

  /**
   * Whether the problem names the field in {@code errors}: itself, a part of it, the whole it is part of, or a field
   * of the same name (a payable's {@code invoiceNumber} is named by its line: {@code lines[2].invoiceNumber}).
   */
  static boolean names(JsonNode problem, String field) {
    for (JsonNode error : problem.path("errors")) {
      String named = error.path("field").asText().replace(".[", "[");
      if (named.equals(field) || named.startsWith(field + ".") || named.startsWith(field + "[")
          || field.startsWith(named + ".") || field.startsWith(named + "[")
          || last(named).equals(last(field))) {
        return true;
      }
    }
    return false;
  }

  private static String last(String field) {
    String name = field.substring(field.lastIndexOf('.') + 1);
    return name.replaceAll("\\[\\d+]", "");
  }

  private static String shown(Api.Response answer) {
    String body = answer.body().length() > 300 ? answer.body().substring(0, 300) + "…" : answer.body();
    return answer.status() + " " + answer.contentType() + " " + body;
  }

  /**
   * A request that claims {@link FuzzCase#declaredLength()} bytes and sends only the beginning: the answer comes
   * before the rest (web/BodyLimits), and the connection is then closed.
   */
  private Api.Response sendBeginning(FuzzCase c) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(20_000);
      OutputStream out = socket.getOutputStream();
      out.write((c.method() + " " + c.path() + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: " + c.contentType()
          + "\r\nAccept: application/json, application/problem+json\r\nAuthorization: Basic "
          + Base64.getEncoder().encodeToString((c.user() + ":" + c.user()).getBytes(StandardCharsets.UTF_8))
          + "\r\nContent-Length: " + c.declaredLength() + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      out.write(c.body());
      out.flush();
      return parse(readAnswer(socket.getInputStream()));
    }
  }

  private static byte[] readAnswer(InputStream in) throws IOException {
    ByteArrayOutputStream answer = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    try {
      for (int n; !complete(answer.toString(StandardCharsets.UTF_8)) && (n = in.read(buffer)) > 0; ) {
        answer.write(buffer, 0, n);
      }
    } catch (java.net.SocketException closed) {
      // the server closed the connection after answering: what was read is the answer
    }
    return answer.toByteArray();
  }

  private static boolean complete(String answer) {
    int headersEnd = answer.indexOf("\r\n\r\n");
    if (headersEnd < 0) {
      return false;
    }
    Matcher length = Pattern.compile("(?i)content-length: *(\\d+)").matcher(answer.substring(0, headersEnd));
    if (length.find()) {
      return answer.length() - headersEnd - 4 >= Integer.parseInt(length.group(1));
    }
    return answer.endsWith("\r\n0\r\n\r\n");
  }

  private static Api.Response parse(byte[] raw) {
    String answer = new String(raw, StandardCharsets.UTF_8);
    int headersEnd = answer.indexOf("\r\n\r\n");
    if (headersEnd < 0) {
      return new Api.Response(0, "", answer, null);
    }
    String head = answer.substring(0, headersEnd);
    String body = answer.substring(headersEnd + 4);
    int status = Integer.parseInt(head.substring(9, 12));
    Matcher type = Pattern.compile("(?im)^content-type: *(.+)$").matcher(head);
    if (Pattern.compile("(?im)^transfer-encoding: *chunked").matcher(head).find()) {
      StringBuilder whole = new StringBuilder();
      int at = 0;
      while (at < body.length()) {
        int lineEnd = body.indexOf("\r\n", at);
        int size = Integer.parseInt(body.substring(at, lineEnd).trim(), 16);
        if (size == 0) {
          break;
        }
        whole.append(body, lineEnd + 2, lineEnd + 2 + size);
        at = lineEnd + 2 + size + 2;
      }
      body = whole.toString();
    }
    return new Api.Response(status, type.find() ? type.group(1).trim() : "", body, null);
  }

  // ---- nothing written ---------------------------------------------------------------------------------------------

  /** The product's tables (from its migrations), but the audit trail, and the engine's runtime tables. */
  private static List<String> tables() throws IOException {
    Set<String> tables = new LinkedHashSet<>();
    Pattern create = Pattern.compile("(?i)create table (\\w+)");
    for (Resource migration : new PathMatchingResourcePatternResolver().getResources("classpath:db/migration/*.sql")) {
      Matcher m = create.matcher(migration.getContentAsString(StandardCharsets.UTF_8));
      while (m.find()) {
        tables.add(m.group(1).toLowerCase());
      }
    }
    assertThat(tables).contains("enterprise", "financing_application", "letter_of_credit", "payable", AUDIT);
    tables.remove(AUDIT);
    tables.addAll(ENGINE_TABLES);
    return List.copyOf(tables);
  }

  private Map<String, Long> counts() {
    String sql = String.join(" union all ", tables.stream()
        .map(table -> "select '" + table + "', count(*) from " + table).toList());
    Map<String, Long> counts = new TreeMap<>();
    jdbc.query(sql, row -> {
      counts.put(row.getString(1), row.getLong(2));
    });
    return counts;
  }

  /** The counts once the fixtures' processes have done what they do by themselves: no job due, no row changing. */
  private Map<String, Long> awaitQuiet() throws InterruptedException {
    long deadline = System.currentTimeMillis() + 90_000;
    Map<String, Long> last = counts();
    long stableSince = System.currentTimeMillis();
    while (System.currentTimeMillis() < deadline) {
      Thread.sleep(300);
      Map<String, Long> now = counts();
      boolean idle = management.createJobQuery().executable().count() == 0;
      if (!now.equals(last) || !idle) {
        last = now;
        stableSince = System.currentTimeMillis();
      } else if (System.currentTimeMillis() - stableSince > 2_000) {
        return now;
      }
    }
    throw new AssertionError("The engine did not come to rest: " + last + ", executable jobs "
        + management.createJobQuery().executable().list());
  }

  private static String difference(Map<String, Long> before, Map<String, Long> after) {
    List<String> changed = new ArrayList<>();
    after.forEach((table, count) -> {
      if (!count.equals(before.get(table))) {
        changed.add(table + " " + before.get(table) + " -> " + count);
      }
    });
    return String.join(", ", changed);
  }
}
