package com.scfengine.products.validation;

import static com.scfengine.products.validation.BundleValidator.isBlank;

import com.scfengine.process.BuildingBlock;
import com.scfengine.process.BuildingBlock.Kind;
import com.scfengine.process.ProductModel;
import com.scfengine.products.blocks.BuildingBlockCatalogue;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.impl.BpmnModelConstants;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.xml.instance.DomElement;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/** The rules of {@link BundleValidator} for one BPMN resource; adds every problem it finds to the list. */
public final class BpmnChecks {

  private static final Pattern BEAN = Pattern.compile("^\\s*[$#]\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}\\s*$");
  private static final Pattern PRODUCT_CODE = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,31}");
  private static final List<String> CAMUNDA_NAMESPACES =
      List.of(BpmnModelConstants.CAMUNDA_NS, BpmnModelConstants.ACTIVITI_NS);
  private static final String DEPLOYMENT_BINDING = "deployment";

  /** An executable process that defines a product (extension property productCode). */
  public record ProductProcess(String resource, String processId, String code) {}

  private final String resource;
  private final BpmnModelInstance model;
  private final BundleContents bundle;
  private final DeployedDefinitions deployed;
  private final BuildingBlockCatalogue blocks;
  private final List<ModelProblem> problems;

  BpmnChecks(String resource, BpmnModelInstance model, BundleContents bundle, DeployedDefinitions deployed,
      BuildingBlockCatalogue blocks, List<ModelProblem> problems) {
    this.resource = resource;
    this.model = model;
    this.bundle = bundle;
    this.deployed = deployed;
    this.blocks = blocks;
    this.problems = problems;
  }

  void run() {
    diagram();
    processes();
    delegates(model.getDocument().getRootElement());
    references();
    products(resource, model).forEach(this::product);
  }

  public static List<ProductProcess> products(String resource, BpmnModelInstance model) {
    return model.getModelElementsByType(Process.class).stream().filter(Process::isExecutable)
        .map(p -> new ProductProcess(resource, p.getId(), ProductModel.properties(model, p.getId()).get(ProductModel.CODE)))
        .filter(p -> !isBlank(p.code())).toList();
  }

  // ------------------------------------------------------------------ diagram, names, history

  private void diagram() {
    Set<String> drawn = new HashSet<>();
    model.getModelElementsByType(BpmnShape.class).stream().map(BpmnShape::getBpmnElement)
        .filter(e -> e != null).forEach(e -> drawn.add(e.getId()));
    model.getModelElementsByType(BpmnEdge.class).stream().map(BpmnEdge::getBpmnElement)
        .filter(e -> e != null).forEach(e -> drawn.add(e.getId()));
    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      if (!drawn.contains(node.getId())) {
        problem(node.getId(), "has no diagram shape (BPMNShape): Modeler cannot show it; draw it in Modeler");
      }
    }
    for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
      if (!drawn.contains(flow.getId())) {
        problem(flow.getId(), "has no diagram edge (BPMNEdge): Modeler cannot show it; draw it in Modeler");
      }
    }
  }

  private void processes() {
    for (Process process : model.getModelElementsByType(Process.class)) {
      if (!process.isExecutable()) {
        continue;
      }
      if (isBlank(process.getName())) {
        problem(process.getId(), "executable process has no name: set the name Cockpit and Tasklist show");
      }
      if (isBlank(process.getCamundaHistoryTimeToLiveString())) {
        problem(process.getId(), "process has no history time-to-live: set camunda:historyTimeToLive (days, e.g. 365)");
      }
    }
  }

  // ------------------------------------------------------------------ delegates

  /** Every {@code delegateExpression} and {@code class}, on tasks, events and listeners alike. */
  private void delegates(DomElement element) {
    String expression = camunda(element, "delegateExpression");
    if (expression != null) {
      delegate(element, expression);
    }
    String javaClass = camunda(element, "class");
    if (javaClass != null) {
      problem(owner(element), "camunda:class '" + javaClass + "' is not a building block: use "
          + "camunda:delegateExpression=\"${name}\" with a block of GET /api/building-blocks");
    }
    element.getChildElements().forEach(this::delegates);
  }

  private void delegate(DomElement element, String expression) {
    Kind needed = "taskListener".equals(element.getLocalName()) ? Kind.TASK_LISTENER : Kind.SERVICE_TASK;
    Matcher bean = BEAN.matcher(expression);
    if (!bean.matches()) {
      problem(owner(element), "delegateExpression '" + expression + "' must name a building block as ${name}");
      return;
    }
    String name = bean.group(1);
    Optional<BuildingBlock> block = blocks.bean(name);
    if (block.isEmpty()) {
      problem(owner(element), "'" + expression + "' is not a building block; " + needed.label() + " blocks are: "
          + blocks.all().stream().filter(b -> b.kind() == needed).map(BuildingBlock::name)
              .collect(Collectors.joining(", ")));
    } else if (block.get().kind() != needed) {
      problem(owner(element), "'" + expression + "' is a " + block.get().kind().label() + " block, here a "
          + needed.label() + " block is needed");
    }
  }

  private static String camunda(DomElement element, String attribute) {
    for (String namespace : CAMUNDA_NAMESPACES) {
      String value = element.getAttribute(namespace, attribute);
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  /** The id of the task, event or process a listener or event definition belongs to. */
  private static String owner(DomElement element) {
    for (DomElement at = element; at != null; at = at.getParentElement()) {
      String id = at.getAttribute("id");
      if (id != null && !at.getLocalName().endsWith("EventDefinition")) {
        return id;
      }
    }
    return null;
  }

  // ------------------------------------------------------------------ references

  private void references() {
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      form(task.getId(), task.getCamundaFormRef(), task.getCamundaFormRefBinding());
    }
    for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
      form(start.getId(), start.getCamundaFormRef(), start.getCamundaFormRefBinding());
    }
    for (BusinessRuleTask task : model.getModelElementsByType(BusinessRuleTask.class)) {
      resolve(task.getId(), "camunda:decisionRef", "decision", task.getCamundaDecisionRef(),
          task.getCamundaDecisionRefBinding(), bundle::hasDecision, deployed::hasDecision);
    }
    for (CallActivity call : model.getModelElementsByType(CallActivity.class)) {
      resolve(call.getId(), "calledElement", "process", call.getCalledElement(), call.getCamundaCalledElementBinding(),
          bundle::hasProcess, deployed::hasProcess);
    }
  }

  private void form(String elementId, String formRef, String binding) {
    resolve(elementId, "camunda:formRef", "Camunda form", formRef, binding, bundle::hasForm, deployed::hasForm);
  }

  /** A reference resolves to this deployment or to what is deployed; an expression is resolved at run time. */
  private void resolve(String elementId, String attribute, String what, String ref, String binding,
      Predicate<String> inBundle, Predicate<String> isDeployed) {
    if (isBlank(ref) || ref.contains("${") || ref.contains("#{") || inBundle.test(ref)) {
      return;
    }
    if (DEPLOYMENT_BINDING.equals(binding)) {
      problem(elementId, attribute + " '" + ref + "' with binding 'deployment' needs the " + what
          + " in this deployment; it is not");
    } else if (!isDeployed.test(ref)) {
      problem(elementId, attribute + " '" + ref + "' resolves to no " + what
          + ": add it to this deployment or deploy it first");
    }
  }

  // ------------------------------------------------------------------ products

  private void product(ProductProcess product) {
    if (!PRODUCT_CODE.matcher(product.code()).matches()) {
      problem(product.processId(), "productCode '" + product.code() + "' must be 1-32 letters, digits or '_', "
          + "starting with a letter");
      return;
    }
    deployed.processOfProduct(product.code()).filter(key -> !key.equals(product.processId())).ifPresent(key ->
        problem(product.processId(), "productCode '" + product.code() + "' is already the product of process '" + key
            + "': choose another code, or deploy the new version under process id '" + key + "'"));
    boolean opensApplication = model.getModelElementsByType(ServiceTask.class).stream()
        .filter(task -> "registerApplication".equals(beanName(task.getCamundaDelegateExpression())))
        .anyMatch(task -> product.processId().equals(processOf(task)));
    if (!opensApplication) {
      problem(product.processId(), "a product must open its application: start with a service task "
          + "camunda:delegateExpression=\"${registerApplication}\"");
    }
  }

  private static String beanName(String expression) {
    Matcher bean = expression == null ? null : BEAN.matcher(expression);
    return bean != null && bean.matches() ? bean.group(1) : null;
  }

  private static String processOf(ModelElementInstance element) {
    for (ModelElementInstance at = element; at != null; at = at.getParentElement()) {
      if (at instanceof Process process) {
        return process.getId();
      }
    }
    return null;
  }

  private void problem(String elementId, String message) {
    problems.add(ModelProblem.of(resource, elementId, message));
  }
}
