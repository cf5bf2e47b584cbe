package com.scfengine.products;

import com.scfengine.applications.ApplicationTerms;
import com.scfengine.applications.Applications;
import com.scfengine.applications.FinancingApplication;
import com.scfengine.process.Vars;
import com.scfengine.common.FieldErrors;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Submits a financing application to the latest version of a product. Validation first (400 naming every
 * bad field, nothing written); then, in one transaction with the engine, the instance starts with the
 * application id as business key, and its first step opens the record and registers the receivable — a
 * duplicate (409) rolls all of it back.
 */
@Service
public class Submissions {

  private final ProductCatalogue catalogue;
  private final ApplicationTerms terms;
  private final Applications applications;
  private final RuntimeService runtimeService;
  private final Map<String, ApplicationBody> bodies;

  public Submissions(ProductCatalogue catalogue, ApplicationTerms terms, Applications applications,
      RuntimeService runtimeService, List<ApplicationBody> bodies) {
    this.catalogue = catalogue;
    this.terms = terms;
    this.applications = applications;
    this.runtimeService = runtimeService;
    this.bodies = bodies.stream().collect(Collectors.toMap(ApplicationBody::product, Function.identity()));
  }

  @Transactional
  public FinancingApplication submit(String productCode, Map<String, Object> body) {
    ProductCatalogue.Product product = catalogue.toStart(productCode);
    ApplicationBody own = bodies.get(product.code());
    FieldErrors errors = new FieldErrors();
    Map<String, Object> variables = own != null ? own.variables(body, errors) : GenericApplicationBody.variables(body, errors);
    FieldErrors termErrors = new FieldErrors();
    terms.check(variables, termErrors, own == null || own.counterpartyRequired());
    termErrors.all().forEach(e -> errors.add(own != null ? own.fieldOf(e.field()) : e.field(), e.message()));
    errors.throwIfAny(product.name() + " application");

    String id = applications.newId(product.code());
    variables.put(Vars.PRODUCT, product.code());
    runtimeService.startProcessInstanceById(product.processDefinitionId(), id, variables);
    if (!applications.exists(id)) {
      throw new IllegalStateException("Product " + product.code() + " (" + product.processKey()
          + ") did not open its application: its model must begin with the registerApplication building block");
    }
    return applications.get(id);
  }
}
