package com.scfengine.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The Camunda Forms of the factoring product hold to the process contract: what a worker may enter,
 * under which variable name and of which form-js type. Renaming a variable in the process without
 * renaming it here (or the reverse) fails this test.
 */
class FactoringFormsTest {

  /** As a person writes an amount: 150,000.00 or 150000 (the process reads both as 150000.00). */
  static final String AMOUNT = "^(\\d+|\\d{1,3}(,\\d{3})+)(\\.\\d{1,3})?$";
  static final String ISO_DATE = "^\\d{4}-\\d{2}-\\d{2}$";

  /** A field a worker fills in: its variable, its form-js type, whether the form insists on it. */
  record Editable(String key, String type, boolean required) {
    static Editable required(String key, String type) {
      return new Editable(key, type, true);
    }

    static Editable optional(String key, String type) {
      return new Editable(key, type, false);
    }
  }

  /** Form id → the only fields of that form a worker can edit; every other bound field is read-only. */
  static final Map<String, List<Editable>> EDITABLE = Map.of(
      "factoring-application", List.of(
          Editable.required("applicantId", "textfield"),
          Editable.required("counterpartyId", "textfield"),
          Editable.required("instrumentNumber", "textfield"),
          Editable.required("faceAmount", "textfield"),
          Editable.required("currency", "select"),
          Editable.required("issueDate", "textfield"),
          Editable.required("dueDate", "textfield"),
          Editable.required("requestedAmount", "textfield"),
          Editable.optional("recourse", "checkbox"),
          Editable.optional("disclosed", "checkbox"),
          Editable.optional("customsDeclaration", "textfield"),
          Editable.optional("poReference", "textfield")),
      "credit-review", List.of(
          Editable.required("analystRecommendation", "radio"),
          Editable.required("analystComment", "textarea")),
      "credit-approval", List.of(
          Editable.optional("approved", "checkbox"),
          Editable.required("decisionComment", "textarea")),
      "buyer-confirmation", List.of(
          Editable.optional("buyerConfirmed", "checkbox"),
          Editable.optional("buyerComment", "textarea")),
      "screening-review", List.of(
          Editable.optional("screeningCleared", "checkbox"),
          Editable.required("screeningComment", "textarea")),
      "possible-duplicate", List.of(
          Editable.optional("duplicateCleared", "checkbox"),
          Editable.required("duplicateComment", "textarea")),
      "dunning", List.of(
          Editable.required("dunningOutcome", "select"),
          Editable.required("dunningComment", "textarea")));

  /** Exact decimals travel as String variables: shown in a text field, never a number field. */
  static final Set<String> AMOUNTS_AND_RATES = Set.of(
      "faceAmount", "requestedAmount", "advance", "discountInterest", "serviceFee", "netAdvance", "reserve",
      "applicantLimitAvailable", "counterpartyLimitAvailable",
      "advanceRate", "discountRate", "serviceFeeRate", "probabilityOfDefault");

  /** What Camunda 7.24 Tasklist renders (form-js, schema version 16) and this product uses. */
  static final Set<String> TYPES = Set.of(
      "text", "textfield", "number", "checkbox", "select", "radio", "textarea", "datetime", "group", "separator");

  /** Amounts, rates and the authority are shown as people read them: the task's {@code <name>Text} copies. */
  static final Set<String> CREDIT_DISPLAY = Set.of(
      "applicationId", "applicantName", "counterpartyName", "instrumentNumber", "faceAmountText",
      "requestedAmountText", "dueDate", "tenorDays", "recourse",
      "ratingGrade", "probabilityOfDefaultText", "applicantLimitAvailableText", "counterpartyLimitAvailableText",
      "authorityText", "screeningOutcome",
      "advanceRateText", "advanceText", "discountRateText", "discountDays", "discountInterestText",
      "serviceFeeRateText", "serviceFeeText", "netAdvanceText", "reserveText");

  final ObjectMapper json = new ObjectMapper();

  @TestFactory
  Stream<DynamicTest> everyFactoringFormIsAWellFormedCamundaForm() {
    return EDITABLE.keySet().stream().sorted().map(id -> DynamicTest.dynamicTest(id, () -> {
      JsonNode form = read(id);
      assertThat(form.path("id").asText()).isEqualTo(id);
      assertThat(form.path("type").asText()).isEqualTo("default");
      assertThat(form.path("executionPlatform").asText()).isEqualTo("Camunda Platform");
      assertThat(form.path("executionPlatformVersion").asText()).isEqualTo("7.24.0");
      assertThat(form.path("schemaVersion").asInt()).isEqualTo(16);

      List<JsonNode> components = components(form);
      assertThat(components).allSatisfy(c -> assertThat(c.path("type").asText()).as(c.toString()).isIn(TYPES));
      assertThat(components).extracting(c -> c.path("id").asText())
          .as("component ids").allMatch(componentId -> !componentId.isBlank()).doesNotHaveDuplicates();
      assertThat(keyed(components)).extracting(c -> c.path("key").asText())
          .as("one field per variable (form-js refuses a second binding)").doesNotHaveDuplicates();
    }));
  }

  @TestFactory
  Stream<DynamicTest> everyFormLetsTheWorkerEditExactlyTheContractsFields() {
    return EDITABLE.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(entry ->
        DynamicTest.dynamicTest(entry.getKey(), () -> {
          List<JsonNode> fields = keyed(components(read(entry.getKey())));
          List<Editable> editable = fields.stream()
              .filter(f -> !f.path("disabled").asBoolean())
              .map(f -> new Editable(f.path("key").asText(), f.path("type").asText(),
                  f.path("validate").path("required").asBoolean()))
              .toList();
          assertThat(editable).containsExactlyInAnyOrderElementsOf(entry.getValue());
        }));
  }

  @TestFactory
  Stream<DynamicTest> amountsAndRatesAreTextNeverNumbers() {
    return EDITABLE.keySet().stream().sorted().map(id -> DynamicTest.dynamicTest(id, () ->
        assertThat(keyed(components(read(id))))
            .filteredOn(f -> AMOUNTS_AND_RATES.contains(f.path("key").asText()))
            .allSatisfy(f -> assertThat(f.path("type").asText()).as(f.path("key").asText()).isEqualTo("textfield"))));
  }

  @Test
  void theApplicationFormChecksAmountsAndDatesAsTheProcessExpectsThem() throws IOException {
    List<JsonNode> fields = keyed(components(read("factoring-application")));

    assertThat(field(fields, "faceAmount").path("validate").path("pattern").asText()).isEqualTo(AMOUNT);
    assertThat(field(fields, "requestedAmount").path("validate").path("pattern").asText()).isEqualTo(AMOUNT);
    assertThat(field(fields, "issueDate").path("validate").path("pattern").asText()).isEqualTo(ISO_DATE);
    assertThat(field(fields, "dueDate").path("validate").path("pattern").asText()).isEqualTo(ISO_DATE);
    assertThat(field(fields, "disclosed").path("defaultValue").asBoolean()).isTrue();
    assertThat(field(fields, "currency").path("values")).extracting(v -> v.path("value").asText())
        .containsExactly("USD", "EUR", "GBP", "CNY", "HKD");
    assertThat(field(fields, "customsDeclaration").path("label").asText())
        .isEqualTo("Customs export declaration number (export receivables)");
  }

  @Test
  void theCreditDecisionFormsShowTheWholeCase() throws IOException {
    assertThat(keys(read("credit-review"))).containsAll(CREDIT_DISPLAY);
    assertThat(keys(read("credit-approval"))).containsAll(CREDIT_DISPLAY)
        .contains("analystRecommendation", "analystComment");
    assertThat(components(read("credit-review"))).extracting(c -> c.path("label").asText())
        .contains("Application", "Risk", "Pricing");
    assertThat(field(keyed(components(read("credit-review"))), "analystRecommendation").path("values"))
        .extracting(v -> v.path("value").asText()).containsExactly("APPROVE", "DECLINE");
    assertThat(field(keyed(components(read("dunning"))), "dunningOutcome").path("values"))
        .extracting(v -> v.path("value").asText()).containsExactly("REMINDER_SENT", "BUYER_PROMISED", "ESCALATED");
  }

  @Test
  void theOtherTaskFormsShowWhatTheWorkerDecidesOn() throws IOException {
    assertThat(keys(read("buyer-confirmation")))
        .contains("applicantName", "counterpartyName", "instrumentNumber", "faceAmountText", "dueDate");
    assertThat(keys(read("screening-review")))
        .contains("applicantName", "counterpartyName", "screeningOutcome", "screeningDetail");
    assertThat(keys(read("possible-duplicate"))).contains("applicantName", "counterpartyName", "instrumentNumber",
        "faceAmountText", "currency", "issueDate", "dueDate", "nearDuplicateOf", "nearDuplicateAt", "duplicateDetail");
    assertThat(keys(read("dunning")))
        .contains("applicantName", "counterpartyName", "instrumentNumber", "faceAmountText", "advanceText", "dueDate",
            "recourse");
  }

  /**
   * No form shows a raw figure: every read-only field of an amount or a rate, in every form, is bound to the copy the
   * task carries as people read it ({@code advanceText}: {@code USD 120,000.00}; {@code discountRateText}:
   * {@code 7.50 %}), and explains the tenor and discount days it shows.
   */
  @Test
  void everyReadOnlyFigureIsShownAsPeopleReadIt() throws IOException {
    Set<String> raw = new java.util.HashSet<>(com.scfengine.platform.engine.TaskFigures.AMOUNTS);
    raw.addAll(com.scfengine.platform.engine.TaskFigures.RATES);
    raw.add("authority");
    try (var forms = java.nio.file.Files.list(Path.of("forms"))) {
      for (Path file : forms.filter(f -> f.toString().endsWith(".form")).toList()) {
        for (JsonNode field : keyed(components(json.readTree(file.toFile())))) {
          if (field.path("disabled").asBoolean()) {
            assertThat(raw).as(file + ": " + field.path("key").asText()).doesNotContain(field.path("key").asText());
          }
          if (List.of("tenorDays", "discountDays").contains(field.path("key").asText())) {
            assertThat(field.path("description").asText()).as(file + ": " + field.path("key").asText()).isNotBlank();
          }
        }
      }
    }
  }

  /**
   * A form's own text (Markdown, rendered as HTML) interpolates only values the product checked the shape of —
   * amounts, currencies, dates, the authority — never a name or free text a person typed, which would render as
   * markup (a link in an enterprise's name).
   */
  @Test
  void formTextsShowNoNameOrFreeText() throws IOException {
    java.util.Set<String> checkedShapes = java.util.Set.of("currency", "requestedAmountText", "faceAmountText", "dueDate",
        "authorityText", "applicationId", "findingCount", "checkedAt");
    try (var forms = java.nio.file.Files.list(Path.of("forms"))) {
      for (Path file : forms.filter(f -> f.toString().endsWith(".form")).toList()) {
        for (JsonNode component : components(json.readTree(file.toFile()))) {
          var templated = java.util.regex.Pattern.compile("\\{\\{\\s*([A-Za-z0-9_]+)\\s*}}")
              .matcher(component.path("text").asText(""));
          while (templated.find()) {
            assertThat(checkedShapes).as(file + " text interpolates " + templated.group(1)).contains(templated.group(1));
          }
        }
      }
    }
  }

  JsonNode read(String id) throws IOException {
    return json.readTree(Path.of("forms", id + ".form").toFile());
  }

  /** Every component of the form, those inside groups included. */
  static List<JsonNode> components(JsonNode form) {
    List<JsonNode> all = new ArrayList<>();
    form.path("components").forEach(c -> {
      all.add(c);
      all.addAll(components(c));
    });
    return all;
  }

  static List<JsonNode> keyed(List<JsonNode> components) {
    return components.stream().filter(c -> c.hasNonNull("key")).toList();
  }

  static List<String> keys(JsonNode form) {
    return keyed(components(form)).stream().map(c -> c.path("key").asText()).toList();
  }

  static JsonNode field(List<JsonNode> fields, String key) {
    return fields.stream().filter(f -> key.equals(f.path("key").asText())).findFirst()
        .orElseThrow(() -> new AssertionError("no field bound to " + key));
  }
}
