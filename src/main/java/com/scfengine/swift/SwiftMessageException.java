package com.scfengine.swift;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A SWIFT message the engine cannot accept: it breaks the network validation rules, or it carries something the
 * engine's records have no place for. The message names every problem with its tag.
 */
public class SwiftMessageException extends RuntimeException {

  private final List<SwiftProblem> problems;

  public SwiftMessageException(List<SwiftProblem> problems) {
    super(describe(problems));
    this.problems = List.copyOf(problems);
  }

  /** Every problem found, in the order of the message. */
  public List<SwiftProblem> problems() {
    return problems;
  }

  private static String describe(List<SwiftProblem> problems) {
    return problems.size() + (problems.size() == 1 ? " problem: " : " problems: ")
        + problems.stream().map(SwiftProblem::toString).collect(Collectors.joining("; "));
  }
}
