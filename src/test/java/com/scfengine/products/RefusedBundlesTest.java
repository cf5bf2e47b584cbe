package com.scfengine.products;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.scfengine.support.Api;
import com.scfengine.support.DatabaseTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every kind of broken bundle is refused whole, on both doors — {@code POST /api/products} (problem+json,
 * {@code errors[].field = resource#elementId}) and Camunda Modeler's {@code POST /engine-rest/deployment/create}
 * (Camunda's ParseException shape) — naming the element, and nothing of the bundle is deployed: not the broken
 * model, not the good DMN and form beside it.
 */
@DatabaseTest
class RefusedBundlesTest {

  @LocalServerPort int port;
  @Autowired RepositoryService repositoryService;

  private final List<Bundle> made = new ArrayList<>();

  @AfterEach
  void removeWhatWasDeployed() {
    made.forEach(bundle -> ProductDelivery.removeDeploymentsOf(repositoryService, bundle));
  }

  /** A kind of breakage: how to break the bundle, and where the answer must point. */
  record Broken(String kind, UnaryOperator<Bundle> breakIt, String file, Function<Bundle, String> elementId,
      String says) {
    @Override
    public String toString() {
      return kind;
    }
  }

  static Stream<Broken> brokenBundles() {
    return Stream.of(
        new Broken("a task without diagram shape", b -> b.edit(Bundle.BPMN, xml -> xml.replaceAll(
            "<bpmndi:BPMNShape bpmnElement=\"ServiceTask_ShowLimits\"[\\s\\S]*?</bpmndi:BPMNShape>", "")),
            Bundle.BPMN, b -> "ServiceTask_ShowLimits", "has no diagram shape"),
        new Broken("a flow without diagram edge", b -> b.edit(Bundle.BPMN, xml -> xml.replaceAll(
            "<bpmndi:BPMNEdge bpmnElement=\"" + flowInto(b, "ServiceTask_ShowLimits") + "\"[\\s\\S]*?</bpmndi:BPMNEdge>",
            "")), Bundle.BPMN, b -> flowInto(b, "ServiceTask_ShowLimits"), "has no diagram edge"),
        new Broken("an unknown delegate", b -> b.edit(Bundle.BPMN, xml -> xml.replace("${limitAvailability}",
            "${limitLookup}")), Bundle.BPMN, b -> "ServiceTask_ShowLimits", "'${limitLookup}' is not a building block"),
        new Broken("a form reference that resolves to nothing", b -> b.without(Bundle.FORM),
            Bundle.BPMN, b -> "UserTask_ReviewPurchaseOrder", "camunda:formRef"),
        new Broken("a decision reference that resolves to nothing", b -> b.without(Bundle.DMN),
            Bundle.BPMN, b -> "BusinessRuleTask_PriceAndCheckEligibility", "camunda:decisionRef"),
        new Broken("no history time-to-live", b -> b.edit(Bundle.BPMN, xml -> xml.replace(
            "camunda:historyTimeToLive=\"365\"", "")), Bundle.BPMN, Bundle::processKey, "no history time-to-live"),
        new Broken("a condition that reaches the engine's services", b -> b.edit(Bundle.BPMN, xml -> xml.replace(
            ">${eligible}</conditionExpression>", ">${execution.getProcessEngineServices().getIdentityService()"
                + ".createMembership('designer', 'camunda-admin') == null}</conditionExpression>")),
            Bundle.BPMN, b -> flowWithCondition(b, "${eligible}"), "calls a method"),
        new Broken("a due date that reads the configuration", b -> b.edit(Bundle.BPMN, xml -> xml.replace(
            "camunda:dueDate=\"${dateTime().plusDays(1).toDate()}\"",
            "camunda:dueDate=\"${environment.getProperty('spring.datasource.password')}\"")),
            Bundle.BPMN, b -> "UserTask_ReviewPurchaseOrder", "calls a method"),
        new Broken("a Java class by reflection in a name", b -> b.edit(Bundle.BPMN, xml -> xml.replace(
            "name=\"Mark in review\"", "name=\"${''.getClass().forName('java.lang.Runtime')}\"")),
            Bundle.BPMN, b -> "ServiceTask_MarkInReview", "calls a method"),
        new Broken("an engine object passed on", b -> b.edit(Bundle.BPMN, xml -> xml.replace(
            ">${eligibilityReason}</camunda:inputParameter>", ">${execution}</camunda:inputParameter>")),
            Bundle.BPMN, b -> "ServiceTask_RejectNotEligible", "reaches the engine's object 'execution'"),
        new Broken("a script in an input parameter", b -> b.edit(Bundle.BPMN, xml -> xml.replace(
            ">${eligibilityReason}</camunda:inputParameter>",
            "><camunda:script scriptFormat=\"groovy\">'x'</camunda:script></camunda:inputParameter>")),
            Bundle.BPMN, b -> "ServiceTask_RejectNotEligible", "contains a script"),
        new Broken("XML that does not parse", b -> b.edit(Bundle.BPMN, xml -> xml.substring(0, xml.length() / 2)),
            Bundle.BPMN, b -> null, "does not parse"));
  }

  /** The id of the sequence flow whose condition is {@code condition}. */
  static String flowWithCondition(Bundle bundle, String condition) {
    Matcher flow = Pattern.compile("<sequenceFlow id=\"([^\"]+)\"[^>]*>\\s*<conditionExpression[^>]*>"
        + Pattern.quote(condition) + "<").matcher(bundle.files().get(bundle.name(Bundle.BPMN)));
    assertThat(flow.find()).as("a flow with condition " + condition).isTrue();
    return flow.group(1);
  }

  /** The id of the sequence flow that leads into {@code target} (the fluent API names flows by UUID). */
  static String flowInto(Bundle bundle, String target) {
    Matcher flow = Pattern.compile("<sequenceFlow id=\"([^\"]+)\"[^>]*targetRef=\"" + target + "\"")
        .matcher(bundle.files().get(bundle.name(Bundle.BPMN)));
    assertThat(flow.find()).as("a flow into " + target).isTrue();
    return flow.group(1);
  }

  static Stream<Arguments> brokenBundlesOnBothDoors() {
    return brokenBundles().flatMap(broken -> Stream.of(Arguments.of(broken, "product API"),
        Arguments.of(broken, "Modeler")));
  }

  @ParameterizedTest(name = "{0} through the {1}")
  @MethodSource("brokenBundlesOnBothDoors")
  void isRefusedWholeNamingTheElement(Broken broken, String door) {
    Bundle own = ownProduct();
    Bundle bundle = broken.breakIt().apply(own);
    String resource = bundle.name(broken.file());
    String elementId = broken.elementId().apply(own);

    if (door.equals("product API")) {
      Api.Response refused = Doors.productApi(as("designer"), bundle);
      assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
      assertThat(refused.contentType()).startsWith("application/problem+json");
      assertThat(refused.json().path("detail").asText()).contains("nothing of it was deployed");
      assertThat(refused.json().path("errors")).as(refused.toString()).anySatisfy(error -> {
        String field = error.path("field").asText();
        if (elementId == null) {
          assertThat(field).startsWith(resource);
        } else {
          assertThat(field).isEqualTo(resource + "#" + elementId);
        }
        assertThat(error.path("message").asText()).contains(broken.says());
      });
    } else {
      Api.Response refused = Doors.modeler(as("designer"), bundle, "broken product");
      assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
      JsonNode body = refused.json();
      assertThat(body.path("type").asText()).isEqualTo("ParseException");
      assertThat(body.path("message").asText()).contains(broken.says());
      assertThat(body.path("details").path(resource).path("errors")).as(refused.toString()).anySatisfy(error -> {
        if (elementId != null) {
          assertThat(error.path("mainElementId").asText()).isEqualTo(elementId);
        }
        assertThat(error.path("message").asText()).contains(broken.says());
      });
    }

    assertNothingDeployed(bundle);
  }

  @Test
  void everyProblemOfABundleIsListedAtOnceOnBothDoors() {
    Bundle bundle = ownProduct()
        .edit(Bundle.BPMN, xml -> xml.replace("${limitAvailability}", "${limitLookup}")
            .replaceAll("<bpmndi:BPMNShape bpmnElement=\"ServiceTask_ComputePricing\"[\\s\\S]*?</bpmndi:BPMNShape>", "")
            .replace("camunda:historyTimeToLive=\"365\"", "")
            .replace("delegateExpression=\"${fourEyes}\"", "delegateExpression=\"${disbursement}\""))
        .edit(Bundle.DMN, xml -> xml.replace("camunda:historyTimeToLive=\"365\"", ""))
        .edit(Bundle.FORM, json -> json.replace("\"components\"", "\"parts\""));
    String bpmn = bundle.name(Bundle.BPMN);
    List<String> expected = List.of(
        bpmn + "#ServiceTask_ShowLimits",
        bpmn + "#ServiceTask_ComputePricing",
        bpmn + "#" + bundle.processKey(),
        bpmn + "#UserTask_ReviewPurchaseOrder",
        bundle.name(Bundle.DMN) + "#" + bundle.decisionKey(),
        bundle.name(Bundle.FORM) + "#" + bundle.formKey());

    Api.Response api = Doors.productApi(as("designer"), bundle);
    assertThat(api.status()).isEqualTo(400);
    List<String> fields = new ArrayList<>();
    api.json().path("errors").forEach(e -> fields.add(e.path("field").asText()));
    assertThat(fields).containsAll(expected);

    Api.Response modeler = Doors.modeler(as("designer"), bundle, "broken product");
    assertThat(modeler.status()).isEqualTo(400);
    List<String> problems = new ArrayList<>();
    modeler.json().path("details").fields().forEachRemaining(resource -> resource.getValue().path("errors")
        .forEach(e -> problems.add(resource.getKey() + "#" + e.path("mainElementId").asText())));
    assertThat(problems).containsAll(expected);

    assertNothingDeployed(bundle);
  }

  @Test
  void referencesResolveToWhatIsDeployedAlready() {
    Bundle own = ownProduct();
    Bundle bundle = own.edit(Bundle.BPMN, xml -> xml
            .replace("camunda:formRef=\"" + own.formKey() + "\"", "camunda:formRef=\"credit-review\"")
            .replace("camunda:decisionRef=\"" + own.decisionKey() + "\"", "camunda:decisionRef=\"factoring-pricing\""))
        .without(Bundle.FORM).without(Bundle.DMN);

    Api.Response deployed = Doors.productApi(as("designer"), bundle);

    assertThat(deployed.status()).as(deployed.toString()).isEqualTo(201);
    assertThat(deployed.json().path("processKey").asText()).isEqualTo(own.processKey());
  }

  @Test
  void theProductApiDeploysProductsOnly() {
    Bundle bundle = ownProduct().edit(Bundle.BPMN, xml -> xml.replaceAll(
        "<camunda:property name=\"productCode\" value=\"[^\"]+\"/>", ""));

    Api.Response refused = Doors.productApi(as("designer"), bundle);

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().path("errors").get(0).path("field").asText())
        .isEqualTo(bundle.name(Bundle.BPMN) + "#" + bundle.processKey());
    assertThat(refused.json().path("errors").get(0).path("message").asText()).contains("defines no product");
  }

  @Test
  void aProductCodeBelongsToOneProcess() {
    Bundle copycat = ownProduct().edit(Bundle.BPMN, xml -> xml.replaceAll(
        "<camunda:property name=\"productCode\" value=\"[^\"]+\"/>",
        "<camunda:property name=\"productCode\" value=\"FACTORING\"/>"));

    Api.Response refused = Doors.modeler(as("designer"), copycat, "copycat");

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().path("message").asText())
        .contains("productCode 'FACTORING' is already the product of process 'factoring'");
  }

  // ------------------------------------------------------------------ helpers

  private Bundle ownProduct() {
    Bundle bundle = Bundle.poAdvance().as("bad" + UUID.randomUUID().toString().substring(0, 6));
    made.add(bundle);
    return bundle;
  }

  private Api as(String user) {
    return Api.on(port).as(user);
  }

  private void assertNothingDeployed(Bundle bundle) {
    assertThat(ProductDelivery.deploymentsOf(repositoryService, bundle)).as("deployments with its files").isEmpty();
    assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(bundle.processKey()).count())
        .as("process").isZero();
    assertThat(repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey(bundle.decisionKey()).count())
        .as("decision").isZero();
  }
}
