package com.scfengine.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Failed sign-ins slow the client that fails, not the user it names. Every door that takes a password — HTTP Basic on
 * {@code /api} and {@code /engine-rest}, the webapps' login — is watched: after {@code freeFailures} failures in a
 * row from one client address, that client's next attempts are answered 429 with {@code Retry-After} before any
 * password is checked, for a second, doubling with each further failure, at most a minute. A sign-in that succeeds
 * forgets the client's failures; so does a quarter of an hour without one.
 *
 * <p>Behind a proxy the client address is the proxy's unless the product is told to trust forwarded headers
 * ({@code server.forward-headers-strategy}).
 */
class SignInThrottle extends OncePerRequestFilter {

  static final Duration MAX_DELAY = Duration.ofMinutes(1);
  private static final Duration FORGET_AFTER = Duration.ofMinutes(15);
  private static final int REMEMBERED_CLIENTS = 100_000;

  private final int freeFailures;
  private final Clock clock;
  private final Map<String, Failures> byClient = new ConcurrentHashMap<>();

  SignInThrottle(int freeFailures, Clock clock) {
    this.freeFailures = freeFailures;
    this.clock = clock;
  }

  /** Failures in a row from one client, the last one's time, and until when the client waits. */
  private record Failures(int count, Instant last, Instant blockedUntil) {}

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!carriesPassword(request)) {
      chain.doFilter(request, response);
      return;
    }
    String client = request.getRemoteAddr();
    Instant now = clock.instant();
    Failures failures = byClient.get(client);
    if (failures != null && failures.blockedUntil().isAfter(now)) {
      tooMany(response, Duration.between(now, failures.blockedUntil()));
      return;
    }
    chain.doFilter(request, response);
    if (response.getStatus() == HttpStatus.UNAUTHORIZED.value()) {
      failed(client, now);
    } else if (failures != null) {
      byClient.remove(client);
    }
  }

  /** HTTP Basic credentials on any request, or a webapp's login form. */
  private static boolean carriesPassword(HttpServletRequest request) {
    String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      return true;
    }
    return "POST".equals(request.getMethod()) && request.getRequestURI().startsWith("/camunda/api/admin/auth/user/")
        && request.getRequestURI().contains("/login/");
  }

  private void failed(String client, Instant now) {
    if (byClient.size() >= REMEMBERED_CLIENTS) {
      byClient.values().removeIf(f -> f.last().plus(FORGET_AFTER).isBefore(now) && !f.blockedUntil().isAfter(now));
    }
    byClient.compute(client, (address, before) -> {
      int count = before == null || before.last().plus(FORGET_AFTER).isBefore(now) ? 1 : before.count() + 1;
      return new Failures(count, now, now.plus(delayAfter(count)));
    });
  }

  /** None for the first free failures, then one second, doubling, at most {@link #MAX_DELAY}. */
  Duration delayAfter(int failures) {
    int beyond = failures - freeFailures;
    if (beyond <= 0) {
      return Duration.ZERO;
    }
    return beyond > 6 ? MAX_DELAY : Duration.ofSeconds(Math.min(1L << (beyond - 1), MAX_DELAY.toSeconds()));
  }

  private static void tooMany(HttpServletResponse response, Duration wait) throws IOException {
    long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
    response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
    response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,"
        + "\"detail\":\"Too many failed sign-ins from this address: try again in " + seconds + " seconds\"}");
  }
}
