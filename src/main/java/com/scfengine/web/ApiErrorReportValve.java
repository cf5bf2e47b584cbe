package com.scfengine.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's error report, as problem+json for an address under {@code /api}: what the servlet container refuses before
 * any filter sees the request — an address it cannot decode (an encoded '/', a {@code %00}, a broken escape) — is
 * answered like every other refusal of the API. Elsewhere Tomcat's own report, without its server information and
 * exception report. Tomcat makes it (by its class name) when the host starts; {@link ApiErrorsConfig} names it.
 */
public class ApiErrorReportValve extends ErrorReportValve {

  private static final ObjectMapper JSON = new ObjectMapper();

  public ApiErrorReportValve() {
    setShowReport(false);
    setShowServerInfo(false);
  }

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    String address = request.getCoyoteRequest().requestURI().toString();
    if (address == null || !address.startsWith("/api/")) {
      super.report(request, response, throwable);
      return;
    }
    int status = response.getStatus();
    if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
      return;
    }
    try {
      String body = JSON.writeValueAsString(ApiErrorPages.problem(status, null, address, null));
      response.setContentType("application/problem+json");
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      Writer writer = response.getReporter();
      if (writer != null) {
        writer.write(body);
        response.finishResponse();
      }
    } catch (IOException | IllegalStateException e) {
      // the connection is gone, or the answer has begun: nothing more to write
    }
  }
}
