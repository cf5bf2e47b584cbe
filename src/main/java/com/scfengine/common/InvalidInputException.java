package com.scfengine.common;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A request refused before anything was written; {@code errors} names each bad field. The message names them too
 * ({@code Application has 1 invalid field(s): dueDate must be after issueDate}), so that a door which shows only an
 * exception's message — Camunda's REST API, Tasklist — shows what to correct.
 */
public class InvalidInputException extends RuntimeException {
  private final String summary;
  private final transient List<FieldErrors.FieldError> errors;

  public InvalidInputException(String summary, List<FieldErrors.FieldError> errors) {
    super(summary + ": " + errors.stream().map(e -> e.field() + " " + e.message()).collect(Collectors.joining("; ")));
    this.summary = summary;
    this.errors = errors;
  }

  public InvalidInputException(String field, String message) {
    this("Invalid request", List.of(new FieldErrors.FieldError(field, message)));
  }

  /** What was refused, without the fields: {@code Application has 2 invalid field(s)}. */
  public String summary() {
    return summary;
  }

  public List<FieldErrors.FieldError> errors() {
    return errors;
  }
}
