package com.scfengine.platform.engine;

import com.scfengine.process.ProductModel;
import com.scfengine.products.validation.DeployedDefinitions;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.repository.ProcessDefinition;

/**
 * What is deployed, asked from inside the deploy command. Processes and decisions through the public
 * {@link RepositoryService} queries; Camunda forms through the engine's form definition manager, because the
 * public API has no query for them (it is the lookup the engine itself makes for {@code camunda:formRef}).
 */
class EngineDefinitions implements DeployedDefinitions {

  private final CommandContext commandContext;
  private final RepositoryService repository;
  private final String tenantId;
  /** Product codes by process definition id, kept by the engine's deployer: a definition never changes. */
  private final Map<String, String> productCodes;

  EngineDefinitions(CommandContext commandContext, String tenantId, Map<String, String> productCodes) {
    this.commandContext = commandContext;
    this.repository = commandContext.getProcessEngineConfiguration().getRepositoryService();
    this.tenantId = tenantId;
    this.productCodes = productCodes;
  }

  @Override
  public boolean hasProcess(String key) {
    return repository.createProcessDefinitionQuery().processDefinitionKey(key).count() > 0;
  }

  @Override
  public boolean hasDecision(String key) {
    return repository.createDecisionDefinitionQuery().decisionDefinitionKey(key).count() > 0;
  }

  @Override
  public boolean hasForm(String key) {
    return commandContext.getCamundaFormDefinitionManager().findLatestDefinitionByKeyAndTenantId(key, tenantId) != null;
  }

  @Override
  public Optional<String> processOfProduct(String productCode) {
    String wanted = productCode.trim().toUpperCase(Locale.ROOT);
    return repository.createProcessDefinitionQuery().latestVersion().list().stream()
        .filter(definition -> wanted.equals(code(definition)))
        .map(ProcessDefinition::getKey).findFirst();
  }

  private String code(ProcessDefinition definition) {
    return productCodes.computeIfAbsent(definition.getId(), id -> ProductModel
        .properties(repository.getBpmnModelInstance(id), definition.getKey())
        .getOrDefault(ProductModel.CODE, "").trim().toUpperCase(Locale.ROOT));
  }
}
