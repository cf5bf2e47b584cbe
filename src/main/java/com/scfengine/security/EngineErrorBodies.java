package com.scfengine.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The engine's REST API — {@code /engine-rest} and the webapps' {@code /camunda/api} — answers errors in Camunda's
 * shape ({@code {"type", "message", "code"}}), which clients and the webapps read. Its messages are the exceptions'
 * own, and those can carry an SQL statement, a Java class or a stack frame. This filter keeps the shape and cleans
 * the text: a server error (5xx) says only that the request failed and gives a reference under which the original is
 * logged; a client error keeps its message with Java package names taken off the class names it mentions, unless the
 * message shows SQL or a stack trace, which it then replaces as a server error's. Successful answers pass untouched
 * and unbuffered.
 */
class EngineErrorBodies extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger(EngineErrorBodies.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  /** A qualified Java name: packages in lower case, then the class ({@code org.camunda…VariableValueDto}). */
  private static final Pattern QUALIFIED_NAME = Pattern.compile("\\b(?:[a-z][a-z0-9_]*\\.){2,}([A-Z][\\w$]*)");
  /** What only a database or a stack trace writes. */
  private static final Pattern INTERNALS = Pattern.compile(
      "###|\\bSQL\\b|\\bselect\\s.+\\sfrom\\s+\\w|\\binsert\\s+into\\s|\\bupdate\\s+\\w+\\s+set\\s|\\bdelete\\s+from\\s"
          + "|\\n\\s*at [\\w$.]+\\(|\\bCaused by:",
      Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ErrorCapture capture = new ErrorCapture(response);
    chain.doFilter(request, capture);
    if (capture.captured == null) {
      return;
    }
    if (capture.writer != null) {
      capture.writer.flush();
    }
    Refusal refusal = refusal(capture.captured.toByteArray());
    if (refusal != null) {
      // a rule of the product refused the request: the person sees its words, with the status they call for
      response.setStatus(refusal.status());
    }
    byte[] body = refusal != null ? refusal.body()
        : clean(response.getStatus(), capture.captured.toByteArray(), request);
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  private static byte[] clean(int status, byte[] original, HttpServletRequest request) throws IOException {
    String text = new String(original, StandardCharsets.UTF_8);
    ObjectNode error = null;
    try {
      if (JSON.readTree(original) instanceof ObjectNode node) {
        error = node;
      }
    } catch (IOException notJson) {
      // an error page that is not Camunda's JSON: judged as text
    }
    String message = error != null && error.hasNonNull("message") ? error.get("message").asText() : text;
    if (status >= 500 || INTERNALS.matcher(message).find()) {
      String reference = UUID.randomUUID().toString();
      log.warn("{} {} answered {} (reference {}): {}", request.getMethod(), request.getRequestURI(), status,
          reference, text);
      ObjectNode replaced = JSON.createObjectNode();
      replaced.put("type", status >= 500 ? "ServerError" : "InvalidRequestException");
      replaced.put("message", (status >= 500 ? "The engine could not process the request" : "The request is not valid")
          + "; the operators find the cause in the log under reference " + reference);
      if (error != null && error.has("code")) {
        replaced.set("code", error.get("code"));
      }
      return JSON.writeValueAsBytes(replaced);
    }
    if (error == null) {
      return QUALIFIED_NAME.matcher(text).replaceAll("$1").getBytes(StandardCharsets.UTF_8);
    }
    if (error.hasNonNull("message")) {
      error.put("message", QUALIFIED_NAME.matcher(message).replaceAll("$1"));
    }
    return JSON.writeValueAsBytes(error);
  }

  /** A refusal by one of the product's rules, in Camunda's error shape, and the status it calls for. */
  private record Refusal(int status, byte[] body) {}

  /** What only the product's own refusals say: the four-eyes rule's sentence, which ends the engine's message. */
  private static final Pattern FOUR_EYES = Pattern.compile("(Four eyes: .*?)'?\\s*$", Pattern.DOTALL);

  /**
   * The product's refusals that the engine answers as server errors, because they happen inside a command — bad terms
   * of a start form, a duplicate, the four-eyes rule on a task listener: the person sees their words, with 400, 409
   * or 403. Null for anything else.
   */
  private static Refusal refusal(byte[] original) throws IOException {
    ObjectNode error;
    try {
      if (!(JSON.readTree(original) instanceof ObjectNode node) || !node.hasNonNull("message")) {
        return null;
      }
      error = node;
    } catch (IOException notJson) {
      return null;
    }
    String type = error.path("type").asText();
    String message = error.get("message").asText();
    if (INTERNALS.matcher(message).find()) {
      return null;
    }
    int status = switch (type) {
      case "InvalidInputException" -> 400;
      case "ConflictException" -> 409;
      case "NotFoundException" -> 404;
      default -> 0;
    };
    java.util.regex.Matcher fourEyes = FOUR_EYES.matcher(message);
    if (status == 0 && fourEyes.find()) {
      status = 403;
      type = "FourEyesViolation";
      message = fourEyes.group(1);
    }
    if (status == 0) {
      return null;
    }
    ObjectNode refused = JSON.createObjectNode();
    refused.put("type", type);
    refused.put("message", QUALIFIED_NAME.matcher(message).replaceAll("$1"));
    refused.putNull("code");
    return new Refusal(status, JSON.writeValueAsBytes(refused));
  }

  /** Holds back the body of an error answer (status 400 or more when the body starts); lets any other through. */
  private static final class ErrorCapture extends HttpServletResponseWrapper {

    private ByteArrayOutputStream captured;
    private PrintWriter writer;

    ErrorCapture(HttpServletResponse response) {
      super(response);
    }

    private boolean error() {
      return getStatus() >= 400;
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
      if (!error()) {
        return super.getOutputStream();
      }
      captured = captured == null ? new ByteArrayOutputStream() : captured;
      return new ServletOutputStream() {
        @Override
        public void write(int b) {
          captured.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
          captured.write(b, off, len);
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
          throw new UnsupportedOperationException("error bodies are written blocking");
        }
      };
    }

    @Override
    public PrintWriter getWriter() throws IOException {
      if (!error()) {
        return super.getWriter();
      }
      if (writer == null) {
        writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), StandardCharsets.UTF_8));
      }
      return writer;
    }

    @Override
    public void setContentLength(int length) {
      if (!error()) {
        super.setContentLength(length);
      }
    }

    @Override
    public void setContentLengthLong(long length) {
      if (!error()) {
        super.setContentLengthLong(length);
      }
    }

    @Override
    public void setHeader(String name, String value) {
      if (!(error() && HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name))) {
        super.setHeader(name, value);
      }
    }

    @Override
    public void addHeader(String name, String value) {
      if (!(error() && HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name))) {
        super.addHeader(name, value);
      }
    }

    @Override
    public void flushBuffer() throws IOException {
      if (!error()) {
        super.flushBuffer();
      }
    }
  }
}
