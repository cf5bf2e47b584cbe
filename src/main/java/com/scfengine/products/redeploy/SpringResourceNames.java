package com.scfengine.products.redeploy;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ContextResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * The resource names Camunda's Spring Boot auto-deployment gives the repository's models (an absolute path
 * under {@code target/classes} when run from a checkout, the bare file name from a jar). Hot redeploy uses the
 * same names in a deployment of the same name, so that Camunda's duplicate filtering compares a saved model
 * with what the last start deployed — and the next start deploys nothing that hot redeploy already did.
 */
final class SpringResourceNames {

  /** Spring's name by path below the class path root, e.g. {@code processes/common/collection.bpmn}. */
  private final Map<String, String> byPath;

  private SpringResourceNames(Map<String, String> byPath) {
    this.byPath = byPath;
  }

  /** Resolves the auto-deployment's patterns ({@code camunda.bpm.deployment-resource-pattern}) as it does. */
  static SpringResourceNames of(String... patterns) {
    ResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
    Map<String, String> byPath = new HashMap<>();
    for (String pattern : patterns) {
      String root = root(pattern);
      try {
        for (Resource resource : resolver.getResources(pattern)) {
          String url = resource.getURL().toString();
          int at = url.lastIndexOf("/" + root);
          if (!root.isEmpty() && at >= 0) {
            byPath.put(url.substring(at + 1), springName(resource));
          }
        }
      } catch (IOException e) {
        // no resources for this pattern: new files are named like their siblings
      }
    }
    return new SpringResourceNames(byPath);
  }

  /** The name Spring's auto-deployment gives (or would give) the model at this path below the class path root. */
  String nameOf(String path) {
    String known = byPath.get(path);
    if (known != null) {
      return known;
    }
    for (Map.Entry<String, String> sibling : byPath.entrySet()) {
      String name = sibling.getValue();
      if (name.endsWith(sibling.getKey())) {
        return name.substring(0, name.length() - sibling.getKey().length()) + path;
      }
      if (name.equals(fileName(sibling.getKey()))) {
        return fileName(path);
      }
    }
    return path;
  }

  /** As {@code SpringTransactionsProcessEngineConfiguration#getResourceName} names a resource. */
  private static String springName(Resource resource) {
    if (resource instanceof ContextResource context) {
      return context.getPathWithinContext();
    }
    if (resource instanceof ByteArrayResource) {
      return resource.getDescription();
    }
    try {
      return resource.getFile().getAbsolutePath();
    } catch (IOException e) {
      return resource.getFilename();
    }
  }

  /** {@code classpath*:processes/**}{@code /*.bpmn} → {@code processes/}. */
  private static String root(String pattern) {
    String path = pattern.substring(pattern.indexOf(':') + 1);
    int wildcard = path.indexOf('*');
    String fixed = wildcard < 0 ? path : path.substring(0, wildcard);
    return fixed.substring(0, fixed.lastIndexOf('/') + 1).replaceFirst("^/", "");
  }

  private static String fileName(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }
}
