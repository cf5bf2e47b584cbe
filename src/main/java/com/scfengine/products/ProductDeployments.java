package com.scfengine.products;

import com.scfengine.products.validation.BpmnChecks;
import com.scfengine.products.validation.BundleResource;

import com.scfengine.common.InvalidInputException;
import com.scfengine.common.FieldErrors;
import java.io.ByteArrayInputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.springframework.stereotype.Service;

/**
 * {@code POST /api/products}: one bundle (BPMN, DMN, forms) becomes one deployment named after its product
 * code. The engine validates it ({@link BundleValidator}, and with this door's source it must define exactly
 * one product); a refusal becomes a 400 naming every problem as {@code resource#elementId}. Duplicate
 * filtering: an unchanged bundle creates no new version; a changed one is deployed whole and becomes the
 * version new applications start, while running ones finish on theirs.
 */
@Service
public class ProductDeployments {

  /** The deployment source of this door; the engine's validation asks it to define exactly one product. */
  public static final String SOURCE = "scf-product-api";

  private static final List<String> SUFFIXES = List.of(".bpmn", ".dmn", ".form");

  /** A file's name: the deployment's resource name, which Cockpit and the engine's REST API show. */
  private static final java.util.regex.Pattern FILE_NAME = java.util.regex.Pattern.compile(
      "[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

  private final RepositoryService repositoryService;
  private final ProductCatalogue catalogue;

  public ProductDeployments(RepositoryService repositoryService, ProductCatalogue catalogue) {
    this.repositoryService = repositoryService;
    this.catalogue = catalogue;
  }

  /** The product as deployed, and whether this call made a new version. */
  public record DeployedProduct(String code, String name, String category, String processKey, int version,
      String processDefinitionId, String deploymentId, boolean newVersion) {
    static DeployedProduct of(ProductCatalogue.Product p, boolean newVersion) {
      return new DeployedProduct(p.code(), p.name(), p.category(), p.processKey(), p.version(),
          p.processDefinitionId(), p.deploymentId(), newVersion);
    }
  }

  public DeployedProduct deploy(List<BundleResource> files) {
    checkFiles(files);
    String code = productCode(files);
    DeploymentBuilder builder = repositoryService.createDeployment()
        .name("product-" + (code == null ? "bundle" : code))
        .source(SOURCE)
        .enableDuplicateFiltering(false);
    files.forEach(file -> builder.addInputStream(file.name(), new ByteArrayInputStream(file.content())));
    DeploymentWithDefinitions deployment;
    try {
      deployment = builder.deployWithResult();
    } catch (ParseException refused) {
      throw badBundle(refused);
    }
    List<ProcessDefinition> created = deployment.getDeployedProcessDefinitions();
    if (created == null || created.isEmpty()) {
      return DeployedProduct.of(catalogue.byCode(code), false);
    }
    return created.stream().map(catalogue::product).flatMap(Optional::stream).findFirst()
        .map(product -> DeployedProduct.of(product, true))
        .orElseGet(() -> DeployedProduct.of(catalogue.byCode(code), true));
  }

  private static void checkFiles(List<BundleResource> files) {
    FieldErrors errors = new FieldErrors();
    if (files.isEmpty()) {
      errors.add("file", "is required: one part named 'file' per .bpmn, .dmn or .form file");
    }
    Set<String> names = new HashSet<>();
    for (BundleResource file : files) {
      String name = file.name() == null ? "" : file.name();
      if (SUFFIXES.stream().noneMatch(s -> name.toLowerCase(Locale.ROOT).endsWith(s))) {
        errors.add("file", FieldErrors.quoted(name) + " is not a .bpmn, .dmn or .form file");
      } else if (!FILE_NAME.matcher(name).matches()) {
        errors.add("file", FieldErrors.quoted(name) + " is not a file name of letters, digits, '.', '_' and '-' (at most "
            + "100 characters, beginning with a letter or digit)");
      } else if (!names.add(name)) {
        errors.add("file", FieldErrors.quoted(name) + " is given twice");
      } else if (file.content().length == 0) {
        errors.add(name, "is empty");
      }
    }
    errors.throwIfAny("Product bundle");
  }

  /** The product code, read leniently to name the deployment; the engine's validation judges the models. */
  private static String productCode(List<BundleResource> files) {
    Set<String> codes = new HashSet<>();
    for (BundleResource file : files) {
      if (file.isBpmn()) {
        try {
          var model = Bpmn.readModelFromStream(new ByteArrayInputStream(file.content()));
          BpmnChecks.products(file.name(), model).forEach(p -> codes.add(p.code().trim().toUpperCase(Locale.ROOT)));
        } catch (RuntimeException unparseable) {
          return null;
        }
      }
    }
    return codes.size() == 1 ? codes.iterator().next() : null;
  }

  private static InvalidInputException badBundle(ParseException refused) {
    FieldErrors errors = new FieldErrors();
    refused.getResorceReports().forEach(report -> report.getErrors().forEach(problem -> errors.add(
        problem.getMainElementId() == null ? report.getResourceName()
            : report.getResourceName() + "#" + problem.getMainElementId(),
        problem.getMessage())));
    if (errors.isEmpty()) {
      errors.add("file", refused.getMessage());
    }
    return new InvalidInputException("The product bundle was refused and nothing of it was deployed ("
        + errors.all().size() + " problem(s))", errors.all());
  }
}
