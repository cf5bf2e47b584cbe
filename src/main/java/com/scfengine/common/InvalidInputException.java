package com.scfengine.common;

import java.util.List;

/** A request refused before anything was written; {@code errors} names each bad field. */
public class InvalidInputException extends RuntimeException {
  private final transient List<FieldErrors.FieldError> errors;

  public InvalidInputException(String message, List<FieldErrors.FieldError> errors) {
    super(message);
    this.errors = errors;
  }

  public InvalidInputException(String field, String message) {
    this("Invalid request", List.of(new FieldErrors.FieldError(field, message)));
  }

  public List<FieldErrors.FieldError> errors() {
    return errors;
  }
}
