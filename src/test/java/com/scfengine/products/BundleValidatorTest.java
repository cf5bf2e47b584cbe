package com.scfengine.products;

import com.scfengine.products.validation.BundleValidator;
import com.scfengine.products.validation.BundleResource;
import com.scfengine.products.validation.DeployedDefinitions;
import com.scfengine.products.validation.ModelProblem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.StartEventBuilder;
import org.junit.jupiter.api.Test;

/** The rules of the deployment validation, one by one, without an engine: what is deployed is a stub. */
class BundleValidatorTest {

  private final BundleValidator validator = new BundleValidator(DeclaredBlocks.catalogue());

  /** What a stub engine holds. */
  record Deployed(Set<String> processes, Set<String> decisions, Set<String> forms) implements DeployedDefinitions {
    static Deployed nothing() {
      return new Deployed(Set.of(), Set.of(), Set.of());
    }

    @Override
    public boolean hasProcess(String key) {
      return processes.contains(key);
    }

    @Override
    public boolean hasDecision(String key) {
      return decisions.contains(key);
    }

    @Override
    public boolean hasForm(String key) {
      return forms.contains(key);
    }

    @Override
    public Optional<String> processOfProduct(String productCode) {
      return productCode.equals("FACTORING") ? Optional.of("factoring") : Optional.empty();
    }
  }

  @Test
  void theRepositorysModelsPassAsTheOneDeploymentTheyAreAtStart() throws IOException {
    List<BundleResource> repository = new ArrayList<>();
    for (String folder : List.of("processes", "forms")) {
      try (Stream<Path> files = Files.walk(Path.of(folder))) {
        for (Path file : files.filter(Files::isRegularFile).toList()) {
          repository.add(new BundleResource(file.toString(), Files.readAllBytes(file)));
        }
      }
    }
    assertThat(repository).hasSizeGreaterThan(10);

    assertThat(validator.validate(repository, Deployed.nothing(), false)).isEmpty();
  }

  @Test
  void purchaseOrderFinancePassesAsAProductBundle() {
    assertThat(validator.validate(resources(Bundle.poAdvance()), Deployed.nothing(), true)).isEmpty();
  }

  @Test
  void aTaskListenerMustBeATaskListenerBlockAndAServiceTaskAServiceTaskBlock() {
    BpmnModelInstance model = process()
        .serviceTask("ServiceTask_Wrong").name("Wrong").camundaDelegateExpression("${fourEyes}")
        .userTask("UserTask_Wrong").name("Wrong").camundaTaskListenerDelegateExpression("complete", "${creditRating}")
        .endEvent("EndEvent_Done").name("Done").done();

    assertThat(problems(model)).containsExactlyInAnyOrder(
        "p.bpmn#ServiceTask_Wrong: '${fourEyes}' is a task listener block, here a service task block is needed",
        "p.bpmn#UserTask_Wrong: '${creditRating}' is a service task block, here a task listener block is needed");
  }

  @Test
  void javaClassesAndExpressionsThatNameNoBlockAreRefused() {
    BpmnModelInstance model = process()
        .serviceTask("ServiceTask_Class").name("Class").camundaClass("com.example.Anything")
        .serviceTask("ServiceTask_Call").name("Call").camundaDelegateExpression("${limits.release(execution)}")
        .serviceTask("ServiceTask_Listener").name("Listener")
          .camundaExecutionListenerDelegateExpression("start", "${noSuchBlock}")
        .endEvent("EndEvent_Done").name("Done").done();

    assertThat(problems(model)).hasSize(3).anySatisfy(p -> assertThat(p).startsWith("p.bpmn#ServiceTask_Class: "
        + "camunda:class 'com.example.Anything' is not a building block"))
        .anySatisfy(p -> assertThat(p).startsWith("p.bpmn#ServiceTask_Call: delegateExpression "
            + "'${limits.release(execution)}' must name a building block as ${name}"))
        .anySatisfy(p -> assertThat(p).startsWith("p.bpmn#ServiceTask_Listener: '${noSuchBlock}' is not a building "
            + "block; service task blocks are: registerApplication, recordOutcome"));
  }

  @Test
  void referencesResolveToTheBundleOrToWhatIsDeployedAndExpressionsAtRunTime() {
    BpmnModelInstance model = process()
        .userTask("UserTask_Deployed").name("Deployed form").camundaFormRef("credit-review")
        .userTask("UserTask_Expression").name("Form by expression").camundaFormRef("${formKey}")
        .businessRuleTask("BusinessRuleTask_Deployed").name("Deployed decision").camundaDecisionRef("factoring-pricing")
        .callActivity("CallActivity_Deployed").name("Deployed process").calledElement("collection")
        .callActivity("CallActivity_Expression").name("Process by expression").calledElement("${subProcess}")
        .endEvent("EndEvent_Done").name("Done").done();
    Deployed deployed = new Deployed(Set.of("collection"), Set.of("factoring-pricing"), Set.of("credit-review"));

    assertThat(validator.validate(List.of(bpmn(model)), deployed, false)).isEmpty();
    assertThat(validator.validate(List.of(bpmn(model)), Deployed.nothing(), false)).extracting(ModelProblem::field)
        .containsExactlyInAnyOrder("p.bpmn#UserTask_Deployed", "p.bpmn#BusinessRuleTask_Deployed",
            "p.bpmn#CallActivity_Deployed");
  }

  @Test
  void theBindingDeploymentWantsTheReferenceInTheSameDeployment() {
    BpmnModelInstance model = process()
        .userTask("UserTask_Review").name("Review").camundaFormRef("credit-review").camundaFormRefBinding("deployment")
        .endEvent("EndEvent_Done").name("Done").done();
    Deployed deployed = new Deployed(Set.of(), Set.of(), Set.of("credit-review"));

    assertThat(problems(model, deployed)).containsExactly("p.bpmn#UserTask_Review: camunda:formRef 'credit-review' "
        + "with binding 'deployment' needs the Camunda form in this deployment; it is not");
    assertThat(validator.validate(List.of(bpmn(model), form("credit-review.form", "credit-review")), deployed, false))
        .isEmpty();
  }

  @Test
  void everyExecutableProcessHasANameAndAHistoryTimeToLiveAndEveryDecisionToo() {
    BpmnModelInstance model = Bpmn.createExecutableProcess("p").camundaHistoryTimeToLiveString(null)
        .startEvent("StartEvent_Go").name("Go")
        .endEvent("EndEvent_Done").name("Done").done();
    String dmn = Bundle.poAdvance().files().get(Bundle.DMN).replace("camunda:historyTimeToLive=\"365\"", "");

    assertThat(validator.validate(List.of(bpmn(model), new BundleResource("d.dmn", dmn.getBytes(StandardCharsets.UTF_8))),
        Deployed.nothing(), false)).extracting(ModelProblem::toString).containsExactlyInAnyOrder(
            "p.bpmn#p: executable process has no name: set the name Cockpit and Tasklist show",
            "p.bpmn#p: process has no history time-to-live: set camunda:historyTimeToLive (days, e.g. 365)",
            "d.dmn#po-advance-pricing: decision has no history time-to-live: set camunda:historyTimeToLive (days, e.g. 365)");
  }

  @Test
  void aFormIsJsonWithAnIdAndComponents() {
    List<ModelProblem> problems = validator.validate(List.of(
        new BundleResource("broken.form", "{\n  \"id\": \"x\",\n  oops }".getBytes(StandardCharsets.UTF_8)),
        new BundleResource("anonymous.form", "{\"components\": []}".getBytes(StandardCharsets.UTF_8)),
        new BundleResource("empty.form", "{\"id\": \"empty\"}".getBytes(StandardCharsets.UTF_8))),
        Deployed.nothing(), false);

    assertThat(problems).extracting(ModelProblem::field).containsExactly("broken.form", "anonymous.form", "empty.form#empty");
    assertThat(problems.get(0).line()).isEqualTo(3);
    assertThat(problems.get(0).message()).contains("not valid JSON");
  }

  @Test
  void xmlThatDoesNotParseIsReportedWithItsLine() {
    String truncated = Bundle.poAdvance().files().get(Bundle.BPMN).lines().limit(40)
        .reduce("", (a, b) -> a + b + "\n");
    String notBpmn = "<?xml version=\"1.0\"?>\n<definitions>\n  <process id=\"p\"/>\n</definitions>";
    List<ModelProblem> problems = validator.validate(List.of(
        new BundleResource("truncated.bpmn", truncated.getBytes(StandardCharsets.UTF_8)),
        new BundleResource("other.bpmn", notBpmn.getBytes(StandardCharsets.UTF_8))), Deployed.nothing(), false);

    assertThat(problems).extracting(ModelProblem::field).containsExactly("truncated.bpmn", "other.bpmn");
    assertThat(problems).allSatisfy(p -> {
      assertThat(p.message()).startsWith("does not parse as a BPMN 2.0 model at line");
      assertThat(p.line()).isPositive();
    });
    assertThat(problems.get(1).line()).isEqualTo(2);
  }

  @Test
  void theSameKeyTwiceInOneDeploymentIsRefused() {
    Bundle po = Bundle.poAdvance();
    List<BundleResource> twice = new ArrayList<>(resources(po));
    twice.add(new BundleResource("copy-of-review.form", po.files().get(Bundle.FORM).getBytes(StandardCharsets.UTF_8)));

    assertThat(validator.validate(twice, Deployed.nothing(), true)).extracting(ModelProblem::toString)
        .containsExactly("copy-of-review.form#po-advance-review: form id 'po-advance-review' is used twice in this deployment");
  }

  @Test
  void theProductApiWantsExactlyOneProductThatOpensItsApplicationUnderACodeOfItsOwn() {
    BpmnModelInstance noProduct = process().endEvent("EndEvent_Done").name("Done").done();
    assertThat(problems(noProduct, Deployed.nothing(), true)).singleElement()
        .satisfies(p -> assertThat(p).startsWith("p.bpmn#p: defines no product"));

    String copycat = Bundle.poAdvance().files().get(Bundle.BPMN)
        .replace("value=\"PO_ADVANCE\"", "value=\"FACTORING\"")
        .replace("camunda:delegateExpression=\"${registerApplication}\"", "camunda:delegateExpression=\"${creditRating}\"");
    assertThat(validator.validate(List.of(new BundleResource("c.bpmn", copycat.getBytes(StandardCharsets.UTF_8))),
        new Deployed(Set.of(), Set.of("po-advance-pricing"), Set.of("po-advance-review")), true))
        .extracting(ModelProblem::toString).containsExactlyInAnyOrder(
            "c.bpmn#po-advance: productCode 'FACTORING' is already the product of process 'factoring': choose another "
                + "code, or deploy the new version under process id 'factoring'",
            "c.bpmn#po-advance: a product must open its application: start with a service task "
                + "camunda:delegateExpression=\"${registerApplication}\"");
  }

  // ------------------------------------------------------------------ helpers

  private static StartEventBuilder process() {
    return Bpmn.createExecutableProcess("p").name("P").camundaHistoryTimeToLive(30).startEvent("StartEvent_Go").name("Go");
  }

  private List<String> problems(BpmnModelInstance model) {
    return problems(model, Deployed.nothing());
  }

  private List<String> problems(BpmnModelInstance model, Deployed deployed) {
    return problems(model, deployed, false);
  }

  private List<String> problems(BpmnModelInstance model, Deployed deployed, boolean product) {
    return validator.validate(List.of(bpmn(model)), deployed, product).stream().map(ModelProblem::toString).toList();
  }

  private static BundleResource bpmn(BpmnModelInstance model) {
    return new BundleResource("p.bpmn", Bpmn.convertToString(model).getBytes(StandardCharsets.UTF_8));
  }

  private static BundleResource form(String name, String id) {
    return new BundleResource(name, ("{\"id\": \"" + id + "\", \"type\": \"default\", \"components\": []}")
        .getBytes(StandardCharsets.UTF_8));
  }

  static List<BundleResource> resources(Bundle bundle) {
    return bundle.files().entrySet().stream()
        .map(f -> new BundleResource(f.getKey(), f.getValue().getBytes(StandardCharsets.UTF_8))).toList();
  }
}
