package com.scfengine.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.scfengine.support.AppProcess;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A production installation's first administrator comes from the operator, never from its first visitor. Each
 * case starts the product under {@code prod} as its own process on a new, empty database — as a bank's first
 * production start would be.
 */
class FirstAdministratorTest {

  @Test
  void withoutAnAdministratorTheProductionStartIsRefused() {
    AppProcess prod = AppProcess.launch("prod-no-admin", Map.of(), prodOnNewDatabase("noadmin"));
    assertThat(prod.awaitExit(Duration.ofSeconds(120))).isNotZero();
    assertThat(prod.output()).contains("there is no administrator")
        .contains("CAMUNDA_BPM_ADMINUSER_ID", "CAMUNDA_BPM_ADMINUSER_PASSWORD");
  }

  @Test
  void anAdministratorWithoutAPasswordOfHisOwnIsRefusedBeforeHeIsCreated() {
    AppProcess prod = AppProcess.launch("prod-admin-no-password", Map.of("CAMUNDA_BPM_ADMINUSER_ID", "bankadmin"),
        prodOnNewDatabase("nopassword"));
    assertThat(prod.awaitExit(Duration.ofSeconds(120))).isNotZero();
    assertThat(prod.output()).contains("needs a password of his own").as("refused before the engine starts").doesNotContain("ENGINE-00001");
  }

  @Test
  void theOperatorsAdministratorSignsInAndTheSetupDoorStaysShutForEveryone() throws Exception {
    String password = "Op-" + UUID.randomUUID();
    try (AppProcess prod = AppProcess.start("prod-first-admin",
        Map.of("CAMUNDA_BPM_ADMINUSER_ID", "bankadmin", "CAMUNDA_BPM_ADMINUSER_PASSWORD", password),
        prodOnNewDatabase("firstadmin"))) {
      var admin = prod.api().as("bankadmin", password);
      var users = admin.get("/engine-rest/user");
      assertThat(users.status()).as(users.toString()).isEqualTo(200);
      assertThat(ids(users.body())).containsExactly("bankadmin");
      assertThat(admin.get("/engine-rest/group?member=bankadmin").body()).contains("\"camunda-admin\"");
      assertThat(admin.get("/api/products").status()).isEqualTo(200);

      // as Camunda Admin's setup page would do it: its page for the XSRF cookie, then the create-user call
      String intruder = "{\"profile\":{\"id\":\"intruder\",\"firstName\":\"I\",\"lastName\":\"N\",\"email\":\"i@n.x\"},"
          + "\"credentials\":{\"password\":\"intruder-123\"}}";
      assertThat(setupDoor(prod.port(), intruder, null)).isIn(403, 404);
      assertThat(setupDoor(prod.port(), intruder, "bankadmin:" + password)).as("signed in too").isIn(403, 404);

      assertThat(ids(admin.get("/engine-rest/user").body())).containsExactly("bankadmin");
      assertThat(prod.api().as("intruder", "intruder-123").get("/api/products").status()).isEqualTo(401);
      assertThat(prod.api().as("intruder", "intruder-123").get("/engine-rest/user").status()).isEqualTo(401);
      assertThat(prod.api().get("/api/products").status()).isEqualTo(401);
      assertThat(prod.api().as("admin", "admin").get("/api/products").status()).as("no demo users").isEqualTo(401);
    }
  }

  private static List<String> prodOnNewDatabase(String name) {
    List<String> args = new ArrayList<>(AppProcess.freshDatabase("prod_" + name));
    args.removeIf(a -> a.startsWith("--spring.profiles.active=") || a.startsWith("--scf.demo.enabled="));
    args.add("--spring.profiles.active=" + ("mysql".equals(System.getProperty("test.db")) ? "prod,mysql" : "prod"));
    return args;
  }

  /** Fetches Admin's page (session and XSRF cookies), then posts the initial user; answers the post's status. */
  private static int setupDoor(int port, String body, String basic) throws IOException, InterruptedException {
    CookieManager cookies = new CookieManager();
    HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies)
        .followRedirects(HttpClient.Redirect.NORMAL).build();
    String base = "http://127.0.0.1:" + port;
    HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(base + "/camunda/app/admin/default/"))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertThat(page.statusCode()).isEqualTo(200);
    String token = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue).findFirst().orElseThrow(() -> new AssertionError("no XSRF cookie: " + page.headers()));
    HttpRequest.Builder post = HttpRequest.newBuilder(URI.create(base + "/camunda/api/admin/setup/default/user/create"))
        .header("Content-Type", "application/json").header("X-XSRF-TOKEN", token)
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (basic != null) {
      post.header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(basic.getBytes()));
    }
    return browser.send(post.build(), HttpResponse.BodyHandlers.ofString()).statusCode();
  }

  private static List<String> ids(String usersJson) {
    List<String> ids = new ArrayList<>();
    var matcher = java.util.regex.Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"").matcher(usersJson);
    while (matcher.find()) {
      ids.add(matcher.group(1));
    }
    return ids;
  }
}
