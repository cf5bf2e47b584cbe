package com.scfengine.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every model in {@code processes/} and every form in {@code forms/} opens whole in Camunda Modeler:
 * it parses with Camunda's model API, every flow node has a shape and every sequence flow an edge,
 * names are readable, and every process and decision has a history time-to-live.
 */
class ModelsOpenInModelerTest {

  @TestFactory
  Stream<DynamicTest> everyBpmnHasCompleteDiagramInformation() throws IOException {
    return files("processes", ".bpmn").map(path -> DynamicTest.dynamicTest(path.toString(), () -> {
      BpmnModelInstance model = Bpmn.readModelFromFile(path.toFile());
      Bpmn.validateModel(model);
      assertThat(BpmnProblems.of(model)).as(path.toString()).isEmpty();
    }));
  }

  @TestFactory
  Stream<DynamicTest> everyDmnParsesWithHistoryTimeToLive() throws IOException {
    return files("processes", ".dmn").map(path -> DynamicTest.dynamicTest(path.toString(), () -> {
      DmnModelInstance model = Dmn.readModelFromFile(path.toFile());
      Dmn.validateModel(model);
      assertThat(model.getModelElementsByType(Decision.class)).isNotEmpty().allSatisfy(decision -> {
        assertThat(decision.getName()).as(decision.getId() + " name").isNotBlank();
        assertThat(decision.getCamundaHistoryTimeToLiveString()).as(decision.getId() + " history TTL").isNotBlank();
      });
    }));
  }

  @TestFactory
  Stream<DynamicTest> everyFormIsACamundaForm() throws IOException {
    ObjectMapper json = new ObjectMapper();
    return files("forms", ".form").map(path -> DynamicTest.dynamicTest(path.toString(), () -> {
      JsonNode form = json.readTree(path.toFile());
      assertThat(form.path("id").asText()).as("form id").isNotBlank();
      assertThat(form.path("type").asText()).isEqualTo("default");
      assertThat(form.path("components").isArray() && form.path("components").size() > 0).as("components").isTrue();
      assertThat(path.getFileName().toString()).isEqualTo(form.path("id").asText() + ".form");
    }));
  }

  static Stream<Path> files(String dir, String suffix) throws IOException {
    try (Stream<Path> walk = Files.walk(Path.of(dir))) {
      return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList().stream();
    }
  }

  /** What Modeler needs to show a BPMN whole; shared with the deployment validation of products. */
  static final class BpmnProblems {
    static List<String> of(BpmnModelInstance model) {
      Set<String> drawn = new HashSet<>();
      model.getModelElementsByType(BpmnShape.class).forEach(s -> drawn.add(s.getBpmnElement().getId()));
      model.getModelElementsByType(BpmnEdge.class).forEach(e -> drawn.add(e.getBpmnElement().getId()));
      List<String> problems = new ArrayList<>();
      for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
        if (!drawn.contains(node.getId())) problems.add(node.getId() + " has no diagram shape");
        if (node.getName() == null || node.getName().isBlank()) problems.add(node.getId() + " has no name");
      }
      for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
        if (!drawn.contains(flow.getId())) problems.add(flow.getId() + " has no diagram edge");
      }
      for (Process process : model.getModelElementsByType(Process.class)) {
        if (process.isExecutable() && process.getCamundaHistoryTimeToLiveString() == null) {
          problems.add(process.getId() + " has no history time-to-live");
        }
        if (process.getName() == null || process.getName().isBlank()) problems.add(process.getId() + " has no name");
      }
      return problems;
    }
  }
}
