package com.scfengine.products;

import java.io.File;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ErrorEventDefinition;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

/**
 * Writes the purchase-order finance model of the test bundle {@code src/test/resources/bundles/po-finance/}
 * with Camunda's fluent model API (complete diagram information): a product that is not in the repository,
 * composed only of building blocks — what a designer would draw in Modeler and deploy at runtime. Run once
 * from the project folder; the written file is what the tests deploy.
 */
public final class PoFinanceModel {

  static final String BUNDLE = "src/test/resources/bundles/po-finance/";
  private static final String RETRY = "R3/PT30S";

  public static void main(String[] args) {
    BpmnModelInstance model = model();
    Bpmn.validateModel(model);
    File file = new File(BUNDLE + "po-finance.bpmn");
    file.getParentFile().mkdirs();
    Bpmn.writeModelToFile(file, model);
  }

  static BpmnModelInstance model() {
    BpmnModelInstance model = Bpmn.createExecutableProcess("po-finance")
        .name("Purchase-order finance")
        .camundaHistoryTimeToLive(365)
        .startEvent("StartEvent_PurchaseOrderSubmitted").name("Purchase order submitted")
          .camundaInitiator("submittedBy")
        .serviceTask("ServiceTask_RegisterApplication").name("Register application and purchase order")
          .camundaDelegateExpression("${registerApplication}")
          .camundaInputParameter("instrumentKind", "PURCHASE_ORDER")
        .serviceTask("ServiceTask_RateSupplier").name("Rate the supplier")
          .camundaDelegateExpression("${creditRating}").camundaAsyncBefore().camundaFailedJobRetryTimeCycle(RETRY)
        .businessRuleTask("BusinessRuleTask_PriceAndCheckEligibility").name("Check eligibility and price")
          .camundaDecisionRef("po-finance-pricing").camundaResultVariable("pricing")
          .camundaMapDecisionResult("singleResult")
        .serviceTask("ServiceTask_ComputePricing").name("Compute advance, discount and fees")
          .camundaDelegateExpression("${factoringPricing}")
        .exclusiveGateway("Gateway_Eligible").name("Eligible?")
          .condition("eligible", "${eligible}")
          .serviceTask("ServiceTask_ShowLimits").name("Look up available limits")
            .camundaDelegateExpression("${limitAvailability}")
          .serviceTask("ServiceTask_MarkInReview").name("Mark in review")
            .camundaDelegateExpression("${recordOutcome}")
            .camundaInputParameter("status", "IN_REVIEW")
          .userTask("UserTask_ReviewPurchaseOrder").name("Review purchase order: ${applicantName}, ${currency} ${requestedAmount}")
            .camundaCandidateGroups("credit-analysts")
            .camundaFormRef("po-finance-review").camundaFormRefBinding("latest")
            .camundaDueDate("${dateTime().plusDays(1).toDate()}")
            .camundaTaskListenerDelegateExpression("complete", "${fourEyes}")
          .exclusiveGateway("Gateway_Approved").name("Approved?")
            .condition("approved", "${approved}")
            .serviceTask("ServiceTask_ReserveLimits").name("Reserve the supplier's limit")
              .camundaDelegateExpression("${reserveLimits}")
            .boundaryEvent("BoundaryEvent_LimitExceeded").name("Not enough limit").error("LIMIT_EXCEEDED")
              .serviceTask("ServiceTask_RejectOnLimits").name("Reject: not enough limit")
                .camundaDelegateExpression("${recordOutcome}")
                .camundaInputParameter("status", "REJECTED").camundaInputParameter("decision", "LIMIT_EXCEEDED")
              .endEvent("EndEvent_RejectedOnLimits").name("Rejected on limits")
            .moveToActivity("ServiceTask_ReserveLimits")
            .serviceTask("ServiceTask_Disburse").name("Pay the advance to the supplier")
              .camundaDelegateExpression("${disbursement}")
              .camundaAsyncBefore().camundaFailedJobRetryTimeCycle(RETRY)
            .endEvent("EndEvent_AdvancePaid").name("Advance paid")
          .moveToNode("Gateway_Approved")
            .condition("declined", "${!approved}")
            .serviceTask("ServiceTask_RejectDeclined").name("Reject: declined")
              .camundaDelegateExpression("${recordOutcome}")
              .camundaInputParameter("status", "REJECTED").camundaInputParameter("decision", "DECLINED")
              .camundaInputParameter("reason", "${execution.getVariable('reviewComment')}")
            .endEvent("EndEvent_Declined").name("Declined")
        .moveToNode("Gateway_Eligible")
          .condition("not eligible", "${!eligible}")
          .serviceTask("ServiceTask_RejectNotEligible").name("Reject: not eligible")
            .camundaDelegateExpression("${recordOutcome}")
            .camundaInputParameter("status", "REJECTED").camundaInputParameter("decision", "NOT_ELIGIBLE")
            .camundaInputParameter("reason", "${eligibilityReason}")
          .endEvent("EndEvent_NotEligible").name("Not eligible")
        .done();
    product(model, "po-finance", "PO_FINANCE", "Purchase-order finance", "Pre-shipment finance");
    model.getModelElementsByType(ErrorEventDefinition.class)
        .forEach(e -> e.setCamundaErrorMessageVariable("rejectionReason"));
    return model;
  }

  /** The process-level extension properties the product catalogue reads (Modeler: General → Extension properties). */
  private static void product(BpmnModelInstance model, String processId, String code, String name, String category) {
    Process process = model.getModelElementById(processId);
    ExtensionElements extensions = process.getExtensionElements();
    if (extensions == null) {
      extensions = model.newInstance(ExtensionElements.class);
      process.setExtensionElements(extensions);
    }
    CamundaProperties properties = model.newInstance(CamundaProperties.class);
    properties.getCamundaProperties().add(property(model, "productCode", code));
    properties.getCamundaProperties().add(property(model, "productName", name));
    properties.getCamundaProperties().add(property(model, "productCategory", category));
    extensions.addChildElement(properties);
  }

  private static CamundaProperty property(BpmnModelInstance model, String name, String value) {
    CamundaProperty property = model.newInstance(CamundaProperty.class);
    property.setCamundaName(name);
    property.setCamundaValue(value);
    return property;
  }

  private PoFinanceModel() {}
}
