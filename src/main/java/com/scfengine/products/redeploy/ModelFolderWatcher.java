package com.scfengine.products.redeploy;

import com.scfengine.products.validation.InvalidBundleException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Looks at {@code processes/} and {@code forms/} below a root folder and deploys the models saved there: a
 * file is deployed once its content differs from what was last deployed and it stayed unchanged between two
 * looks (a save in progress is not deployed half-written). The files of one look go in one deployment, under
 * Spring's auto-deployment name and resource names, with duplicate filtering of changed resources only — so
 * the first look after a start deploys nothing that the start deployed already. The engine validates the
 * deployment as any other; a refused save is logged with every problem and tried again when a file changes.
 */
class ModelFolderWatcher {

  private static final Logger log = LoggerFactory.getLogger(ModelFolderWatcher.class);
  private static final List<String> FOLDERS = List.of("processes", "forms");
  private static final List<String> SUFFIXES = List.of(".bpmn", ".dmn", ".form");

  private final Path root;
  private final RepositoryService repositoryService;
  private final String deploymentName;
  private final SpringResourceNames names;

  /** What the previous look saw, by path below the root. */
  private Map<String, Snapshot> seen = Map.of();
  /** Content hash of what was deployed (or found already deployed), by path below the root. */
  private final Map<String, String> deployed = new HashMap<>();
  /** The files of the last refused deployment, not tried again until one of them changes. */
  private String refused;

  ModelFolderWatcher(Path root, RepositoryService repositoryService, String deploymentName,
      SpringResourceNames names) {
    this.root = root;
    this.repositoryService = repositoryService;
    this.deploymentName = deploymentName;
    this.names = names;
  }

  /** True when {@code root} holds both model folders: the application runs from a checkout. */
  static boolean isRepository(Path root) {
    return FOLDERS.stream().allMatch(folder -> Files.isDirectory(root.resolve(folder)));
  }

  /** A file's content as one look read it. */
  private record Snapshot(String hash, byte[] content) {}

  /** One look; deploys what changed and stayed still since the previous look. */
  public synchronized Optional<DeploymentWithDefinitions> poll() {
    Map<String, Snapshot> now = scan();
    Map<String, Snapshot> ready = new TreeMap<>();
    now.forEach((path, snapshot) -> {
      Snapshot before = seen.get(path);
      boolean still = before != null && before.hash().equals(snapshot.hash());
      if (still && !snapshot.hash().equals(deployed.get(path))) {
        ready.put(path, snapshot);
      }
    });
    seen = now;
    if (ready.isEmpty()) {
      return Optional.empty();
    }
    String attempt = ready.entrySet().stream().map(e -> e.getKey() + "@" + e.getValue().hash())
        .collect(Collectors.joining(","));
    if (attempt.equals(refused)) {
      return Optional.empty();
    }
    return deploy(ready, attempt);
  }

  private Optional<DeploymentWithDefinitions> deploy(Map<String, Snapshot> files, String attempt) {
    String before = latestDeploymentId();
    DeploymentBuilder builder = repositoryService.createDeployment().name(deploymentName)
        .enableDuplicateFiltering(true);
    Map<String, String> paths = new HashMap<>();
    files.forEach((path, snapshot) -> {
      String name = names.nameOf(path);
      paths.put(name, path);
      builder.addInputStream(name, new ByteArrayInputStream(snapshot.content()));
    });
    try {
      DeploymentWithDefinitions deployment = builder.deployWithResult();
      files.forEach((path, snapshot) -> deployed.put(path, snapshot.hash()));
      refused = null;
      if (deployment.getId().equals(before)) {
        log.debug("Hot redeploy of {}: nothing new to deploy", files.keySet());
      } else {
        log.info("Hot redeploy of {}: deployment {}{}", files.keySet(), deployment.getId(), definitions(deployment));
      }
      return Optional.of(deployment);
    } catch (InvalidBundleException e) {
      refused = attempt;
      log.warn("Hot redeploy of {} refused, nothing deployed; fix and save again:{}", files.keySet(),
          e.problems().stream().map(p -> "\n  " + paths.getOrDefault(p.resource(), p.resource())
              + (p.elementId() == null ? "" : "#" + p.elementId()) + ": " + p.message()).collect(Collectors.joining()));
      return Optional.empty();
    } catch (ProcessEngineException e) {
      refused = attempt;
      log.warn("Hot redeploy of {} refused, nothing deployed: {}", files.keySet(), e.getMessage());
      return Optional.empty();
    }
  }

  private String latestDeploymentId() {
    var latest = repositoryService.createDeploymentQuery().deploymentName(deploymentName)
        .orderByDeploymentTime().desc().listPage(0, 1);
    return latest.isEmpty() ? null : latest.get(0).getId();
  }

  private static String definitions(DeploymentWithDefinitions deployment) {
    String versions = Stream.concat(
            Optional.ofNullable(deployment.getDeployedProcessDefinitions()).orElse(List.of()).stream()
                .map(d -> d.getKey() + " v" + d.getVersion()),
            Optional.ofNullable(deployment.getDeployedDecisionDefinitions()).orElse(List.of()).stream()
                .map(d -> d.getKey() + " v" + d.getVersion()))
        .collect(Collectors.joining(", "));
    return versions.isEmpty() ? "" : " with " + versions;
  }

  private Map<String, Snapshot> scan() {
    Map<String, Snapshot> now = new HashMap<>();
    for (String folder : FOLDERS) {
      Path dir = root.resolve(folder);
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(dir)) {
        files.filter(Files::isRegularFile).filter(ModelFolderWatcher::isModel).forEach(file -> {
          String path = root.relativize(file).toString().replace('\\', '/');
          snapshot(file).ifPresent(snapshot -> now.put(path, snapshot));
        });
      } catch (IOException | UncheckedIOException e) {
        log.debug("Could not look at {}: {}", dir, e.getMessage());
      }
    }
    return now;
  }

  /** Reads the whole file each look: a few small files, and no save is missed for a coarse timestamp. */
  private static Optional<Snapshot> snapshot(Path file) {
    try {
      byte[] content = Files.readAllBytes(file);
      return Optional.of(new Snapshot(sha256(content), content));
    } catch (IOException e) {
      return Optional.empty(); // deleted or being replaced: the next look sees it
    }
  }

  private static boolean isModel(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return SUFFIXES.stream().anyMatch(name::endsWith);
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
