package com.scfengine.products;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import com.fasterxml.jackson.databind.JsonNode;
import com.scfengine.process.BuildingBlock;
import com.scfengine.products.blocks.BuildingBlockCatalogue;
import com.scfengine.products.blocks.BuildingBlocksMarkdown;
import com.scfengine.support.Api;
import com.scfengine.support.DatabaseTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The building-block catalogue cannot go stale: it names exactly the delegate beans of the application, its
 * called processes are deployed, the API serves it, and {@code docs/building-blocks.md} is what it renders
 * (regenerate: {@code mvn -q test -Dtest=BuildingBlockCatalogueTest -Dscf.docs.write=true}). The modules' own
 * descriptions make it, and no block is described twice.
 */
@DatabaseTest
class BuildingBlockCatalogueTest {

  static final Path DOC = Path.of("docs", "building-blocks.md");

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired BuildingBlockCatalogue catalogue;
  @Autowired RepositoryService repositoryService;

  @Test
  void everyDelegateBeanIsACataloguedBlockAndEveryCataloguedBlockABeanOfItsKind() {
    Set<String> services = beans(JavaDelegate.class);
    Set<String> taskListeners = beans(TaskListener.class);
    Set<String> executionListeners = beans(ExecutionListener.class);

    assertThat(names(BuildingBlock.Kind.SERVICE_TASK)).as("service-task blocks = JavaDelegate beans")
        .containsExactlyInAnyOrderElementsOf(services);
    assertThat(names(BuildingBlock.Kind.TASK_LISTENER)).as("task-listener blocks = TaskListener beans")
        .containsExactlyInAnyOrderElementsOf(taskListeners);
    assertThat(executionListeners).as("ExecutionListener beans are not in the catalogue: add a kind for them")
        .isEmpty();
  }

  @Test
  void everyCalledProcessOfTheCatalogueIsDeployed() {
    assertThat(names(BuildingBlock.Kind.CALLED_PROCESS)).isNotEmpty().allSatisfy(key ->
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).count()).as(key).isPositive());
  }

  @Test
  void theApiServesTheCatalogueToEveryoneSignedIn() {
    Api.Response json = Api.on(port).as("designer").get("/api/building-blocks");
    assertThat(json.status()).isEqualTo(200);
    List<String> names = new ArrayList<>();
    json.json().forEach(block -> names.add(block.path("name").asText()));
    assertThat(names).containsExactlyElementsOf(catalogue.all().stream().map(BuildingBlock::name).toList());
    JsonNode reserve = json.json().get(names.indexOf("reserveLimits"));
    assertThat(reserve.path("kind").asText()).isEqualTo("SERVICE_TASK");
    assertThat(reserve.path("use").asText()).isEqualTo("camunda:delegateExpression=\"${reserveLimits}\"");
    assertThat(reserve.path("errors").get(0).path("name").asText()).isEqualTo("LIMIT_EXCEEDED");
    assertThat(reserve.path("settings")).extracting(s -> s.path("name").asText()).contains("debtorLimit");

    Api.Response markdown = Api.on(port).as("rm").send(Api.on(port).as("rm").request("/api/building-blocks")
        .setHeader("Accept", "text/markdown").GET());
    assertThat(markdown.status()).isEqualTo(200);
    assertThat(markdown.body()).startsWith("# Building blocks");
    assertThat(Api.on(port).get("/api/building-blocks").status()).isEqualTo(401);
  }

  @Test
  void theModulesDescriptionsMakeTheCatalogueWithoutTheApplication() {
    assertThat(DeclaredBlocks.catalogue().all()).isEqualTo(catalogue.all());
  }

  @Test
  void aBlockDescribedTwiceIsRefused() {
    BuildingBlock block = catalogue.bean("reserveLimits").orElseThrow();
    BuildingBlock process = BuildingBlock.calledProcess("reserveLimits", "a process of the same name").build();

    assertThatIllegalStateException().isThrownBy(() -> new BuildingBlockCatalogue(List.of(block, process)))
        .withMessageContaining("'reserveLimits' is declared 2 times");
  }

  @Test
  void theDocumentIsTheCatalogue() throws IOException {
    String rendered = BuildingBlocksMarkdown.render(catalogue.all());
    if (Boolean.getBoolean("scf.docs.write")) {
      Files.createDirectories(DOC.getParent());
      Files.writeString(DOC, rendered, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(DOC, StandardCharsets.UTF_8))
        .as(DOC + " is stale: mvn -q test -Dtest=BuildingBlockCatalogueTest -Dscf.docs.write=true")
        .isEqualTo(rendered);
  }

  private Set<String> beans(Class<?> type) {
    return new TreeSet<>(List.of(context.getBeanNamesForType(type)));
  }

  private List<String> names(BuildingBlock.Kind kind) {
    return catalogue.all().stream().filter(b -> b.kind() == kind).map(BuildingBlock::name).toList();
  }
}
