package com.scfengine.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.scfengine.ScfEngineApplication;
import com.scfengine.enterprises.Enterprises;
import java.nio.file.Path;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** The embedded default keeps its data in an H2 file: what was registered is there after a restart. */
class RestartKeepsDataTest {

  @Test
  void aRestartOnTheSameFileKeepsRecordsDeploymentsAndDemoUsers() {
    Path file = Path.of("target", "restart-test", "db-" + System.nanoTime()).toAbsolutePath();
    String[] args = {
        "--spring.datasource.url=jdbc:h2:file:" + file,
        "--spring.jpa.database-platform=org.hibernate.dialect.H2Dialect",
        "--spring.profiles.active=default",
        "--server.port=0",
        // without the Camunda webapps: closing them resets their JVM-wide state, which the shared test context uses
        "--camunda.bpm.webapp.enabled=false",
        "--camunda.bpm.process-engine-name=restartTest",
        "--camunda.bpm.job-execution.enabled=false"};
    long deployments;
    try (ConfigurableApplicationContext first = SpringApplication.run(ScfEngineApplication.class, args)) {
      first.getBean(Enterprises.class).register(
          new Enterprises.Registration("RESTART-1", "Kept Across Restarts Ltd", "GB", "SME", "BBB", null));
      deployments = first.getBean(RepositoryService.class).createDeploymentQuery().count();
    }
    try (ConfigurableApplicationContext second = SpringApplication.run(ScfEngineApplication.class, args)) {
      assertThat(second.getBean(Enterprises.class).get("RESTART-1").getName()).isEqualTo("Kept Across Restarts Ltd");
      assertThat(second.getBean(RepositoryService.class).createDeploymentQuery().count())
          .as("unchanged models are not deployed again").isEqualTo(deployments);
      assertThat(second.getBean(org.camunda.bpm.engine.IdentityService.class).checkPassword("rm", "rm")).isTrue();
    }
  }
}
