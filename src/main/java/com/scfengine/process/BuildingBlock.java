package com.scfengine.process;

import java.util.ArrayList;
import java.util.List;

/**
 * One building block a process designer composes products from: a delegate bean referenced as
 * {@code camunda:delegateExpression="${name}"}, a task listener, or a called process. What it reads,
 * what it may be told, what it writes and which BPMN errors its model must catch.
 *
 * <p>The module that implements a block describes it, next to its code, and declares the description as a
 * Spring bean of this type; the building-block catalogue lists every such bean. A description reads like the
 * table it becomes:
 *
 * <pre>{@code
 * BuildingBlock.serviceTask("reserveLimits", "Holds the financed amount ...").order(320)
 *     .reads("advance", "the amount to hold")
 *     .setting("debtorLimit", "optional: true to hold the counterparty's DEBTOR limit too")
 *     .writes("status APPROVED", "the application record")
 *     .error("LIMIT_EXCEEDED", "a facility has not enough available; nothing stays held")
 *     .build();
 * }</pre>
 *
 * @param name what the model names: the bean for {@code ${name}}, or the called process's key
 * @param kind how the model references it
 * @param order where the catalogue lists it: by order, then kind, then name. By custom the hundreds follow an
 *     application's life: 100 the application's record, 200 documents, 300 credit and limits, 400 pricing and
 *     money, 900 called processes
 * @param summary what it does, in the bank's words
 * @param inputs process variables it reads
 * @param settings input parameters ({@code camunda:inputParameter}) that tune it
 * @param outputs process variables it writes and records it changes
 * @param errors BPMN error codes it throws, for boundary events
 */
public record BuildingBlock(String name, Kind kind, int order, String summary, List<Item> inputs,
    List<Item> settings, List<Item> outputs, List<Item> errors) {

  /** The application's terms, as a block that reads them all names them. */
  public static final String TERMS = "applicantId, counterpartyId, instrumentNumber, faceAmount, requestedAmount, "
      + "currency, issueDate, dueDate";

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

  /** A {@code JavaDelegate} bean of that name, for service tasks, send tasks and execution listeners. */
  public static Builder serviceTask(String name, String summary) {
    return new Builder(name, Kind.SERVICE_TASK, summary);
  }

  /** A {@code TaskListener} bean of that name, for a user task's {@code camunda:taskListener}. */
  public static Builder taskListener(String name, String summary) {
    return new Builder(name, Kind.TASK_LISTENER, summary);
  }

  /** A process of that key, deployed with the engine and started by a call activity. */
  public static Builder calledProcess(String key, String summary) {
    return new Builder(key, Kind.CALLED_PROCESS, summary);
  }

  /**
   * The sentence that ends the summary of a block calling the outside world, e.g. {@code callsOut("core banking")}:
   * the model must run it after an async continuation.
   */
  public static String callsOut(String port) {
    return " Run it after an async continuation (asyncBefore with a retry cycle such as R3/PT30S, on it or on the "
        + "call activity around it), so that an outage retries: it calls " + port + ".";
  }

  /** What to write in the model to use it, e.g. {@code camunda:delegateExpression="${creditRating}"}. */
  public String reference() {
    return kind.reference(name);
  }

  /** A delegate bean (service task or task listener) rather than a called process. */
  public boolean isBean() {
    return kind != Kind.CALLED_PROCESS;
  }

  /** Collects a block's description in the order of its table's columns. */
  public static final class Builder {
    private final String name;
    private final Kind kind;
    private final String summary;
    private int order = Integer.MAX_VALUE;
    private final List<Item> inputs = new ArrayList<>();
    private final List<Item> settings = new ArrayList<>();
    private final List<Item> outputs = new ArrayList<>();
    private final List<Item> errors = new ArrayList<>();

    private Builder(String name, Kind kind, String summary) {
      this.name = name;
      this.kind = kind;
      this.summary = summary;
    }

    /** Where the catalogue lists the block (see {@link BuildingBlock#order()}); without it, after every ordered one. */
    public Builder order(int order) {
      this.order = order;
      return this;
    }

    /** A process variable it reads. */
    public Builder reads(String variables, String description) {
      inputs.add(new Item(variables, description));
      return this;
    }

    /** An input parameter that tunes it. */
    public Builder setting(String parameter, String description) {
      settings.add(new Item(parameter, description));
      return this;
    }

    /** A process variable it writes, or a record it changes. */
    public Builder writes(String variables, String description) {
      outputs.add(new Item(variables, description));
      return this;
    }

    /** A BPMN error code it throws, and when. */
    public Builder error(String code, String when) {
      errors.add(new Item(code, when));
      return this;
    }

    public BuildingBlock build() {
      return new BuildingBlock(name, kind, order, summary, inputs, settings, outputs, errors);
    }
  }
}
