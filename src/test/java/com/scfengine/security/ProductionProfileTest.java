package com.scfengine.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.scfengine.ScfEngineApplication;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** Demo users live only in the embedded default; {@code prod} refuses to start while demo credentials work. */
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
