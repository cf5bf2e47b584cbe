package com.scfengine.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.scfengine.web.FuzzCase.Expect;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * The fuzz cases of one operation: its path variables, its query parameters and its body, each made bad in turn from
 * a valid request — the body from the operation's own example in the API description, one field at a time.
 */
final class FuzzCases {

  static final ObjectMapper JSON = new ObjectMapper()
      .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

  /** What no text field may take: SQL and script fragments. */
  static final List<String> FRAGMENTS = List.of("' OR '1'='1", "'; DROP TABLE act_ru_task; --",
      "<script>alert(1)</script>");

  /** A text with a control or formatting character: NUL inside, ESC in front, RIGHT-TO-LEFT OVERRIDE inside. */
  static final List<UnaryOperator<String>> CONTROLS = List.of(
      text -> middle(text, "\u0000"), text -> "\u001b" + text, text -> middle(text, "\u202e"));

  static final List<String> BAD_DATES = List.of("2026-02-30", "tomorrow");

  /** Numbers beyond any amount, and below any: as JSON numbers or as the text an amount field takes. */
  static final List<String> BAD_NUMBERS = List.of("1e400", "99999999999999999999999.999999", "-1");

  /** Fields that are codes of a fixed list, by name. */
  static final Set<String> ENUMS = Set.of("role", "ratingGrade", "kind", "guaranteeType", "method", "availableBy",
      "partialShipments", "transhipment", "confirmation", "type");

  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");
  private static final Pattern MONEY = Pattern.compile("(?i).*(amount|limit|increase|decrease)");

  private final String operation;
  private final String user;
  private final String method;
  /** Fields that are SWIFT z-set narratives or free comments: no SQL or script fragment is refused there (see test). */
  private final Set<String> freeText;
  /** Fields that name a record: a bad value may be answered 404, no such record. */
  private final Set<String> references;
  /** How the API names a field of the body where it names it otherwise: a payable by its line, from 1. */
  private final Map<String, String> aliases;
  private final List<FuzzCase> cases = new ArrayList<>();
  private int texts;
  private int numbers;
  private int dates;

  FuzzCases(String operation, String user, Set<String> freeText, Set<String> references,
      Map<String, String> aliases) {
    this.operation = operation;
    this.user = user;
    this.method = operation.substring(0, operation.indexOf(' '));
    this.freeText = freeText;
    this.references = references;
    this.aliases = aliases;
  }

  List<FuzzCase> all() {
    return cases;
  }

  void add(String what, String path, String contentType, String body, Expect expect, String field) {
    cases.add(FuzzCase.of(operation, what, user, method, path, contentType, body, expect, field));
  }

  void add(String what, String path, String contentType, byte[] body, Expect expect, String field) {
    cases.add(new FuzzCase(operation, what, user, method, path, contentType, body, 0, expect, field));
  }

  /** A body over its bound: the request says it is {@code length} bytes long and sends its beginning. */
  void oversized(String path, String contentType, byte[] beginning, long length) {
    cases.add(new FuzzCase(operation, "a body of " + length + " bytes", user, method, path, contentType, beginning,
        length, Expect.TOO_LARGE, null));
  }

  // ---- the address ------------------------------------------------------------------------------------------------

  /**
   * Each path variable in turn with SQL and script fragments, a control character, a very long value and, for a
   * number, what is not one; the rest of the request valid.
   */
  void pathVariables(String template, Map<String, String> values, String contentType, String body) {
    for (String variable : variables(template)) {
      List<String> bad = new ArrayList<>(FRAGMENTS);
      // one control character per variable, each variable its own (of the three)
      bad.add(CONTROLS.get(Math.floorMod((operation + variable).hashCode(), CONTROLS.size()))
          .apply(values.get(variable)));
      bad.add("X".repeat(3000));
      if (variable.equals("number")) {
        bad.addAll(List.of("abc", "99999999999999999999"));
      }
      for (String value : bad) {
        String path = template;
        for (String other : variables(template)) {
          path = path.replace("{" + other + "}", other.equals(variable) ? segment(value) : segment(values.get(other)));
        }
        add("path variable " + variable + " = " + shown(value), path, contentType, body, Expect.CLIENT_ERROR, null);
      }
    }
  }

  /** Each query parameter with bad values (named in the refusal), and a parameter the operation does not take. */
  void queryParameters(String path, List<JsonNode> parameters, String contentType, String body) {
    int i = 0;
    for (JsonNode parameter : parameters) {
      String name = parameter.path("name").asText();
      String type = parameter.at("/schema/type").asText();
      List<String> bad = new ArrayList<>();
      bad.add(FRAGMENTS.get(i % FRAGMENTS.size()));
      bad.add(CONTROLS.get(i % CONTROLS.size()).apply("SME-001"));
      if (type.equals("integer")) {
        bad.addAll(List.of("abc", "-1", "99999999999999999999"));
      } else if (name.equals("from") || name.equals("to") || name.equals("after")) {
        bad.addAll(BAD_DATES);
      } else if (name.equals("count")) {
        bad.addAll(List.of("1e400", "-1"));
      }
      for (String value : bad) {
        add("query " + name + " = " + shown(value), path + "?" + name + "=" + query(value), contentType, body,
            Expect.BAD_FIELD, name);
      }
      i++;
    }
    add("a query parameter it does not take", path + "?fuzz=" + query(FRAGMENTS.get(0)), contentType, body,
        Expect.BAD_FIELD, "fuzz");
  }

  // ---- JSON bodies -------------------------------------------------------------------------------------------------

  /** What is wrong with a JSON body as a whole: its media type, its syntax, its depth, its shape, its size. */
  void jsonBody(String path, JsonNode valid) {
    String body = valid.toString();
    add("the valid body as text/plain", path, "text/plain", body, Expect.UNSUPPORTED_MEDIA_TYPE, null);
    add("no body", path, "application/json", (String) null, Expect.BAD_REQUEST, null);
    add("JSON cut short", path, "application/json", body.substring(0, body.length() / 2), Expect.BAD_REQUEST, null);
    add("JSON nested 5,000 deep", path, "application/json", "[".repeat(5000) + "]".repeat(5000), Expect.BAD_REQUEST,
        null);
    add("a number, not an object", path, "application/json", "42", Expect.BAD_REQUEST, null);
    add("null", path, "application/json", "null", Expect.BAD_REQUEST, null);
    if (valid instanceof ObjectNode object) {
      ObjectNode unknown = object.deepCopy();
      unknown.put("fuzzUnknownField", "x");
      add("a field it does not have", path, "application/json", unknown.toString(), Expect.BAD_FIELD,
          "fuzzUnknownField");
    }
    List<Object> first = firstText(valid, new ArrayList<>());
    if (first != null) {
      // a value of almost a megabyte, inside the bound: refused and quoted cut short
      add("a text of 900,000 characters in " + name(first), path, "application/json",
          with(valid, first, JSON.getNodeFactory().textNode("W".repeat(900_000))).toString(), Expect.BAD_FIELD,
          name(first));
    }
  }

  /** Every field of the valid body made bad in turn: wrong JSON types, bad numbers, dates, codes and texts. */
  void jsonFields(String path, JsonNode valid) {
    boolean[] firstText = {true};
    walk(valid, new ArrayList<>(), (at, node) -> {
      String field = name(at);
      String last = lastName(at);
      List<JsonNode> bad = new ArrayList<>();
      List<String> whats = new ArrayList<>();
      JsonNodeFactory f = JSON.getNodeFactory();
      if (node.isObject()) {
        bad.add(f.arrayNode().add(1));
        whats.add("an array where an object is");
        bad.add(f.textNode("x"));
        whats.add("a text where an object is");
      } else if (node.isArray()) {
        bad.add(f.objectNode().put("a", 1));
        whats.add("an object where an array is");
        bad.add(f.textNode("x"));
        whats.add("a text where an array is");
      } else if (node.isBoolean()) {
        bad.add(f.textNode("maybe"));
        whats.add("'maybe' where true or false is");
      } else if (node.isNumber()) {
        numbers(node, last, f, bad, whats);
        bad.add(f.textNode("abc"));
        whats.add("a text where a number is");
      } else if (node.isTextual()) {
        String text = node.asText();
        if (DATE.matcher(text).matches()) {
          List<String> dated = dates++ == 0 ? BAD_DATES : List.of(BAD_DATES.get(dates % BAD_DATES.size()));
          dated.forEach(d -> {
            bad.add(f.textNode(d));
            whats.add("the date " + d);
          });
        } else if (DECIMAL.matcher(text).matches()) {
          numbers(node, last, f, bad, whats);
        } else {
          if (last.equals("currency")) {
            bad.add(f.textNode("XYZ"));
            whats.add("the unknown currency XYZ");
          } else if (last.equals("country")) {
            bad.add(f.textNode("XX"));
            whats.add("the unknown country XX");
          } else if (ENUMS.contains(last)) {
            bad.add(f.textNode("NO_SUCH_VALUE"));
            whats.add("a code not in its list");
          }
          int n = texts++;
          if (!freeText.contains(field)) {
            String fragment = FRAGMENTS.get(n % FRAGMENTS.size());
            bad.add(f.textNode(fragment));
            whats.add(shown(fragment));
          }
          String controlled = CONTROLS.get(n % CONTROLS.size()).apply(text);
          bad.add(f.textNode(controlled));
          whats.add(shown(controlled));
        }
        if (firstText[0]) {
          firstText[0] = false;
          bad.add(f.objectNode().set("a", f.arrayNode().add(1)));
          whats.add("an object where a text is");
          bad.add(f.arrayNode().add("x"));
          whats.add("an array where a text is");
        }
      }
      String named = field;
      for (var alias : aliases.entrySet()) {
        named = named.startsWith(alias.getKey()) ? alias.getValue() + named.substring(alias.getKey().length()) : named;
      }
      for (int i = 0; i < bad.size(); i++) {
        add(field + ": " + whats.get(i), path, "application/json", with(valid, at, bad.get(i)).toString(),
            references.contains(field) ? Expect.BAD_FIELD_OR_NOT_FOUND : Expect.BAD_FIELD, named);
      }
    });
  }

  private void numbers(JsonNode node, String last, JsonNodeFactory f, List<JsonNode> bad, List<String> whats) {
    boolean text = node.isTextual();
    String value = node.asText();
    List<String> candidates = new ArrayList<>(BAD_NUMBERS);
    if (MONEY.matcher(last).matches()) {
      candidates.add("0");
      candidates.add((value.contains(".") ? value : value + ".00") + "1");
    } else if (node.isIntegralNumber()) {
      candidates.add("1.5");
    }
    int n = numbers++;
    for (int k = 0; k < 2; k++) {
      String number = candidates.get((n + k) % candidates.size());
      bad.add(text ? f.textNode(number) : f.numberNode(new BigDecimal(number)));
      whats.add((text ? "the text " : "the number ") + number);
    }
  }

  // ---- helpers -----------------------------------------------------------------------------------------------------

  /** Every field of a body, depth first; of a list only its first element. */
  private static void walk(JsonNode node, List<Object> at, java.util.function.BiConsumer<List<Object>, JsonNode> visit) {
    if (!at.isEmpty()) {
      visit.accept(at, node);
    }
    if (node.isObject()) {
      node.properties().forEach(e -> {
        List<Object> next = new ArrayList<>(at);
        next.add(e.getKey());
        walk(e.getValue(), next, visit);
      });
    } else if (node.isArray() && !node.isEmpty()) {
      List<Object> next = new ArrayList<>(at);
      next.add(0);
      walk(node.get(0), next, visit);
    }
  }

  private static List<Object> firstText(JsonNode node, List<Object> at) {
    if (node.isTextual() && !at.isEmpty()) {
      return at;
    }
    if (node.isObject()) {
      for (var e : node.properties()) {
        List<Object> next = new ArrayList<>(at);
        next.add(e.getKey());
        List<Object> found = firstText(e.getValue(), next);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  /** A copy of {@code body} with the value at {@code at} replaced. */
  static JsonNode with(JsonNode body, List<Object> at, JsonNode value) {
    JsonNode copy = body.deepCopy();
    JsonNode parent = copy;
    for (int i = 0; i < at.size() - 1; i++) {
      parent = at.get(i) instanceof Integer index ? parent.get(index) : parent.get((String) at.get(i));
    }
    Object last = at.get(at.size() - 1);
    if (last instanceof Integer index) {
      ((ArrayNode) parent).set(index, value);
    } else {
      ((ObjectNode) parent).set((String) last, value);
    }
    return copy;
  }

  /** A field's path as the API names it: {@code instruments[0].number}. */
  static String name(List<Object> at) {
    StringBuilder name = new StringBuilder();
    for (Object segment : at) {
      if (segment instanceof Integer index) {
        name.append('[').append(index).append(']');
      } else {
        name.append(name.isEmpty() ? "" : ".").append(segment);
      }
    }
    return name.toString();
  }

  private static String lastName(List<Object> at) {
    for (int i = at.size() - 1; i >= 0; i--) {
      if (at.get(i) instanceof String name) {
        return name;
      }
    }
    return "";
  }

  static List<String> variables(String template) {
    List<String> names = new ArrayList<>();
    var m = Pattern.compile("\\{([^}]+)}").matcher(template);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  /** A path segment with every character but letters, digits and {@code -._~'()!*=} percent-encoded. */
  static String segment(String value) {
    StringBuilder out = new StringBuilder();
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if (c < 128 && (Character.isLetterOrDigit(c) || "-._~'()!*=".indexOf(c) >= 0)) {
        out.append(c);
      } else {
        out.append('%').append(String.format("%02X", b & 0xff));
      }
    }
    return out.toString();
  }

  static String query(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** A value as the report shows it: control characters by their code, long ones cut. */
  static String shown(String value) {
    StringBuilder out = new StringBuilder();
    value.codePoints().limit(40).forEach(c -> out.append(Character.isISOControl(c) || c == 0x202e
        ? String.format("\\u%04x", c) : Character.toString(c)));
    return "'" + out + (value.length() > 40 ? "…' (" + value.length() + " characters)" : "'");
  }

  private static String middle(String text, String inserted) {
    String base = text == null || text.length() < 2 ? "AB" : text;
    return base.substring(0, base.length() / 2) + inserted + base.substring(base.length() / 2);
  }

  /** multipart/form-data written byte by byte, so that it can be broken on purpose. */
  static final class Multipart {
    final String boundary = "----fuzz" + Long.toHexString(System.nanoTime());
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    Multipart part(String name, String fileName, byte[] content) {
      String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
          + (fileName == null ? "" : "; filename=\"" + fileName + "\"")
          + "\r\nContent-Type: application/octet-stream\r\n\r\n";
      bytes.writeBytes(head.getBytes(StandardCharsets.UTF_8));
      bytes.writeBytes(content);
      bytes.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
      return this;
    }

    byte[] closed() {
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      try {
        all.write(bytes.toByteArray());
        all.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return all.toByteArray();
    }

    byte[] unclosed() {
      return bytes.toByteArray();
    }

    String contentType() {
      return "multipart/form-data; boundary=" + boundary;
    }
  }
}
