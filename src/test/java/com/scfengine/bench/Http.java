package com.scfengine.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.scfengine.support.TasklistSession;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** The benchmark's HTTP client: the public API on loopback, as a demo user (password = user name). */
final class Http {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient client;
  private final String base;
  private final String authorization;
  /** Tasklist's XSRF token, sent with every request of a Tasklist session; null elsewhere. */
  private final String xsrfToken;

  private Http(HttpClient client, String base, String user) {
    this(client, base, user == null ? null
        : "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)), null);
  }

  private Http(HttpClient client, String base, String authorization, String xsrfToken) {
    this.client = client;
    this.base = base;
    this.authorization = authorization;
    this.xsrfToken = xsrfToken;
  }

  static Http on(int port) {
    return new Http(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(10)).build(), "http://127.0.0.1:" + port, null);
  }

  Http as(String user) {
    return new Http(client, base, user);
  }

  /**
   * Signed in as Tasklist signs in ({@link TasklistSession}): every later request carries the session's cookie and
   * XSRF token, no password.
   */
  Http tasklist(String user) {
    try {
      TasklistSession session = TasklistSession.signIn(URI.create(base).getPort(), user);
      return new Http(session.browser(), base, null, session.token());
    } catch (IOException e) {
      throw new IllegalStateException("Signing in at Tasklist failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** POSTs JSON and returns the answer's JSON; anything but 2xx is an exception naming status and body. */
  JsonNode post(String path, Object body) {
    return readTree(send(request(path).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(write(body)))), path);
  }

  /** POSTs a body of another type ({@code text/csv}) and returns the answer's JSON. */
  JsonNode post(String path, String contentType, String body) {
    return readTree(send(request(path).header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))), path);
  }

  JsonNode get(String path) {
    return readTree(send(request(path).GET()), path);
  }

  /**
   * POSTs JSON asking for HAL alone, as Tasklist does (with {@code application/json} beside it the engine answers
   * its plain list, without the count); returns the answer's JSON.
   */
  JsonNode postHal(String path, String body) {
    return readTree(send(request(path).setHeader("Accept", "application/hal+json")
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body))), path);
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120))
        .header("Accept", "application/json");
    if (authorization != null) {
      builder.header("Authorization", authorization);
    }
    if (xsrfToken != null) {
      builder.header("X-XSRF-TOKEN", xsrfToken);
    }
    return builder;
  }

  private String send(HttpRequest.Builder request) {
    HttpRequest built = request.build();
    try {
      HttpResponse<String> response = client.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      if (response.statusCode() / 100 != 2) {
        throw new IllegalStateException(built.method() + " " + built.uri().getPath() + " answered "
            + response.statusCode() + ": " + response.body());
      }
      return response.body();
    } catch (IOException e) {
      throw new IllegalStateException(built.method() + " " + built.uri() + " failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode readTree(String body, String path) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new IllegalStateException(path + " did not answer JSON: " + body, e);
    }
  }

  private static String write(Object body) {
    try {
      return JSON.writeValueAsString(body);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
