package com.scfengine.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The throttle's rule on its own, with a clock the test moves: which requests it watches, how the wait grows, that it
 * is per client, and that a success or a quiet quarter of an hour forgets. Through the running product's doors in
 * {@code EngineDoorsTest}.
 */
class SignInThrottleTest {

  private Instant now = Instant.parse("2026-06-01T09:00:00Z");
  private final SignInThrottle throttle = new SignInThrottle(5, new Clock() {
    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  });

  @Test
  void theWaitGrowsFromASecondToAMinuteAfterTheFreeFailures() {
    assertThat(throttle.delayAfter(5)).isZero();
    assertThat(throttle.delayAfter(6)).isEqualTo(Duration.ofSeconds(1));
    assertThat(throttle.delayAfter(7)).isEqualTo(Duration.ofSeconds(2));
    assertThat(throttle.delayAfter(11)).isEqualTo(Duration.ofSeconds(32));
    assertThat(throttle.delayAfter(12)).isEqualTo(Duration.ofMinutes(1));
    assertThat(throttle.delayAfter(1000)).isEqualTo(Duration.ofMinutes(1));
  }

  @Test
  void aClientThatKeepsFailingWaitsWithoutItsPasswordBeingChecked() throws Exception {
    for (int i = 0; i < 6; i++) {
      assertThat(basic("10.0.0.1", 401).getStatus()).isEqualTo(401);
    }
    MockHttpServletResponse waiting = basic("10.0.0.1", 200);
    assertThat(waiting.getStatus()).isEqualTo(429);
    assertThat(waiting.getHeader("Retry-After")).isEqualTo("1");
    assertThat(waiting.getContentType()).isEqualTo("application/problem+json");
    assertThat(waiting.getContentAsString()).contains("Too many failed sign-ins");

    assertThat(basic("10.0.0.2", 200).getStatus()).as("another client is not slowed").isEqualTo(200);

    now = now.plusSeconds(1);
    assertThat(basic("10.0.0.1", 401).getStatus()).isEqualTo(401);
    assertThat(basic("10.0.0.1", 200).getHeader("Retry-After")).as("the seventh failure: two seconds").isEqualTo("2");
    now = now.plusSeconds(2);
    assertThat(basic("10.0.0.1", 200).getStatus()).as("a success after the wait").isEqualTo(200);
    for (int i = 0; i < 6; i++) {
      assertThat(basic("10.0.0.1", 401).getStatus()).as("a success forgot the failures").isEqualTo(401);
    }
    now = now.plus(Duration.ofMinutes(16));
    assertThat(basic("10.0.0.1", 401).getStatus()).isEqualTo(401);
    assertThat(basic("10.0.0.1", 200).getStatus()).as("a quiet quarter of an hour forgot them").isEqualTo(200);
  }

  @Test
  void theWebappsLoginIsWatchedAndRequestsWithoutAPasswordAreNot() throws Exception {
    for (int i = 0; i < 6; i++) {
      MockHttpServletRequest login = new MockHttpServletRequest("POST",
          "/camunda/api/admin/auth/user/default/login/tasklist");
      login.setRemoteAddr("10.0.0.3");
      assertThat(run(login, 401).getStatus()).isEqualTo(401);
    }
    MockHttpServletRequest login = new MockHttpServletRequest("POST",
        "/camunda/api/admin/auth/user/default/login/cockpit");
    login.setRemoteAddr("10.0.0.3");
    assertThat(run(login, 200).getStatus()).isEqualTo(429);

    MockHttpServletRequest page = new MockHttpServletRequest("GET", "/camunda/app/tasklist/default/");
    page.setRemoteAddr("10.0.0.3");
    assertThat(run(page, 200).getStatus()).as("a page without a password passes").isEqualTo(200);
    for (int i = 0; i < 8; i++) {
      MockHttpServletRequest anonymous = new MockHttpServletRequest("GET", "/api/products");
      anonymous.setRemoteAddr("10.0.0.4");
      assertThat(run(anonymous, 401).getStatus()).as("no password, no failed sign-in").isEqualTo(401);
    }
  }

  private MockHttpServletResponse basic(String client, int answer) throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/engine-rest/task");
    request.setRemoteAddr(client);
    request.addHeader("Authorization",
        "Basic " + Base64.getEncoder().encodeToString("analyst:guess".getBytes(StandardCharsets.UTF_8)));
    return run(request, answer);
  }

  /** Runs the throttle in front of a door that answers {@code answer}. */
  private MockHttpServletResponse run(MockHttpServletRequest request, int answer) throws Exception {
    MockHttpServletResponse response = new MockHttpServletResponse();
    throttle.doFilter(request, response, new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
      @Override
      protected void service(jakarta.servlet.http.HttpServletRequest req, jakarta.servlet.http.HttpServletResponse res) {
        res.setStatus(answer);
      }
    }));
    return response;
  }
}
