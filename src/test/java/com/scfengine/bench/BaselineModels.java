package com.scfengine.bench;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;

/**
 * The engine-only baseline: the deployed factoring model and the processes it calls, copied with Camunda's
 * model API and changed in three ways only — keys prefixed {@code bench-}, every service task's delegate
 * replaced by the delegate {@code ${benchStep}} ({@link BaselineStep}, which does nothing
 * but write the variables the real step writes), and
 * no product properties (so the copy is no product). Steps, gateways, boundary events, async
 * continuations, retry cycles, call activities with their variable mappings, timers and DMN tasks are
 * those of the product's model as deployed — when the product's model is tuned, the baseline follows.
 * With {@code dmn=false} the two DMN tasks become {@link BaselineStep}s too.
 */
final class BaselineModels {

  static final String PREFIX = "bench-";
  private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
  static final String STEP_BEAN = "benchStep";
  static final List<String> PRODUCT_PROCESSES = List.of("factoring", "document-checks", "credit-decision", "collection");

  private BaselineModels() {}

  static String key(String productKey) {
    return PREFIX + productKey;
  }

  /** Deploys the baseline next to the product; returns its process keys. */
  static List<String> deploy(RepositoryService repository, boolean dmn) {
    var deployment = repository.createDeployment().name("benchmark-baseline");
    List<String> keys = new ArrayList<>();
    for (String key : PRODUCT_PROCESSES) {
      ProcessDefinition definition = repository.createProcessDefinitionQuery().processDefinitionKey(key)
          .latestVersion().singleResult();
      if (definition == null) {
        throw new IllegalStateException("Process '" + key + "' is not deployed");
      }
      BpmnModelInstance model;
      try (InputStream xml = repository.getProcessModel(definition.getId())) { // a copy: never touch the cached model
        model = Bpmn.readModelFromStream(xml);
      } catch (java.io.IOException e) {
        throw new IllegalStateException(e);
      }
      transform(model, key, dmn);
      deployment.addModelInstance(key(key) + ".bpmn", model);
      keys.add(key(key));
    }
    deployment.deploy();
    return keys;
  }

  static void transform(BpmnModelInstance model, String key, boolean dmn) {
    Process process = model.getModelElementById(key);
    process.setId(key(key));
    process.setName("Benchmark baseline: " + process.getName());
    ExtensionElements extensions = process.getExtensionElements();
    if (extensions != null) {
      extensions.getElementsQuery().filterByType(CamundaProperties.class).list()
          .forEach(extensions::removeChildElement);
    }
    // the deployment rules admit only building blocks as delegates (the benchmark registers its step as one) and no
    // method calls in expressions; without its productCode the baseline does not pass for a product
    String step = "${" + STEP_BEAN + "}";
    for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
      if (task.getCamundaDelegateExpression() != null || task.getCamundaClass() != null
          || task.getCamundaExpression() != null) {
        task.removeAttributeNs(CAMUNDA, "class");
        task.removeAttributeNs(CAMUNDA, "expression");
        task.setCamundaDelegateExpression(step);
      }
    }
    if (!dmn) {
      for (BusinessRuleTask task : model.getModelElementsByType(BusinessRuleTask.class)) {
        task.removeAttributeNs(CAMUNDA, "decisionRef");
        task.removeAttributeNs(CAMUNDA, "resultVariable");
        task.removeAttributeNs(CAMUNDA, "mapDecisionResult");
        task.setCamundaDelegateExpression(step);
      }
    }
    for (CallActivity call : model.getModelElementsByType(CallActivity.class)) {
      if (PRODUCT_PROCESSES.contains(call.getCalledElement())) {
        call.setCalledElement(key(call.getCalledElement()));
      }
    }
  }
}
