package com.scfengine.products.redeploy;


import jakarta.annotation.PreDestroy;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * With {@code scf.models.watch=true}, when the application runs from a checkout ({@code ./processes} and
 * {@code ./forms} exist, as under {@code mvn spring-boot:run}), a {@link ModelFolderWatcher} looks at the
 * folders every {@code scf.models.poll-interval}, so that a designer sees a saved model without a restart.
 * It starts once the application is ready: the auto-deployment has run by then.
 */
@Component
@ConditionalOnProperty(prefix = "scf.models", name = "watch", havingValue = "true")
class HotRedeploy {

  private static final Logger log = LoggerFactory.getLogger(HotRedeploy.class);

  private final ModelsProperties properties;
  private final RepositoryService repositoryService;
  private final SpringProcessEngineConfiguration engineConfiguration;
  private final CamundaBpmProperties camunda;
  private ScheduledExecutorService looks;

  HotRedeploy(ModelsProperties properties, RepositoryService repositoryService,
      SpringProcessEngineConfiguration engineConfiguration, CamundaBpmProperties camunda) {
    this.properties = properties;
    this.repositoryService = repositoryService;
    this.engineConfiguration = engineConfiguration;
    this.camunda = camunda;
  }

  @EventListener(ApplicationReadyEvent.class)
  synchronized void start() {
    Path root = Path.of("").toAbsolutePath();
    if (looks != null) {
      return;
    }
    if (!ModelFolderWatcher.isRepository(root)) {
      log.info("Hot redeploy is off: {} holds no processes/ and forms/ folders", root);
      return;
    }
    ModelFolderWatcher watcher = new ModelFolderWatcher(root, repositoryService,
        engineConfiguration.getDeploymentName(), SpringResourceNames.of(camunda.getDeploymentResourcePattern()));
    looks = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "hot-redeploy");
      thread.setDaemon(true);
      return thread;
    });
    long every = Math.max(100, properties.pollInterval().toMillis());
    looks.scheduleWithFixedDelay(() -> {
      try {
        watcher.poll();
      } catch (RuntimeException e) {
        log.warn("Hot redeploy look failed: {}", e.getMessage(), e);
      }
    }, every, every, TimeUnit.MILLISECONDS);
    log.info("Hot redeploy is on: models saved in {}/processes and {}/forms are deployed within {} ms", root, root,
        2 * every);
  }

  @PreDestroy
  synchronized void stop() {
    if (looks != null) {
      looks.shutdownNow();
      looks = null;
    }
  }
}
