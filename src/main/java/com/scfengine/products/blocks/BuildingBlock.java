package com.scfengine.products.blocks;

import java.util.List;

/**
 * One building block a process designer composes products from: a delegate bean referenced as
 * {@code camunda:delegateExpression="${name}"}, a task listener, or a called process. What it reads,
 * what it may be told, what it writes and which BPMN errors its model must catch.
 *
 * @param name what the model names: the bean for {@code ${name}}, or the called process's key
 * @param kind how the model references it
 * @param summary what it does, in the bank's words
 * @param inputs process variables it reads
 * @param settings input parameters ({@code camunda:inputParameter}) that tune it
 * @param outputs process variables it writes and records it changes
 * @param errors BPMN error codes it throws, for boundary events
 */
public record BuildingBlock(String name, Kind kind, String summary, List<Item> inputs, List<Item> settings,
    List<Item> outputs, List<Item> errors) {

  /** How a model references a block. */
  public enum Kind {
    /** A {@code JavaDelegate}: service task, send task, or execution listener. */
    SERVICE_TASK("service task", "camunda:delegateExpression=\"${%s}\""),
    /** A {@code TaskListener}: a user task's {@code camunda:taskListener}. */
    TASK_LISTENER("task listener", "camunda:taskListener delegateExpression=\"${%s}\""),
    /** A process deployed with the engine, started by a call activity. */
    CALLED_PROCESS("called process", "calledElement=\"%s\"");

    private final String label;
    private final String reference;

    Kind(String label, String reference) {
      this.label = label;
      this.reference = reference;
    }

    public String label() {
      return label;
    }

    String reference(String name) {
      return reference.formatted(name);
    }
  }

  /** A variable, setting, output or error code, and what it means. */
  public record Item(String name, String description) {}

  public BuildingBlock {
    inputs = List.copyOf(inputs);
    settings = List.copyOf(settings);
    outputs = List.copyOf(outputs);
    errors = List.copyOf(errors);
  }

  /** What to write in the model to use it, e.g. {@code camunda:delegateExpression="${creditRating}"}. */
  public String reference() {
    return kind.reference(name);
  }

  /** A delegate bean (service task or task listener) rather than a called process. */
  public boolean isBean() {
    return kind != Kind.CALLED_PROCESS;
  }
}
