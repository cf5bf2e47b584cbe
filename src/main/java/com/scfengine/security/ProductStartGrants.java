package com.scfengine.security;

import com.scfengine.process.ProductModel;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.springframework.stereotype.Component;

/**
 * Who may start what: relationship managers may start each <em>product</em> — a process whose model carries a
 * {@code productCode} — and nothing else. The grant ({@code CREATE_INSTANCE} on the product's process key) is made
 * in the deploy command that stores the product, whichever door deployed it (the product API, Camunda Modeler, hot
 * redeploy, the repository's models at start), so a product is startable the moment it exists; called processes
 * ({@code collection}, {@code credit-decision}, …) get no grant, and a grant a bank made in Camunda Admin stands.
 */
@Component
class ProductStartGrants extends AbstractProcessEnginePlugin implements Deployer {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<Deployer> postDeployers = new ArrayList<>();
    if (configuration.getCustomPostDeployers() != null) {
      postDeployers.addAll(configuration.getCustomPostDeployers());
    }
    postDeployers.add(this);
    configuration.setCustomPostDeployers(postDeployers);
  }

  @Override
  public void deploy(DeploymentEntity deployment) {
    if (!deployment.isNew() || deployment.getDeployedProcessDefinitions() == null) {
      return; // a deployment reloaded into the cache got its grants when it was made
    }
    CommandContext context = Context.getCommandContext();
    AuthorizationService authorizations = context.getProcessEngineConfiguration().getAuthorizationService();
    for (ProcessDefinition definition : deployment.getDeployedProcessDefinitions()) {
      if (isProduct(deployment, definition)) {
        // the designer who deploys may not manage authorisations: the grant is the engine's, not his
        context.runWithoutAuthorization(() -> grantStart(authorizations, definition.getKey()));
      }
    }
  }

  private static boolean isProduct(DeploymentEntity deployment, ProcessDefinition definition) {
    ResourceEntity resource = deployment.getResource(definition.getResourceName());
    if (resource == null) {
      return false;
    }
    var model = Bpmn.readModelFromStream(new ByteArrayInputStream(resource.getBytes()));
    String code = ProductModel.properties(model, definition.getKey()).get(ProductModel.CODE);
    return code != null && !code.isBlank();
  }

  /**
   * Relationship managers read and start the product's process, unless their group already has a grant on it (then
   * the bank's choice stands). Camunda checks CREATE on process instances too; that grant is on {@code *}.
   */
  static boolean grantStart(AuthorizationService authorizations, String processKey) {
    if (authorizations.createAuthorizationQuery().groupIdIn(Roles.RELATIONSHIP_MANAGERS)
        .resourceType(Resources.PROCESS_DEFINITION).resourceId(processKey).count() > 0) {
      return false;
    }
    Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    grant.setGroupId(Roles.RELATIONSHIP_MANAGERS);
    grant.setResource(Resources.PROCESS_DEFINITION);
    grant.setResourceId(processKey);
    grant.addPermission(Permissions.READ);
    grant.addPermission(Permissions.CREATE_INSTANCE);
    authorizations.saveAuthorization(grant);
    return true;
  }
}
