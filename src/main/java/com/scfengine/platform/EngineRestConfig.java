package com.scfengine.platform;

import com.scfengine.applications.FourEyesViolation;
import jakarta.annotation.Priority;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

/**
 * Camunda's REST API at {@code /engine-rest}, plus one mapping: a task completion refused by the engine's
 * four-eyes rule answers 403 with the rule's message (Camunda wraps listener exceptions in a generic
 * engine exception, which would otherwise be a 500).
 */
@Component
@ApplicationPath("/engine-rest")
public class EngineRestConfig extends CamundaJerseyResourceConfig {

  @Override
  protected void registerAdditionalResources() {
    register(FourEyesExceptionMapper.class);
  }

  @Priority(1)
  public static class FourEyesExceptionMapper implements ExceptionMapper<ProcessEngineException> {

    private final ProcessEngineExceptionHandler camunda = new ProcessEngineExceptionHandler();

    @Override
    public Response toResponse(ProcessEngineException exception) {
      for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
        if (cause instanceof FourEyesViolation violation) {
          return Response.status(Response.Status.FORBIDDEN).type(MediaType.APPLICATION_JSON_TYPE)
              .entity(Map.of("type", "FourEyesViolation", "message", violation.getMessage())).build();
        }
      }
      return camunda.toResponse(exception);
    }
  }
}
