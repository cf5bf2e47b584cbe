package com.scfengine.platform.engine;

import com.scfengine.products.validation.BundleValidator;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.springframework.stereotype.Component;

/**
 * Registers {@link ValidatingDeployer} as the engine's first deployer, so that every deployment — the product
 * API, Camunda Modeler's Deploy ({@code /engine-rest/deployment/create}), redeploys, the auto-deployment of the
 * repository's models at start and hot redeploy — is validated once, in the engine, before anything is stored.
 */
@Component
class ModelValidationPlugin extends AbstractProcessEnginePlugin {

  private final BundleValidator validator;

  ModelValidationPlugin(BundleValidator validator) {
    this.validator = validator;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<Deployer> preDeployers = new ArrayList<>();
    preDeployers.add(new ValidatingDeployer(validator));
    if (configuration.getCustomPreDeployers() != null) {
      preDeployers.addAll(configuration.getCustomPreDeployers());
    }
    configuration.setCustomPreDeployers(preDeployers);
  }
}
