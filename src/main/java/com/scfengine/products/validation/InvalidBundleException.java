package com.scfengine.products.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.ResourceReport;

/**
 * The engine refused a deployment because its models break the rules of {@link BundleValidator}; nothing of
 * it was deployed. A {@link ParseException} with one report per resource, so that Camunda's REST API and
 * Camunda Modeler show every problem; {@link #problems()} lists them for the product API.
 */
public class InvalidBundleException extends ParseException {

  private final List<ModelProblem> problems;

  public InvalidBundleException(List<ModelProblem> problems) {
    super(message(problems), problems.get(0).resource(), new ArrayList<>(problems), List.of());
    this.problems = List.copyOf(problems);
    this.resorceReports = reports(problems); // Camunda's field name
  }

  public List<ModelProblem> problems() {
    return problems;
  }

  private static String message(List<ModelProblem> problems) {
    return "The deployment was refused, nothing of it was deployed (" + problems.size() + " problem"
        + (problems.size() == 1 ? "" : "s") + "): "
        + problems.stream().map(ModelProblem::toString).collect(Collectors.joining("; "));
  }

  private static List<ResourceReport> reports(List<ModelProblem> problems) {
    Map<String, List<Problem>> byResource = new LinkedHashMap<>();
    problems.forEach(p -> byResource.computeIfAbsent(p.resource(), r -> new ArrayList<>()).add(p));
    return byResource.entrySet().stream().<ResourceReport>map(e -> new Report(e.getKey(), e.getValue())).toList();
  }

  private record Report(String resource, List<Problem> errors) implements ResourceReport {
    @Override
    public String getResourceName() {
      return resource;
    }

    @Override
    public List<Problem> getErrors() {
      return errors;
    }

    @Override
    public List<Problem> getWarnings() {
      return List.of();
    }
  }
}
