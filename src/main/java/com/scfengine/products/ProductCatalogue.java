package com.scfengine.products;

import com.scfengine.common.FieldErrors;
import com.scfengine.process.ProductModel;
import com.scfengine.common.NotFoundException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Service;

/**
 * The product catalogue, derived from what is deployed: every latest process definition whose model
 * carries a {@code productCode} extension property is a product. A model deployed at runtime — through
 * {@code POST /api/products} or Camunda Modeler's Deploy button — is a product at once.
 */
@Service
public class ProductCatalogue {

  private final RepositoryService repositoryService;
  private final CommandExecutor commands;
  /** Product properties by process definition id: a deployed definition never changes. */
  private final Map<String, Map<String, String>> propertiesByDefinition = new ConcurrentHashMap<>();
  /** The process key of each product code seen: a code belongs to one process (the deployment check keeps it so). */
  private final Map<String, String> processKeyByCode = new ConcurrentHashMap<>();

  public ProductCatalogue(ProcessEngine engine) {
    this.repositoryService = engine.getRepositoryService();
    this.commands =
        ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired();
  }

  public record Product(String code, String name, String category, String processKey, int version,
      String processDefinitionId, String deploymentId) {}

  public List<Product> products() {
    return repositoryService.createProcessDefinitionQuery().latestVersion().active().list().stream()
        .map(this::product).flatMap(Optional::stream)
        .sorted(Comparator.comparing(Product::code)).toList();
  }

  /**
   * The latest version of a product. Every application asks, so a product seen before is looked up by its process
   * key alone (one indexed query); a code not seen yet, or whose process's latest version no longer carries it,
   * is looked for among all deployed definitions — so a product deployed on any node is found at once.
   */
  public Product byCode(String code) {
    return latest(code, key -> repositoryService.createProcessDefinitionQuery().processDefinitionKey(key)
        .latestVersion().active().singleResult());
  }

  /**
   * The latest version of a product, to start an instance of it. As Camunda's own start by process key, the latest
   * definition is read with the engine's light statement and no READ check — the start checks CREATE_INSTANCE and
   * answers 403 without it; the authorised definition query of {@link #byCode} took a twentieth of a submission's
   * CPU on H2. A suspended latest version, or a code not seen yet, goes the way of {@link #byCode}: 404.
   */
  public Product toStart(String code) {
    return latest(code, key -> commands.execute(context ->
        context.getProcessDefinitionManager().findLatestProcessDefinitionByKey(key)));
  }

  /** The product by its process key once seen ({@code latestOf}), else among all active latest definitions. */
  private Product latest(String code, Function<String, ProcessDefinition> latestOf) {
    String wanted = code.toUpperCase(Locale.ROOT);
    String key = processKeyByCode.get(wanted);
    if (key != null) {
      ProcessDefinition latest = latestOf.apply(key);
      Optional<Product> product = latest == null || latest.isSuspended() ? Optional.empty() : product(latest);
      if (product.isPresent() && product.get().code().equals(wanted)) {
        return product.get();
      }
      processKeyByCode.remove(wanted, key);
    }
    return products().stream().filter(p -> p.code().equals(wanted)).findFirst()
        .orElseThrow(() -> new NotFoundException("No product " + FieldErrors.quoted(code) + " is deployed"));
  }

  /** The product a process definition defines, if its model carries a product code. */
  public Optional<Product> product(ProcessDefinition definition) {
    Map<String, String> properties = propertiesByDefinition.computeIfAbsent(definition.getId(),
        id -> ProductModel.properties(repositoryService.getBpmnModelInstance(id), definition.getKey()));
    String code = properties.get(ProductModel.CODE);
    if (code == null || code.isBlank()) {
      return Optional.empty();
    }
    String product = code.trim().toUpperCase(Locale.ROOT);
    processKeyByCode.put(product, definition.getKey());
    return Optional.of(new Product(product,
        properties.getOrDefault(ProductModel.NAME, definition.getName()),
        properties.get(ProductModel.CATEGORY), definition.getKey(), definition.getVersion(), definition.getId(),
        definition.getDeploymentId()));
  }
}
