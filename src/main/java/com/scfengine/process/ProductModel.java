package com.scfengine.process;

import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

/**
 * Reads the product a model defines from its process-level extension properties ({@code productCode},
 * {@code productName}, {@code productCategory}), which a designer edits in Modeler's properties panel.
 */
public final class ProductModel {

  public static final String CODE = "productCode";
  public static final String NAME = "productName";
  public static final String CATEGORY = "productCategory";

  private ProductModel() {}

  public static Map<String, String> properties(BpmnModelInstance model, String processId) {
    Process process = model.getModelElementById(processId);
    if (process == null) {
      return Map.of();
    }
    ExtensionElements extensions = process.getExtensionElements();
    if (extensions == null) {
      return Map.of();
    }
    return extensions.getElementsQuery().filterByType(CamundaProperties.class).list().stream()
        .flatMap(p -> p.getCamundaProperties().stream())
        .filter(p -> p.getCamundaName() != null && p.getCamundaValue() != null)
        .collect(Collectors.toMap(CamundaProperty::getCamundaName, CamundaProperty::getCamundaValue, (a, b) -> a));
  }
}
