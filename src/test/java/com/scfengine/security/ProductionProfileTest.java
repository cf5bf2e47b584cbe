package com.scfengine.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.scfengine.ScfEngineApplication;
import com.scfengine.demo.DemoUsers;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Demo users live only in the embedded default; {@code prod} refuses to start while demo credentials work, and finds
 * out without signing anyone in.
 */
class ProductionProfileTest {

  @Test
  void prodStartsWithoutAnyDemoUserAndWithTheOperatorsAdministrator() {
    try (ConfigurableApplicationContext prod = start("prod", "prod-clean",
        "--camunda.bpm.admin-user.id=bankadmin", "--camunda.bpm.admin-user.password=Chosen-by-the-operator-1")) {
      IdentityService identity = prod.getBean(IdentityService.class);
      assertThat(identity.createUserQuery().list()).extracting(u -> u.getId()).containsExactly("bankadmin");
      assertThat(identity.createUserQuery().memberOfGroup(Roles.ADMIN).count()).isOne();
      assertThat(identity.checkPassword("admin", "admin")).isFalse();
    }
  }

  @Test
  void prodRefusesToStartWhileDemoCredentialsSignIn() {
    try (ConfigurableApplicationContext embedded = start("default", "prod-with-demo")) {
      assertThat(embedded.getBean(IdentityService.class).checkPassword("rm", "rm")).isTrue();
    }
    assertThatThrownBy(() -> start("prod", "prod-with-demo").close())
        .hasStackTraceContaining("demo credentials of")
        .hasStackTraceContaining("admin");
  }

  @Test
  void prodChecksDemoPasswordsWithoutASignInAndUnlocksTheUsersNamedForTheStart() {
    try (ConfigurableApplicationContext embedded = start("default", "prod-changed-demo")) {
      IdentityService identity = embedded.getBean(IdentityService.class);
      for (String id : DemoUsers.USERS.keySet()) {
        User user = identity.createUserQuery().userId(id).singleResult();
        user.setPassword("Changed-" + id + "-1!");
        identity.saveUser(user);
      }
      // someone who knows the administrator's name locks him out: ten failed sign-ins (without Camunda's delays)
      embedded.getBean(ProcessEngineConfigurationImpl.class).setLoginDelayBase(0);
      for (int failure = 1; failure <= 10; failure++) {
        assertThat(identity.checkPassword("admin", "guess-" + failure)).isFalse();
      }
      assertThat(attempts(identity, "admin")).isEqualTo(10);
      assertThat(identity.checkPassword("admin", "Changed-admin-1!")).as("locked").isFalse();
    }
    try (ConfigurableApplicationContext prod = start("prod", "prod-changed-demo",
        "--scf.security.unlock-at-start=admin")) {
      IdentityService identity = prod.getBean(IdentityService.class);
      assertThat(attempts(identity, "rm")).as("the check for the demo password counted no failed sign-in").isZero();
      assertThat(identity.checkPassword("admin", "Changed-admin-1!")).as("unlocked at the start").isTrue();
    }
  }

  private static int attempts(IdentityService identity, String id) {
    return ((UserEntity) identity.createUserQuery().userId(id).singleResult()).getAttempts();
  }

  private static ConfigurableApplicationContext start(String profile, String database, String... more) {
    java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of(
        "--spring.profiles.active=" + profile,
        "--spring.datasource.url=jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1",
        "--spring.jpa.database-platform=org.hibernate.dialect.H2Dialect",
        "--scf.demo.enabled=" + !profile.equals("prod"),
        "--server.port=0",
        // without the Camunda webapps: closing them resets their JVM-wide state, which the shared test context uses
        "--camunda.bpm.webapp.enabled=false",
        "--camunda.bpm.process-engine-name=" + database.replace("-", ""),
        "--camunda.bpm.job-execution.enabled=false"));
    args.addAll(java.util.List.of(more));
    return SpringApplication.run(ScfEngineApplication.class, args.toArray(String[]::new));
  }
}
