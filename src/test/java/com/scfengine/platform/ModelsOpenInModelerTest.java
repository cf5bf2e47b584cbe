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
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every model in {@code processes/} and every form in {@code forms/} opens whole in Camunda Modeler:
 * it parses with Camunda's model API, every flow node has a shape and every sequence flow an edge, no two flow nodes
 * are drawn on each other, names and ids are readable, every user task says which team does it, and every process
 * and decision has a history time-to-live.
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

  @org.junit.jupiter.api.Test
  void aTaskDrawnOnAnotherIsFound() {
    BpmnModelInstance model = Bpmn.readModelFromFile(Path.of("processes/common/credit-decision.bpmn").toFile());
    assertThat(BpmnProblems.overlaps(model)).isEmpty();
    BpmnShape approve = shapeOf(model, "UserTask_ApproveCredit");
    BpmnShape review = shapeOf(model, "UserTask_ReviewCredit");
    approve.getBounds().setX(review.getBounds().getX() + 20);
    approve.getBounds().setY(review.getBounds().getY() + 10);
    assertThat(BpmnProblems.overlaps(model)).containsExactly(
        "UserTask_ReviewCredit and UserTask_ApproveCredit are drawn on each other");
  }

  private static BpmnShape shapeOf(BpmnModelInstance model, String element) {
    return model.getModelElementsByType(BpmnShape.class).stream()
        .filter(shape -> shape.getBpmnElement().getId().equals(element)).findFirst().orElseThrow();
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
      problems.addAll(overlaps(model));
      for (UserTask task : model.getModelElementsByType(UserTask.class)) {
        if (task.getDocumentations().isEmpty() || task.getCamundaCandidateGroups() == null) {
          problems.add(task.getId() + " does not say which team does it (candidate groups and documentation)");
        }
      }
      for (var element : model.getModelElementsByType(BaseElement.class)) {
        if (element.getId() != null && GENERATED_ID.matcher(element.getId()).find()) {
          problems.add(element.getId() + " is a generated id, not one a designer can read");
        }
      }
      for (Process process : model.getModelElementsByType(Process.class)) {
        if (process.isExecutable() && process.getCamundaHistoryTimeToLiveString() == null) {
          problems.add(process.getId() + " has no history time-to-live");
        }
        if (process.getName() == null || process.getName().isBlank()) problems.add(process.getId() + " has no name");
      }
      return problems;
    }

    private static final java.util.regex.Pattern GENERATED_ID =
        java.util.regex.Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    /** Flow nodes drawn on top of each other (a boundary event on its own task's border is where it belongs). */
    static List<String> overlaps(BpmnModelInstance model) {
      List<BpmnShape> nodes = model.getModelElementsByType(BpmnShape.class).stream()
          .filter(shape -> shape.getBpmnElement() instanceof FlowNode)
          .filter(shape -> !(shape.getBpmnElement() instanceof SubProcess)) // a container holds its content
          .toList();
      List<String> problems = new ArrayList<>();
      for (int i = 0; i < nodes.size(); i++) {
        for (int j = i + 1; j < nodes.size(); j++) {
          BpmnShape a = nodes.get(i);
          BpmnShape b = nodes.get(j);
          if (attached(a, b) || attached(b, a)) {
            continue;
          }
          double x = Math.min(right(a), right(b)) - Math.max(a.getBounds().getX(), b.getBounds().getX());
          double y = Math.min(bottom(a), bottom(b)) - Math.max(a.getBounds().getY(), b.getBounds().getY());
          if (x > 2 && y > 2) {
            problems.add(a.getBpmnElement().getId() + " and " + b.getBpmnElement().getId() + " are drawn on each other");
          }
        }
      }
      return problems;
    }

    private static boolean attached(BpmnShape event, BpmnShape host) {
      return event.getBpmnElement() instanceof BoundaryEvent boundary
          && boundary.getAttachedTo().getId().equals(host.getBpmnElement().getId());
    }

    private static double right(BpmnShape shape) {
      return shape.getBounds().getX() + shape.getBounds().getWidth();
    }

    private static double bottom(BpmnShape shape) {
      return shape.getBounds().getY() + shape.getBounds().getHeight();
    }
  }
}
