package com.scfengine.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The refusals of {@code /api} that no handler of the API answers are problem+json too, like every other: a path no
 * resource has (404), a method or a media type the resource does not take (405, 415), an address the firewall refuses
 * (400: a ';', an encoded '/' or '%', a control character). They are the errors sent with
 * {@link HttpServletResponse#sendError}; this writes the problem in place of the servlet container's error page. The
 * container's own refusals, before any filter (an address it cannot decode), are {@link ApiErrorReportValve}'s.
 */
class ApiErrorPages extends OncePerRequestFilter {

  private final ObjectMapper json;

  ApiErrorPages(ObjectMapper json) {
    this.json = json;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    chain.doFilter(request, new ProblemOnError(request, response));
  }

  /** The problem+json body of an error {@code status} of {@code request}, with a {@code detail} or the usual one. */
  static Map<String, Object> problem(int status, String detail, String path, String allow) {
    HttpStatus known = HttpStatus.resolve(status);
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", "about:blank");
    problem.put("title", known == null ? "Error" : known.getReasonPhrase());
    problem.put("status", status);
    problem.put("detail", detail != null && !detail.isBlank() ? bounded(detail) : usual(status, allow));
    if (path != null) {
      problem.put("instance", ProblemHandler.instance(path));
    }
    return problem;
  }

  private static String usual(int status, String allow) {
    return switch (status) {
      case 400 -> "The request's address holds what the API does not take: a ';', a '\\', an encoded '/' or '%', or a "
          + "control character";
      case 404 -> "No resource of the API has this address";
      case 405 -> "The resource does not take this method" + (allow == null ? "" : "; it takes " + allow);
      case 406 -> "The resource answers only in the media types its description names";
      case 415 -> "The resource does not read this Content-Type";
      default -> "The request was refused";
    };
  }

  private static String bounded(String text) {
    String line = text.replaceAll("\\p{Cntrl}", " ");
    return line.length() <= 300 ? line : line.substring(0, 300) + "…";
  }

  /** The response, whose errors are written as problem+json at once. */
  private final class ProblemOnError extends HttpServletResponseWrapper {
    private final HttpServletRequest request;

    ProblemOnError(HttpServletRequest request, HttpServletResponse response) {
      super(response);
      this.request = request;
    }

    @Override
    public void sendError(int status) throws IOException {
      sendError(status, null);
    }

    @Override
    public void sendError(int status, String message) throws IOException {
      if (isCommitted()) {
        throw new IllegalStateException("Cannot send an error: the response is committed");
      }
      resetBuffer();
      setStatus(status);
      setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      setCharacterEncoding("UTF-8");
      getOutputStream().write(json.writeValueAsBytes(problem(status, message, request.getRequestURI(),
          getHeader(HttpHeaders.ALLOW))));
      flushBuffer();
    }
  }
}
