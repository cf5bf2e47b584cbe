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
import org.springframework.beans.TypeMismatchException;
import org.springframework.data.mapping.PropertyReferenceException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MultipartException;
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

  /**
   * A multipart body that cannot be read: no boundary, a part cut short, not multipart at all (one too large is the
   * base class's 413).
   */
  @ExceptionHandler(MultipartException.class)
  ResponseEntity<ProblemDetail> unreadableParts(MultipartException e) {
    ResponseEntity<ProblemDetail> tooLarge = tooLarge(e);
    if (tooLarge != null) {
      return tooLarge;
    }
    return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "Invalid request",
        "The request body is not a readable multipart body: each part between boundary lines of the Content-Type's "
            + "boundary, the last one closed", List.of(new FieldErrors.FieldError("body", "is not readable multipart"))));
  }

  /** A page sorted by something that is not a property of what is listed. */
  @ExceptionHandler(PropertyReferenceException.class)
  ResponseEntity<ProblemDetail> unknownSort(PropertyReferenceException e) {
    return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "Invalid request",
        "The list cannot be sorted by " + FieldErrors.quoted(e.getPropertyName()),
        List.of(new FieldErrors.FieldError("sort", FieldErrors.quoted(e.getPropertyName())
            + " is not a property of what is listed"))));
  }

  /** Camunda's own authorisation refused the signed-in user (e.g. a deployment without CREATE on Deployment). */
  @ExceptionHandler(org.camunda.bpm.engine.AuthorizationException.class)
  ResponseEntity<ProblemDetail> forbidden(org.camunda.bpm.engine.AuthorizationException e) {
    return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem(HttpStatus.FORBIDDEN, "Forbidden", e.getMessage(), null));
  }

  /**
   * Another request changed the same record at the same moment (an optimistic-locking failure, a lock time-out, a
   * deadlock): this one was rolled back whole. A client that repeats it reads the record as the other left it.
   */
  @ExceptionHandler({org.springframework.dao.ConcurrencyFailureException.class,
      org.camunda.bpm.engine.OptimisticLockingException.class})
  ProblemDetail concurrentChange(Exception e) {
    log.info("Request refused with 409: a concurrent change of the same record ({})", e.getMessage());
    return problem(HttpStatus.CONFLICT, "Conflict", CONCURRENT_CHANGE, null);
  }

  private static final String CONCURRENT_CHANGE = "Another request changed the same record at the same moment; nothing"
      + " was changed by this one. Read the record again before repeating the request";

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
      if (cause instanceof org.springframework.dao.ConcurrencyFailureException
          || cause instanceof org.camunda.bpm.engine.OptimisticLockingException) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(concurrentChange(e));
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

  /** A path variable or query parameter of the wrong type ({@code page=abc}): named, its value quoted cut short. */
  @Override
  protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
      HttpStatusCode status, WebRequest request) {
    String name = ex.getPropertyName() == null ? "parameter" : ex.getPropertyName();
    String wanted = ex.getRequiredType() == null ? "" : " (" + typeName(ex.getRequiredType()) + ")";
    return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "Invalid request",
        "Parameter '" + name + "' has an invalid value" + wanted,
        List.of(new FieldErrors.FieldError(name, FieldErrors.quoted(ex.getValue()) + " is not a valid value" + wanted))));
  }

  private static String typeName(Class<?> type) {
    return switch (type.getSimpleName()) {
      case "int", "Integer", "long", "Long" -> "a whole number";
      case "boolean", "Boolean" -> "true or false";
      default -> type.getSimpleName();
    };
  }

  /** A required query parameter that is not there: named. */
  @Override
  protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "Invalid request",
        "Parameter '" + ex.getParameterName() + "' is required",
        List.of(new FieldErrors.FieldError(ex.getParameterName(), "is required"))));
  }

  /**
   * The answers of Spring MVC's own refusals (a media type the resource does not read, …) as every other: a detail
   * of bounded length and an {@code instance} that does not repeat a long address whole.
   */
  @Override
  protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
      WebRequest request) {
    if (body instanceof ProblemDetail problem) {
      problem.setDetail(bounded(problem.getDetail()));
      if (problem.getTitle() == null) {
        HttpStatus known = HttpStatus.resolve(statusCode.value());
        problem.setTitle(known == null ? "Error" : known.getReasonPhrase());
      }
      problem.setInstance(currentInstance());
    }
    return super.createResponseEntity(body, headers, statusCode, request);
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
    if (ex.getMessage() != null && ex.getMessage().startsWith("Required request body is missing")) {
      detail = "The request body is missing";
      errors = List.of(new FieldErrors.FieldError("body", "is required"));
    } else if (ex.getCause() instanceof StreamConstraintsException limit) {
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

  /** The field's path as the API names fields everywhere: {@code documents[0].type}. */
  private static String path(MismatchedInputException e) {
    return e.getPath().stream().map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
        .collect(Collectors.joining()).replaceFirst("^\\.", "");
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
    problem.setInstance(currentInstance());
    if (errors != null) {
      problem.setProperty("errors", errors.stream()
          .map(error -> new FieldErrors.FieldError(bounded(error.field()), bounded(error.message()))).toList());
    }
    return problem;
  }

  private static String bounded(String text) {
    return text == null || text.length() <= MAX_MESSAGE ? text : text.substring(0, MAX_MESSAGE) + "…";
  }

  /** The longest {@code instance} a problem names: the request's address, cut short beyond it. */
  static final int MAX_INSTANCE = 200;

  /** The request's address as a problem's {@code instance} names it: whole up to {@value #MAX_INSTANCE} characters. */
  static String instance(String address) {
    if (address == null || address.length() <= MAX_INSTANCE) {
      return address;
    }
    int end = MAX_INSTANCE;
    int escape = address.lastIndexOf('%', end - 1);
    if (escape >= 0 && escape > end - 3) {
      end = escape; // not inside an escape
    }
    return address.substring(0, end) + "...";
  }

  /** The {@code instance} of the request being answered, or null when there is none or it is not a URI. */
  private static URI currentInstance() {
    if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
      return null;
    }
    try {
      return URI.create(instance(attributes.getRequest().getRequestURI()));
    } catch (IllegalArgumentException notUri) {
      return null;
    }
  }
}
