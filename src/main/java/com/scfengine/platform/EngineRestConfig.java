package com.scfengine.platform;

import com.scfengine.applications.FourEyesViolation;
import com.scfengine.products.validation.InvalidBundleException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Map;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.dto.ParseExceptionDto;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

/**
 * Camunda's REST API at {@code /engine-rest}, plus two mappings: a task completion refused by the engine's
 * four-eyes rule answers 403 with the rule's message (Camunda wraps listener exceptions in a generic
 * engine exception, which would otherwise be a 500); a deployment refused by the model validation answers
 * 400 in Camunda's own {@code ParseException} shape, every problem under its resource, so that Camunda
 * Modeler's Deploy shows them all.
 */
@Component
@ApplicationPath("/engine-rest")
public class EngineRestConfig extends CamundaJerseyResourceConfig {

  @Override
  protected void registerAdditionalResources() {
    register(FourEyesExceptionMapper.class);
    register(FourEyesRestExceptionMapper.class);
    register(InvalidBundleExceptionMapper.class);
  }

  /**
   * {@code {"type": "ParseException", "message": "...", "details": {"<resource>": {"errors": [{"message",
   * "line", "column", "mainElementId", "elementIds"}], "warnings": []}}}}: what Camunda answers for a model
   * its own parser refuses, here with every problem of every resource.
   */
  public static class InvalidBundleExceptionMapper implements ExceptionMapper<InvalidBundleException> {
    @Override
    public Response toResponse(InvalidBundleException exception) {
      ParseExceptionDto dto = ParseExceptionDto.fromException(exception);
      dto.setType(ParseException.class.getSimpleName());
      return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE).entity(dto).build();
    }
  }

  /** 403 with the rule's message when a four-eyes refusal is anywhere in the cause chain, else nothing. */
  static Response forbiddenIfFourEyes(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof FourEyesViolation violation) {
        return Response.status(Response.Status.FORBIDDEN).type(MediaType.APPLICATION_JSON_TYPE)
            .entity(Map.of("type", "FourEyesViolation", "message", violation.getMessage())).build();
      }
    }
    return null;
  }

  /** {@code submit-form} wraps engine exceptions in a RestException. */
  @Priority(1)
  public static class FourEyesRestExceptionMapper implements ExceptionMapper<RestException> {
    private final RestExceptionHandler camunda = new RestExceptionHandler();

    @Override
    public Response toResponse(RestException exception) {
      Response forbidden = forbiddenIfFourEyes(exception);
      return forbidden != null ? forbidden : camunda.toResponse(exception);
    }
  }

  @Priority(1)
  public static class FourEyesExceptionMapper implements ExceptionMapper<ProcessEngineException> {

    private final ProcessEngineExceptionHandler camunda = new ProcessEngineExceptionHandler();

    @Override
    public Response toResponse(ProcessEngineException exception) {
      Response forbidden = forbiddenIfFourEyes(exception);
      return forbidden != null ? forbidden : camunda.toResponse(exception);
    }
  }
}
