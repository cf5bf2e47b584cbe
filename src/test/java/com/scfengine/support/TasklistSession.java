package com.scfengine.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Signed in at Camunda Tasklist's own door as Tasklist signs in: its page hands out an XSRF token, the tasklist login
 * makes a session (a cookie), and the signed-in session gets a token of its own with its next page. Requests to the
 * engine's API under {@code /camunda/api/engine} then carry the session's cookie (in {@code browser}) and
 * {@code token} in {@code X-XSRF-TOKEN}, as {@link #post} and {@link #put} send them.
 */
public record TasklistSession(HttpClient browser, String base, String token) {

  /** Signs {@code user} in (demo password = user name); a login answered other than 200 is an exception. */
  public static TasklistSession signIn(int port, String user) throws IOException, InterruptedException {
    CookieManager cookies = new CookieManager();
    HttpClient browser = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies)
        .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
    String base = "http://127.0.0.1:" + port;
    browser.send(HttpRequest.newBuilder(URI.create(base + "/camunda/app/tasklist/default/")).build(),
        HttpResponse.BodyHandlers.ofString());
    String token = cookie(cookies, "XSRF-TOKEN");
    HttpResponse<String> login = browser.send(HttpRequest.newBuilder(
            URI.create(base + "/camunda/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", token)
        .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + user)).build(),
        HttpResponse.BodyHandlers.ofString());
    if (login.statusCode() != 200) {
      throw new IllegalStateException("Tasklist's login answered " + login.statusCode() + ": " + login.body());
    }
    HttpResponse<String> page = browser.send(HttpRequest.newBuilder(
        URI.create(base + "/camunda/api/engine/engine/")).build(), HttpResponse.BodyHandlers.ofString());
    String fresh = page.headers().firstValue("X-XSRF-TOKEN").orElseGet(() -> cookie(cookies, "XSRF-TOKEN"));
    return new TasklistSession(browser, base, fresh);
  }

  /** POSTs JSON to {@code path} (from the server's root) in this session. */
  public HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
    return send(path, "POST", json);
  }

  /** PUTs JSON to {@code path} (from the server's root) in this session. */
  public HttpResponse<String> put(String path, String json) throws IOException, InterruptedException {
    return send(path, "PUT", json);
  }

  private HttpResponse<String> send(String path, String method, String json)
      throws IOException, InterruptedException {
    return browser.send(HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "application/json").header("X-XSRF-TOKEN", token)
        .method(method, HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** The cookie's latest value. */
  private static String cookie(CookieManager cookies, String name) {
    return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
        .map(HttpCookie::getValue).reduce((first, last) -> last)
        .orElseThrow(() -> new IllegalStateException("Tasklist handed out no " + name + " cookie"));
  }
}
