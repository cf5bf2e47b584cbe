package com.scfengine.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.scfengine.demo.DemoUsers;
import com.scfengine.support.Api;
import com.scfengine.support.DatabaseTest;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The product starts on the configured database, deploys its models and forms, and guards its doors. */
@DatabaseTest
class ApplicationStartsTest {

  @LocalServerPort int port;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired io.micrometer.observation.ObservationRegistry observations;

  @Test
  void everyModelAndFormInTheRepositoryIsDeployed() {
    assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("enterprise-onboarding")
        .latestVersion().singleResult()).isNotNull();
    assertThat(repositoryService.createDeploymentQuery().list()).anySatisfy(deployment ->
        assertThat(repositoryService.getDeploymentResourceNames(deployment.getId()))
            .anyMatch(name -> name.endsWith("enterprise-onboarding-review.form")));
  }

  @Test
  void demoUsersExistWithTheirGroups() {
    DemoUsers.USERS.forEach((user, groups) -> {
      assertThat(identityService.checkPassword(user, user)).as(user).isTrue();
      groups.forEach(group -> assertThat(identityService.createUserQuery().userId(user).memberOfGroup(group).count())
          .as(user + " in " + group).isEqualTo(1));
    });
  }

  @Test
  void apiAndEngineRestNeedCredentials() {
    Api anonymous = Api.on(port);
    assertThat(anonymous.get("/engine-rest/engine").status()).isEqualTo(401);
    assertThat(anonymous.get("/engine-rest/task").status()).isEqualTo(401);
    assertThat(anonymous.get("/api/applications").status()).isEqualTo(401);
    assertThat(anonymous.get("/api/enterprises/SME-001").status()).isEqualTo(401);
    assertThat(anonymous.as("rm").get("/api/applications").status()).isEqualTo(200);
    assertThat(anonymous.as("analyst").get("/engine-rest/engine").status()).isEqualTo(200);
    assertThat(anonymous.as("analyst").get("/engine-rest/task").status()).isEqualTo(200);
  }

  @Test
  void wrongPasswordIsRefused() {
    // a user of its own: Camunda delays a user's next login after a failed one
    String user = "lockout-" + System.nanoTime();
    var newUser = identityService.newUser(user);
    newUser.setPassword(user);
    identityService.saveUser(newUser);
    var response = Api.on(port).send(Api.on(port).request("/api/applications")
        .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":wrong").getBytes())));
    assertThat(response.status()).isEqualTo(401);
    // the refused attempt is recorded: Camunda delays the next login and locks the user after repeated ones
    var stored = (org.camunda.bpm.engine.impl.persistence.entity.UserEntity)
        identityService.createUserQuery().userId(user).singleResult();
    assertThat(stored.getAttempts()).isEqualTo(1);
    identityService.deleteUser(user);
  }

  @Test
  void theWebappsOpenCockpitAndAdminOnlyToAdministrators() throws Exception {
    assertThat(webappLogin("admin")).contains("admin", "cockpit", "tasklist");
    assertThat(webappLogin("analyst")).contains("tasklist").doesNotContain("admin", "cockpit");
    assertThat(webappLogin("designer")).contains("tasklist", "cockpit").doesNotContain("admin");
  }

  /** Signs in to the Camunda webapps (their own login, with their CSRF token) and returns the apps granted. */
  private java.util.List<String> webappLogin(String user) throws Exception {
    var cookies = new java.net.CookieManager();
    var http = java.net.http.HttpClient.newBuilder().cookieHandler(cookies).build();
    String base = "http://127.0.0.1:" + port + "/camunda";
    http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/app/tasklist/default/")).build(),
        java.net.http.HttpResponse.BodyHandlers.discarding());
    String token = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
        .findFirst().orElseThrow().getValue();
    var login = http.send(java.net.http.HttpRequest.newBuilder(
            java.net.URI.create(base + "/api/admin/auth/user/default/login/tasklist"))
        .header("X-XSRF-TOKEN", token).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + user)).build(),
        java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
    var apps = new com.fasterxml.jackson.databind.ObjectMapper().readTree(login.body()).path("authorizedApps");
    java.util.List<String> names = new java.util.ArrayList<>();
    apps.forEach(a -> names.add(a.asText()));
    return names;
  }

  @Test
  void springSecuritysOwnObservationsAreOffAndRequestObservationsStay() {
    var filterChain = io.micrometer.observation.Observation.start("spring.security.filterchains", observations);
    var request = io.micrometer.observation.Observation.start("http.server.requests", observations);
    assertThat(filterChain.isNoop()).isTrue();
    assertThat(request.isNoop()).isFalse();
    filterChain.stop();
    request.stop();
  }

  @Test
  void healthAnswersForLoadBalancersWithoutDetails() {
    var health = Api.on(port).get("/actuator/health");
    assertThat(health.status()).isEqualTo(200);
    assertThat(health.json().path("status").asText()).isEqualTo("UP");
    assertThat(health.json().has("components")).isFalse();
  }

  @Test
  void aTaskServesItsDeployedCamundaFormOverRest() {
    var instance = runtimeService.startProcessInstanceByKey("enterprise-onboarding", "ONB-" + System.nanoTime(),
        Map.of("enterpriseId", "SME-777", "enterpriseName", "Test Co", "country", "CN"));
    Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    assertThat(task.getName()).isEqualTo("Review onboarding of Test Co");

    var form = Api.on(port).as("analyst").get("/engine-rest/task/" + task.getId() + "/deployed-form");
    assertThat(form.status()).as(form.toString()).isEqualTo(200);
    assertThat(form.json().path("id").asText()).isEqualTo("enterprise-onboarding-review");

    var complete = Api.on(port).as("analyst").post("/engine-rest/task/" + task.getId() + "/complete",
        Map.of("variables", Map.of("approved", Map.of("value", true, "type", "Boolean"))));
    assertThat(complete.status()).as(complete.toString()).isEqualTo(204);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isZero();
  }
}
