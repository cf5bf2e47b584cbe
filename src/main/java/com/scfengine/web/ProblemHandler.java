package com.scfengine.web;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.scfengine.common.ConflictException;
import com.scfengine.common.DatabaseUnavailable;
import com.scfengine.common.FieldErrors;
import com.scfengine.common.InvalidInputException;
import com.scfengine.common.NotFoundException;
import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Turns domain exceptions into RFC 9457 {@code application/problem+json}. */
@RestControllerAdvice(basePackages = "com.scfengine")
class ProblemHandler extends ResponseEntityExceptionHandler {

  private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ProblemHandler.class);

  @ExceptionHandler(InvalidInputException.class)
  ProblemDetail badRequest(InvalidInputException e) {
    return problem(HttpStatus.BAD_REQUEST, "Invalid request", e.getMessage(), e.errors());
  }

  @ExceptionHandler(NotFoundException.class)
  ProblemDetail notFound(NotFoundException e) {
    return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage(), null);
  }

  @ExceptionHandler(ConflictException.class)
  ProblemDetail conflict(ConflictException e) {
    return problem(HttpStatus.CONFLICT, "Conflict", e.getMessage(), null);
  }

  /** Camunda's own authorisation refused the signed-in user (e.g. a deployment without CREATE on Deployment). */
  @ExceptionHandler(org.camunda.bpm.engine.AuthorizationException.class)
  ResponseEntity<ProblemDetail> forbidden(org.camunda.bpm.engine.AuthorizationException e) {
    return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem(HttpStatus.FORBIDDEN, "Forbidden", e.getMessage(), null));
  }

  /** A domain refusal raised inside the engine (e.g. by the first step of a starting instance). */
  @ExceptionHandler(org.camunda.bpm.engine.ProcessEngineException.class)
  ResponseEntity<ProblemDetail> engine(org.camunda.bpm.engine.ProcessEngineException e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof ConflictException conflict) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(conflict(conflict));
      }
      if (cause instanceof InvalidInputException bad) {
        return ResponseEntity.badRequest().body(badRequest(bad));
      }
      if (cause instanceof NotFoundException missing) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(notFound(missing));
      }
    }
    return unexpected(e);
  }

  /**
   * Anything else is the server's fault: 500 with a reference to the log, never the exception's own text (it may
   * quote SQL, table and column names, class names).
   */
  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception e) {
    ResponseEntity<ProblemDetail> tooLarge = tooLarge(e);
    if (tooLarge != null) {
      return tooLarge;
    }
    if (DatabaseUnavailable.in(e)) {
      log.warn("Request refused with 503: the database is not reachable ({})", e.getMessage());
      return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
          .header(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS))
          .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "Service Unavailable", DatabaseUnavailable.DETAIL, null));
    }
    String reference = java.util.UUID.randomUUID().toString();
    log.error("Request failed (reference {})", reference, e);
    return ResponseEntity.internalServerError().body(problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
        "The request could not be completed and nothing was changed; the server's log has the details under the"
            + " reference " + reference, null));
  }

  /** Unreadable JSON, unknown properties and values of the wrong type name the field when Jackson knows it. */
  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    ResponseEntity<ProblemDetail> tooLarge = tooLarge(ex);
    if (tooLarge != null) {
      return ResponseEntity.status(tooLarge.getStatusCode()).body(tooLarge.getBody());
    }
    List<FieldErrors.FieldError> errors = null;
    String detail = "The request body is not valid JSON for this resource";
    if (ex.getCause() instanceof StreamConstraintsException limit) {
      // nested too deeply, a number or a name too long: Jackson stops reading at its limits
      detail = "The request body is beyond what is read: " + limit.getOriginalMessage();
    } else if (ex.getCause() instanceof UnrecognizedPropertyException unknown) {
      errors = List.of(new FieldErrors.FieldError(unknown.getPropertyName(), "is not a known field; known fields are "
          + unknown.getKnownPropertyIds()));
      detail = "Unknown field '" + unknown.getPropertyName() + "'";
    } else if (ex.getCause() instanceof InvalidFormatException invalid && !invalid.getPath().isEmpty()) {
      String field = path(invalid);
      errors = List.of(new FieldErrors.FieldError(field, "has an invalid value " + FieldErrors.quoted(invalid.getValue())));
      detail = "Field '" + field + "' has an invalid value";
    } else if (ex.getCause() instanceof MismatchedInputException mismatched && !mismatched.getPath().isEmpty()) {
      String field = path(mismatched);
      errors = List.of(new FieldErrors.FieldError(field, "has a value of the wrong type"));
      detail = "Field '" + field + "' has a value of the wrong type";
    }
    return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "Invalid request", detail, errors));
  }

  private static String path(MismatchedInputException e) {
    return e.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
        .collect(Collectors.joining("."));
  }

  /** 413 when reading the body stopped at its bound ({@link BodyLimits}), else null. */
  private static ResponseEntity<ProblemDetail> tooLarge(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof BodyLimits.BodyTooLargeException tooLarge) {
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(problem(HttpStatus.PAYLOAD_TOO_LARGE,
            "Content Too Large", BodyLimits.tooLarge(tooLarge.limit()), null));
      }
    }
    return null;
  }

  /**
   * The most characters of a problem's detail and of each error's message. Values are quoted cut short where they are
   * quoted ({@link FieldErrors#quoted}); this bounds whatever else a message carries, so that no answer grows with
   * what was sent.
   */
  static final int MAX_MESSAGE = 1000;

  static ProblemDetail problem(HttpStatus status, String title, String detail, List<FieldErrors.FieldError> errors) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, bounded(detail));
    problem.setTitle(title);
    problem.setType(URI.create("about:blank"));
    if (errors != null) {
      problem.setProperty("errors", errors.stream()
          .map(error -> new FieldErrors.FieldError(bounded(error.field()), bounded(error.message()))).toList());
    }
    return problem;
  }

  private static String bounded(String text) {
    return text == null || text.length() <= MAX_MESSAGE ? text : text.substring(0, MAX_MESSAGE) + "…";
  }
}
