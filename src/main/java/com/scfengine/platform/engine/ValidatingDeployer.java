package com.scfengine.platform.engine;

import com.scfengine.products.validation.BundleResource;
import com.scfengine.products.validation.BundleValidator;
import com.scfengine.products.validation.InvalidBundleException;
import com.scfengine.products.validation.ModelProblem;
import com.scfengine.products.ProductDeployments;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;

/**
 * A pre-deployer: runs inside the deploy command, before Camunda's own deployers, on the resources that are
 * about to be stored (after duplicate filtering). Any problem throws {@link InvalidBundleException}, which rolls
 * the whole deployment back. Deployments the engine merely reloads into its cache ({@code isNew() == false})
 * were validated when they were made and are left alone.
 */
class ValidatingDeployer implements Deployer {

  private final BundleValidator validator;
  private final Map<String, String> productCodes = new ConcurrentHashMap<>();

  ValidatingDeployer(BundleValidator validator) {
    this.validator = validator;
  }

  @Override
  public void deploy(DeploymentEntity deployment) {
    if (!deployment.isNew() || deployment.getResources() == null) {
      return;
    }
    List<BundleResource> resources = deployment.getResources().values().stream()
        .map(r -> new BundleResource(r.getName(), r.getBytes())).toList();
    boolean productRequired = ProductDeployments.SOURCE.equals(deployment.getSource());
    List<ModelProblem> problems = validator.validate(resources,
        new EngineDefinitions(Context.getCommandContext(), deployment.getTenantId(), productCodes),
        productRequired);
    if (!problems.isEmpty()) {
      throw new InvalidBundleException(problems);
    }
  }
}
