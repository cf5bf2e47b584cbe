package com.scfengine.products.redeploy;

import com.scfengine.products.Bundle;


import static org.assertj.core.api.Assertions.assertThat;

import com.scfengine.support.DatabaseTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Hot redeploy, driven look by look on a copy of the repository's folders (the test build turns the scheduled
 * watcher off, so that nobody's half-edited model reaches a test run): the first looks deploy nothing the start
 * deployed already; a new or changed model is deployed once it stayed still for a look, under Spring's
 * deployment and resource names; a broken save is refused whole and deployed once fixed.
 */
@DatabaseTest
class HotRedeployTest {

  @TempDir Path root;
  @Autowired RepositoryService repositoryService;
  @Autowired SpringProcessEngineConfiguration engineConfiguration;
  @Autowired CamundaBpmProperties camunda;

  private final Bundle hot = Bundle.poAdvance().as("hot" + UUID.randomUUID().toString().substring(0, 6));
  private ModelFolderWatcher watcher;

  @BeforeEach
  void aCheckoutWithTheModelsTheApplicationStartedWith() throws IOException {
    for (String pattern : camunda.getDeploymentResourcePattern()) {
      for (Resource resource : new PathMatchingResourcePatternResolver().getResources(pattern)) {
        String url = resource.getURL().toString();
        String folder = url.contains("/processes/") ? "/processes/" : "/forms/";
        Path copy = root.resolve(url.substring(url.lastIndexOf(folder) + 1));
        Files.createDirectories(copy.getParent());
        try (var in = resource.getInputStream()) {
          Files.write(copy, in.readAllBytes());
        }
      }
    }
    watcher = new ModelFolderWatcher(root, repositoryService, engineConfiguration.getDeploymentName(),
        SpringResourceNames.of(camunda.getDeploymentResourcePattern()));
  }

  @AfterEach
  void removeTheHotProduct() {
    for (Deployment deployment : repositoryService.createDeploymentQuery().list()) {
      if (repositoryService.getDeploymentResourceNames(deployment.getId()).stream()
          .anyMatch(name -> hot.files().keySet().stream().anyMatch(name::endsWith))) {
        repositoryService.deleteDeployment(deployment.getId(), true);
      }
    }
  }

  @Test
  void theFirstLooksDeployNothingTheStartDeployedAlready() {
    String name = engineConfiguration.getDeploymentName();
    long deployments = repositoryService.createDeploymentQuery().deploymentName(name).count();

    assertThat(watcher.poll()).as("first look: nothing is still yet").isEmpty();
    watcher.poll();
    watcher.poll();

    assertThat(repositoryService.createDeploymentQuery().deploymentName(name).count()).isEqualTo(deployments);
    assertThat(ModelFolderWatcher.isRepository(root)).isTrue();
  }

  @Test
  void aSavedModelIsDeployedOnceStillABrokenSaveIsNotAndItsFixIs() throws IOException {
    watcher.poll();
    watcher.poll();

    save("processes/hot/", Bundle.BPMN, hot.files().get(hot.name(Bundle.BPMN)));
    save("processes/hot/", Bundle.DMN, hot.files().get(hot.name(Bundle.DMN)));
    save("forms/", Bundle.FORM, hot.files().get(hot.name(Bundle.FORM)));
    assertThat(watcher.poll()).as("just saved: wait for one look").isEmpty();
    DeploymentWithDefinitions first = watcher.poll().orElseThrow();

    assertThat(first.getName()).isEqualTo(engineConfiguration.getDeploymentName());
    // the names this build's classpath gives (a shared database may hold another build folder's names)
    String factoring = SpringResourceNames.of(camunda.getDeploymentResourcePattern())
        .nameOf("processes/factoring/factoring.bpmn");
    String prefix = factoring.substring(0, factoring.length() - "processes/factoring/factoring.bpmn".length());
    assertThat(repositoryService.getDeploymentResourceNames(first.getId())).containsExactlyInAnyOrder(
        prefix + "processes/hot/" + hot.name(Bundle.BPMN), prefix + "processes/hot/" + hot.name(Bundle.DMN),
        prefix + "forms/" + hot.name(Bundle.FORM));
    assertThat(latest().getVersion()).isEqualTo(1);

    String changed = hot.files().get(hot.name(Bundle.BPMN)).replace("name=\"Review purchase order:",
        "name=\"Review the purchase order:");
    save("processes/hot/", Bundle.BPMN, changed);
    watcher.poll();
    DeploymentWithDefinitions second = watcher.poll().orElseThrow();
    assertThat(latest().getVersion()).isEqualTo(2);
    assertThat(repositoryService.getDeploymentResourceNames(second.getId())).as("only what changed")
        .containsExactly(prefix + "processes/hot/" + hot.name(Bundle.BPMN));

    save("processes/hot/", Bundle.BPMN, changed.replace("${limitAvailability}", "${limitLookup}"));
    watcher.poll();
    assertThat(watcher.poll()).as("refused, logged").isEmpty();
    assertThat(watcher.poll()).as("not tried again until it changes").isEmpty();
    assertThat(latest().getVersion()).isEqualTo(2);

    save("processes/hot/", Bundle.BPMN, changed.replace("Reserve the supplier's limit", "Reserve the limit"));
    watcher.poll();
    assertThat(watcher.poll()).isPresent();
    assertThat(latest().getVersion()).isEqualTo(3);
  }

  private void save(String folder, String file, String content) throws IOException {
    Path path = root.resolve(folder + hot.name(file));
    Files.createDirectories(path.getParent());
    Files.writeString(path, content, StandardCharsets.UTF_8);
  }

  private ProcessDefinition latest() {
    return repositoryService.createProcessDefinitionQuery().processDefinitionKey(hot.processKey()).latestVersion()
        .singleResult();
  }

}
