package com.scfengine.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.scfengine.support.Api;
import com.scfengine.support.DatabaseTest;
import com.scfengine.support.FactoringRequests;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a client sends is bounded, and so is the answer to it: a body over 1 MB is refused 413 before it is read
 * whole, a value of any length is quoted cut short, and JSON nested beyond reason is a client's error, not the
 * server's.
 */
@DatabaseTest
class RequestLimitsTest {

  private static final String APPLICATIONS = "/api/products/FACTORING/applications";

  @LocalServerPort
  int port;

  @Test
  void aTwelveMegabyteBodyIsRefused413WithoutBeingRead() throws Exception {
    int length = 12 * 1024 * 1024;
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(("POST " + APPLICATIONS + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
          + "Authorization: Basic " + Base64.getEncoder().encodeToString("rm:rm".getBytes(StandardCharsets.UTF_8))
          + "\r\nContent-Length: " + length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      // only the first 64 KB of the 12 MB: the answer comes without waiting for the rest
      out.write(("{\"sellerId\": \"" + "x".repeat(64 * 1024)).getBytes(StandardCharsets.US_ASCII));
      out.flush();
      String answer = new String(readAnswer(socket.getInputStream()), StandardCharsets.UTF_8);
      assertThat(answer).startsWith("HTTP/1.1 413").containsIgnoringCase("Content-Type: application/problem+json")
          .contains("\"status\":413").contains("larger than 1024 KB");
      assertThat(answer.length()).as(answer).isLessThan(1024);
    }
  }

  @Test
  void aBodyWithoutItsLengthIsRefused413OnceItPassesTheBound() {
    byte[] body = ("{\"sellerId\": \"" + "x".repeat(1_500_000) + "\"}").getBytes(StandardCharsets.UTF_8);
    Api.Response refused = Api.on(port).as("rm").send(Api.on(port).as("rm").request(APPLICATIONS)
        .header("Content-Type", "application/json")
        // no Content-Length: sent in chunks
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));
    assertThat(refused.status()).as(refused.toString()).isEqualTo(413);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(refused.body().length()).isLessThan(1024);
  }

  @Test
  void aPayablesUploadMayBeLargerThanAJsonBody() {
    String twoMegabytes = "[" + "{\"supplierId\": \"SME-001\"},".repeat(80_000) + "{}]";
    assertThat(twoMegabytes.length()).isGreaterThan(2_000_000);
    Api.Response answer = Api.on(port).as("buyer").post("/api/programmes/PRG-NONE/payables", twoMegabytes);
    assertThat(answer.status()).as(answer.toString()).isNotEqualTo(413).isBetween(400, 499);
  }

  @Test
  void aLongValueIsQuotedCutShortAndTheFieldNamed() {
    Map<String, Object> body = FactoringRequests.invoice("SME-001", "BUY-001", "6000.00", "5000.00");
    body.put("currency", "U".repeat(200 * 1024));
    Api.Response refused = Api.on(port).as("rm").post(APPLICATIONS, body);
    assertThat(refused.status()).as(refused.toString().substring(0, 300)).isEqualTo(400);
    assertThat(refused.body().length()).as("the answer's size").isLessThan(4 * 1024);
    assertThat(refused.json().path("errors").toString()).contains("currency").contains("UUUU…");
  }

  @Test
  void aValueOfTheWrongFormIsQuotedCutShort() {
    Map<String, Object> body = FactoringRequests.invoice("SME-001", "BUY-001", "6000.00", "5000.00");
    body.put("issueDate", "2025-" + "1".repeat(200 * 1024));
    Api.Response refused = Api.on(port).as("rm").post(APPLICATIONS, body);
    assertThat(refused.status()).as(refused.toString().substring(0, 300)).isEqualTo(400);
    assertThat(refused.body().length()).as("the answer's size").isLessThan(4 * 1024);
    assertThat(refused.body()).contains("issueDate");
  }

  @Test
  void jsonNestedTenThousandDeepIsTheClientsError() {
    String deep = "[".repeat(10_000) + "]".repeat(10_000);
    Api rm = Api.on(port).as("rm");
    Api.Response whole = rm.post(APPLICATIONS, deep);
    assertThat(whole.status()).as(whole.toString()).isEqualTo(400);
    assertThat(whole.contentType()).startsWith("application/problem+json");
    Api.Response inAField = rm.post(APPLICATIONS, "{\"sellerId\": " + deep + "}");
    assertThat(inAField.status()).as(inAField.toString()).isEqualTo(400);
    Api.Response upload = Api.on(port).as("buyer").post("/api/programmes/PRG-NONE/payables", deep);
    assertThat(upload.status()).as(upload.toString()).isBetween(400, 499);
  }

  /**
   * The status line, headers and body of one answer, read as it comes: the server answers while the rest of the body
   * is still unsent, and need not close the connection at once.
   */
  private static byte[] readAnswer(InputStream in) throws Exception {
    var answer = new java.io.ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    for (int n; !complete(answer.toString(StandardCharsets.UTF_8)) && (n = in.read(buffer)) > 0; ) {
      answer.write(buffer, 0, n);
    }
    return answer.toByteArray();
  }

  private static boolean complete(String answer) {
    int headersEnd = answer.indexOf("\r\n\r\n");
    if (headersEnd < 0) {
      return false;
    }
    var length = java.util.regex.Pattern.compile("(?i)content-length: *(\\d+)").matcher(answer.substring(0, headersEnd));
    if (length.find()) {
      return answer.length() - headersEnd - 4 >= Integer.parseInt(length.group(1));
    }
    return answer.endsWith("\r\n0\r\n\r\n"); // chunked: the last chunk
  }
}
