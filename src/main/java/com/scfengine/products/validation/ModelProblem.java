package com.scfengine.products.validation;

import java.io.Serializable;
import java.util.List;
import org.camunda.bpm.engine.Problem;

/**
 * One reason a model is refused: the resource (file name), the element (its id, when there is one) and what
 * a designer must change. Implements Camunda's {@link Problem}, so that REST clients such as Camunda Modeler
 * read it in Camunda's own {@code ParseException} shape.
 */
public record ModelProblem(String resource, String elementId, String message, int line, int column)
    implements Problem, Serializable {

  public static ModelProblem of(String resource, String elementId, String message) {
    return new ModelProblem(resource, elementId, message, 0, 0);
  }

  /** {@code resource#elementId}, or the resource alone: the field of a problem+json error. */
  public String field() {
    return elementId == null ? resource : resource + "#" + elementId;
  }

  @Override
  public String getMessage() {
    return message;
  }

  @Override
  public int getLine() {
    return line;
  }

  @Override
  public int getColumn() {
    return column;
  }

  @Override
  public String getMainElementId() {
    return elementId;
  }

  @Override
  public List<String> getElementIds() {
    return elementId == null ? List.of() : List.of(elementId);
  }

  @Override
  public String toString() {
    return field() + ": " + message;
  }
}
