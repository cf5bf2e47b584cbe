package com.scfengine.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.scfengine.support.Api;
import com.scfengine.support.DatabaseTest;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Failed sign-ins lock a user as Camunda's own login does, at every door that takes a password: {@code /api},
 * {@code /engine-rest} and the webapps' login. Each failure delays the user's next sign-in; one tried while the delay
 * runs is refused and not counted; the tenth counted failure locks the user — his right password is then refused
 * everywhere, in the same words as a wrong one — until an administrator unlocks him. Every request comes from an
 * address of its own (the whole of 127/8 is this machine), so the per-address throttle never answers 429 here.
 */
@DatabaseTest
@ExtendWith(OutputCaptureExtension.class)
class SignInLockoutTest {

  private static final String PASSWORD = "Right-password-1";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final AtomicInteger ADDRESSES = new AtomicInteger();

  @LocalServerPort int port;
  @Autowired IdentityService identityService;
  @Autowired ProcessEngineConfigurationImpl engine;
  @Autowired SecuritySettings settings;

  private final List<String> users = new ArrayList<>();

  @AfterEach
  void deleteUsers() {
    users.forEach(identityService::deleteUser);
  }

  @Test
  void tenFailedSignInsLockTheUserAtEveryDoorUntilAnAdministratorUnlocksHim() throws Exception {
    assertThat(engine.getLoginMaxAttempts()).as("Camunda's default, config/application.yaml").isEqualTo(10);
    String id = analyst();

    // the first failure delays the user's next sign-in by Camunda's 3 s
    long before = System.currentTimeMillis();
    assertThat(api(id, "wrong-1").status()).isEqualTo(401);
    assertThat(stored(id).getAttempts()).isOne();
    assertThat(stored(id).getLockExpirationTime()).isBetween(new Date(before + 2_000), new Date(before + 4_500));
    // while the delay runs, sign-ins are refused without being counted, the right password's too
    assertThat(engineRest(id, "wrong-2").status()).isEqualTo(401);
    assertThat(webappLogin(id, PASSWORD).status()).as("delayed").isEqualTo(401);
    assertThat(stored(id).getAttempts()).as("refused during the delay, not counted").isOne();

    // failures 2 to 10, each once the delay before it has run out, spread over the three doors; Camunda's delay is
    // made zero meanwhile so that the test does not sit through 3 + 6 + 12 + 24 + 48 + 60 + 60 + 60 s
    int delayBase = engine.getLoginDelayBase();
    try {
      engine.setLoginDelayBase(0);
      for (int failure = 2; failure <= 10; failure++) {
        awaitDelayOver(id);
        Answer refused = switch (failure % 3) {
          case 0 -> api(id, "wrong-" + failure);
          case 1 -> engineRest(id, "wrong-" + failure);
          default -> webappLogin(id, "wrong-" + failure);
        };
        assertThat(refused.status()).as("failure " + failure).isEqualTo(401);
        assertThat(stored(id).getAttempts()).as("counted").isEqualTo(failure);
      }
    } finally {
      engine.setLoginDelayBase(delayBase);
    }
    awaitDelayOver(id);

    // locked: the right password is refused at every door, and the answer tells nothing about the lock
    Answer locked = api(id, PASSWORD);
    assertThat(locked.status()).isEqualTo(401);
    assertThat(locked.header("Content-Type")).startsWith("application/problem+json");
    assertThat(json(locked).path("detail").asText()).startsWith("The sign-in failed.")
        .isEqualTo(json(api("nobody-" + UUID.randomUUID(), "guess")).path("detail").asText());
    assertThat(locked.body().toLowerCase()).doesNotContain("lock", "attempt", "delay");
    assertThat(Api.on(port).get("/api/products").json().path("detail").asText()).as("no credentials: nothing failed")
        .startsWith("Sign in with HTTP Basic");
    assertThat(engineRest(id, PASSWORD).status()).isEqualTo(401);
    Answer webapp = webappLogin(id, PASSWORD);
    assertThat(webapp.status()).isEqualTo(401);
    assertThat(withoutTimestamp(webapp)).as("Camunda's plain 401, as for a user who does not exist")
        .isEqualTo(withoutTimestamp(webappLogin("nobody-" + UUID.randomUUID(), "guess")));
    assertThat(webapp.body().toLowerCase()).doesNotContain("lock", "attempt", "delay");
    assertThat(stored(id).getAttempts()).as("still locked, nothing more counted").isEqualTo(10);

    // only an administrator unlocks
    assertThat(Api.on(port).as("analyst").post("/engine-rest/user/" + id + "/unlock", Map.of()).status())
        .isEqualTo(403);
    assertThat(api(id, PASSWORD).status()).isEqualTo(401);
    var unlocked = Api.on(port).as("admin").post("/engine-rest/user/" + id + "/unlock", Map.of());
    assertThat(unlocked.status()).as(unlocked.toString()).isEqualTo(204);

    assertThat(api(id, PASSWORD).status()).isEqualTo(200);
    assertThat(engineRest(id, PASSWORD).status()).isEqualTo(200);
    assertThat(webappLogin(id, PASSWORD).status()).isEqualTo(200);
    assertThat(stored(id).getAttempts()).isZero();
    assertThat(stored(id).getLockExpirationTime()).isNull();
  }

  @Test
  void theUsersNamedInUnlockAtStartAreUnlockedWhenTheNodeStarts(CapturedOutput log) throws Exception {
    String id = analyst();
    int delayBase = engine.getLoginDelayBase();
    try {
      engine.setLoginDelayBase(0);
      for (int failure = 1; failure <= 10; failure++) {
        awaitDelayOver(id);
        assertThat(identityService.checkPassword(id, "wrong-" + failure)).isFalse();
      }
    } finally {
      engine.setLoginDelayBase(delayBase);
    }
    awaitDelayOver(id);
    assertThat(identityService.checkPassword(id, PASSWORD)).as("locked").isFalse();
    String unknown = "nobody-" + UUID.randomUUID().toString().substring(0, 8);

    // as SCF_SECURITY_UNLOCK_AT_START gives it: a comma list
    var named = new Binder(new MapConfigurationPropertySource(Map.of("scf.security.unlock-at-start",
        " " + id + " ," + unknown + ",,"))).bind("scf.security", SecuritySettings.class).get();
    assertThat(named.unlockAtStart()).containsExactly(id, unknown);
    new UnlockAtStart(identityService, named).run(null);

    assertThat(identityService.checkPassword(id, PASSWORD)).as("unlocked").isTrue();
    assertThat(log.getOut()).containsPattern("WARN .*Unlocked user " + Pattern.quote(id) + " at start")
        .containsPattern("WARN .*names user " + Pattern.quote(unknown) + ", who does not exist");
  }

  @Test
  void noUserIsUnlockedAtStartByDefault() {
    assertThat(settings.unlockAtStart()).isEmpty();
    assertThat(new Binder(new MapConfigurationPropertySource(Map.of("scf.security.unlock-at-start", "")))
        .bindOrCreate("scf.security", SecuritySettings.class).unlockAtStart()).isEmpty();
  }

  // ------------------------------------------------------------------ helpers

  /** A throwaway credit analyst: Tasklist is open to him, and {@code /api/products}. */
  private String analyst() {
    String id = "locked-" + UUID.randomUUID().toString().substring(0, 8);
    User user = identityService.newUser(id);
    user.setPassword(PASSWORD);
    identityService.saveUser(user);
    users.add(id);
    identityService.createMembership(id, Roles.CREDIT_ANALYSTS);
    return id;
  }

  private UserEntity stored(String id) {
    return (UserEntity) identityService.createUserQuery().userId(id).singleResult();
  }

  private void awaitDelayOver(String id) {
    await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50)).until(() -> {
      Date until = stored(id).getLockExpirationTime();
      return until == null || !until.after(new Date());
    });
  }

  private record Answer(int status, String head, String body) {
    String header(String name) {
      var value = Pattern.compile("(?im)^" + Pattern.quote(name) + ": *(.*?)\\r?$").matcher(head);
      return value.find() ? value.group(1) : "";
    }

    List<String> cookies() {
      List<String> cookies = new ArrayList<>();
      var set = Pattern.compile("(?im)^Set-Cookie: *([^;\\r\\n]+)").matcher(head);
      while (set.find()) {
        cookies.add(set.group(1));
      }
      return cookies;
    }
  }

  private Answer api(String user, String password) throws IOException {
    return basic("/api/products", user, password);
  }

  private Answer engineRest(String user, String password) throws IOException {
    return basic("/engine-rest/task", user, password);
  }

  private Answer basic(String path, String user, String password) throws IOException {
    String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return http(nextAddress(), "GET " + path + " HTTP/1.0\r\nHost: 127.0.0.1\r\nAccept: application/json\r\n"
        + "Authorization: Basic " + credentials + "\r\n\r\n");
  }

  /** Camunda's webapp login as the browser does it: Tasklist's page for the session and XSRF cookies, then the form. */
  private Answer webappLogin(String user, String password) throws IOException {
    String from = nextAddress();
    Answer page = http(from, "GET /camunda/app/tasklist/default/ HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n");
    String token = page.cookies().stream().filter(c -> c.startsWith("XSRF-TOKEN=")).findFirst()
        .orElseThrow(() -> new AssertionError("no XSRF cookie: " + page.head())).substring("XSRF-TOKEN=".length());
    String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
        + URLEncoder.encode(password, StandardCharsets.UTF_8);
    return http(from, "POST /camunda/api/admin/auth/user/default/login/tasklist HTTP/1.0\r\nHost: 127.0.0.1\r\n"
        + "Cookie: " + String.join("; ", page.cookies()) + "\r\nX-XSRF-TOKEN: " + token + "\r\n"
        + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + form.length() + "\r\n\r\n" + form);
  }

  private static String nextAddress() {
    int n = ADDRESSES.incrementAndGet();
    return "127.0." + (10 + n / 250) + "." + (1 + n % 250);
  }

  /** One HTTP/1.0 exchange from a chosen loopback address (the JDK's HTTP client cannot bind one). */
  private Answer http(String from, String request) throws IOException {
    try (var socket = new Socket()) {
      socket.bind(new InetSocketAddress(from, 0));
      socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
      socket.setSoTimeout(30_000);
      socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
      String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int end = answer.indexOf("\r\n\r\n");
      String head = end < 0 ? answer : answer.substring(0, end);
      return new Answer(Integer.parseInt(head.split(" ", 3)[1]), head, end < 0 ? "" : answer.substring(end + 4));
    }
  }

  private static JsonNode json(Answer answer) throws IOException {
    return JSON.readTree(answer.body());
  }

  private static JsonNode withoutTimestamp(Answer answer) throws IOException {
    var body = (com.fasterxml.jackson.databind.node.ObjectNode) json(answer);
    body.remove("timestamp");
    return body;
  }
}
