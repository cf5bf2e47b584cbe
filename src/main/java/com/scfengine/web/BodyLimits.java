package com.scfengine.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Request bodies on {@code /api} are bounded, and a body over its bound is refused without being read: 413
 * problem+json. A body that says its length ({@code Content-Length}) is refused before a byte of it is read; one
 * that does not (chunked) is read until it passes the bound, and the reading then fails with
 * {@link BodyTooLargeException}, which {@link ProblemHandler} answers 413 as well. The bounds
 * ({@link BodyLimitProperties}): JSON bodies, the payables upload (JSON or CSV), and multipart bodies (product
 * bundles) at Spring Boot's multipart request size, which Tomcat also enforces while it reads the parts.
 */
class BodyLimits extends OncePerRequestFilter {

  /** The one resource that takes large bodies: a programme's payables, up to 20,000 lines. */
  private static final Pattern PAYABLES_UPLOAD = Pattern.compile("/api/programmes/[^/]+/payables/?");

  private final long maxBody;
  private final long maxUpload;
  private final long maxMultipart;
  private final ObjectMapper json;

  BodyLimits(BodyLimitProperties limits, DataSize maxMultipart, ObjectMapper json) {
    this.maxBody = limits.maxBodySize().toBytes();
    this.maxUpload = limits.maxUploadSize().toBytes();
    this.maxMultipart = maxMultipart.toBytes();
    this.json = json;
  }

  /** The bound of {@code request}'s body, in bytes. */
  long limitOf(HttpServletRequest request) {
    String contentType = request.getContentType();
    if (contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
      return maxMultipart;
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return PAYABLES_UPLOAD.matcher(path).matches() ? maxUpload : maxBody;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    long limit = limitOf(request);
    if (request.getContentLengthLong() > limit) {
      refuse(request, response, limit);
      return;
    }
    boolean multipart = limit == maxMultipart && request.getContentType() != null
        && request.getContentType().toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
    chain.doFilter(multipart ? request : new Bounded(request, limit), response);
  }

  private void refuse(HttpServletRequest request, HttpServletResponse response, long limit) throws IOException {
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", "about:blank");
    problem.put("title", "Content Too Large");
    problem.put("status", HttpStatus.PAYLOAD_TOO_LARGE.value());
    problem.put("detail", tooLarge(limit));
    problem.put("instance", request.getRequestURI());
    response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    // the rest of the body is not read: the connection is not used again
    response.setHeader("Connection", "close");
    json.writeValue(response.getOutputStream(), problem);
  }

  static String tooLarge(long limit) {
    return "The request body is larger than " + DataSize.ofBytes(limit).toKilobytes() + " KB, the most this resource"
        + " accepts";
  }

  /** Reading past the bound of a body that did not say its length. */
  static final class BodyTooLargeException extends IOException {
    private final long limit;

    BodyTooLargeException(long limit) {
      super(tooLarge(limit));
      this.limit = limit;
    }

    long limit() {
      return limit;
    }
  }

  /** The request, whose body fails once more than {@code limit} bytes have been read. */
  private static final class Bounded extends HttpServletRequestWrapper {
    private final long limit;
    private ServletInputStream stream;
    private BufferedReader reader;

    Bounded(HttpServletRequest request, long limit) {
      super(request);
      this.limit = limit;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        stream = new Counting(super.getInputStream(), limit);
      }
      return stream;
    }

    @Override
    public BufferedReader getReader() throws IOException {
      if (reader == null) {
        String encoding = getCharacterEncoding();
        Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
        reader = new BufferedReader(new InputStreamReader(getInputStream(), charset));
      }
      return reader;
    }
  }

  private static final class Counting extends ServletInputStream {
    private final ServletInputStream body;
    private final long limit;
    private long read;

    Counting(ServletInputStream body, long limit) {
      this.body = body;
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = body.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = body.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) throws BodyTooLargeException {
      read += n;
      if (read > limit) {
        throw new BodyTooLargeException(limit);
      }
    }

    @Override
    public boolean isFinished() {
      return body.isFinished();
    }

    @Override
    public boolean isReady() {
      return body.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      body.setReadListener(listener);
    }
  }
}
