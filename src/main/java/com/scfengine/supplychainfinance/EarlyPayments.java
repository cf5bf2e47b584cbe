package com.scfengine.supplychainfinance;

import com.scfengine.applications.Applications;
import com.scfengine.common.FieldErrors;
import com.scfengine.money.Money;
import com.scfengine.process.AsSystem;
import com.scfengine.process.Vars;
import com.scfengine.products.ProductCatalogue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Early payment of payables: one {@code REVERSE_FACTORING} application per payable, each with its own process
 * instance (the application's id its business key), all asked for together or none. The payable is FINANCING under
 * its application from then on.
 */
@Service
public class EarlyPayments {

  static final String PAYABLE_ID = "payableId";
  static final String PROGRAMME_ID = "programmeId";

  /** The most payables one request finances. */
  static final int MAX_PAYABLES = 500;

  private final Payables payables;
  private final Programmes programmes;
  private final ProductCatalogue catalogue;
  private final Applications applications;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;

  EarlyPayments(Payables payables, Programmes programmes, ProductCatalogue catalogue, Applications applications,
      RuntimeService runtimeService, IdentityService identityService) {
    this.payables = payables;
    this.programmes = programmes;
    this.catalogue = catalogue;
    this.applications = applications;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
  }

  /** The application started for each payable, in the order asked. */
  public record Started(String payableId, String applicationId) {}

  /**
   * Finances each payable early. The caller has checked that the payables are the asker's to finance; a payable not
   * OPEN is a 409 and nothing starts.
   */
  @Transactional
  public List<Started> request(List<String> payableIds, String requestedBy) {
    FieldErrors errors = new FieldErrors();
    if (payableIds == null || payableIds.isEmpty()) {
      errors.add("payableIds", "must name at least one payable");
    } else if (payableIds.size() > MAX_PAYABLES) {
      errors.add("payableIds", "at most " + MAX_PAYABLES + " payables per request");
    } else if (new LinkedHashSet<>(payableIds).size() != payableIds.size()) {
      errors.add("payableIds", "names a payable twice");
    }
    errors.throwIfAny("Early payment");
    // as the system: who may ask was checked by the caller, and a supplier's user may not read process definitions
    return AsSystem.run(identityService, () -> start(payableIds, requestedBy));
  }

  private List<Started> start(List<String> payableIds, String requestedBy) {
    ProductCatalogue.Product product = catalogue.toStart(Programmes.PRODUCT);
    List<Started> started = new ArrayList<>();
    for (String payableId : payableIds) {
      String applicationId = applications.newId(Programmes.PRODUCT);
      Payable payable = payables.startFinancing(payableId, applicationId);
      Programme programme = programmes.get(payable.getProgrammeId());
      Map<String, Object> variables = new LinkedHashMap<>();
      variables.put(Vars.PRODUCT, Programmes.PRODUCT);
      variables.put(Vars.SUBMITTED_BY, requestedBy);
      variables.put(Vars.APPLICANT_ID, payable.getSupplierId());
      variables.put(Vars.COUNTERPARTY_ID, programme.getCoreEnterpriseId());
      variables.put(Vars.INSTRUMENT_NUMBER, payable.getInvoiceNumber());
      variables.put(Vars.FACE_AMOUNT, Money.of(payable.getAmount(), payable.getCurrency()).toPlainString());
      variables.put(Vars.REQUESTED_AMOUNT, Money.of(payable.getAmount(), payable.getCurrency()).toPlainString());
      variables.put(Vars.CURRENCY, payable.getCurrency());
      variables.put(Vars.ISSUE_DATE, payable.getIssueDate().toString());
      variables.put(Vars.DUE_DATE, payable.getDueDate().toString());
      variables.put(PAYABLE_ID, payableId);
      variables.put(Vars.PO_REFERENCE, payable.getPoReference());
      variables.put(PROGRAMME_ID, programme.getId());
      runtimeService.startProcessInstanceById(product.processDefinitionId(), applicationId, variables);
      started.add(new Started(payableId, applicationId));
    }
    return started;
  }
}
