package com.scfengine.tools;

import com.scfengine.process.Vars;
import java.io.File;
import java.util.List;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.ErrorEventDefinition;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

/**
 * Writes the factoring product and its reusable called processes with Camunda's fluent model API
 * (complete diagram information, left-to-right layout). Run once; the written files are what is
 * committed and edited in Camunda Modeler from then on.
 */
public final class FactoringModels {

  private static final String RETRY = "R3/PT30S";

  // What the called processes read, and all they get: every variable passed into a called process is a
  // row written for every application, and is discarded when it ends; passing all of them doubled the variable
  // rows of a straight-through application. Each list is the application's terms (Vars.APPLICATION_TERMS) and what
  // the called process's building blocks, expressions, task names, forms and Tasklist's columns
  // (TaskFilters.VARIABLE_COLUMNS) read. A block or form field added to a called process that reads another
  // variable must be added here; FactoringProcessTest checks that the credit review sees every field its form shows.

  /** document-checks: the invoice's terms and parties, the customs declaration, who submitted (four eyes). */
  static final List<String> DOCUMENT_CHECKS_INPUTS = concat(Vars.APPLICATION_TERMS, List.of("customsDeclaration"));

  /** credit-decision: the authority table's inputs and the figures the credit forms show. */
  static final List<String> CREDIT_DECISION_INPUTS = concat(Vars.APPLICATION_TERMS, List.of("tenorDays", "recourse",
      "ratingGrade", "probabilityOfDefault", "applicantLimitAvailable", "counterpartyLimitAvailable",
      "screeningOutcome", "advanceRate", "advance", "discountRate", "discountDays", "discountInterest",
      "serviceFeeRate", "serviceFee", "netAdvance", "reserve", "deciders"));

  /** collection: its building blocks (collectPayment, recourseDebit, buyerClaim, recordOutcome), timers, dunning form. */
  static final List<String> COLLECTION_INPUTS = concat(Vars.APPLICATION_TERMS, List.of("advance", "netAdvance",
      "recourse", "buyerDebitMandate", "paymentDueAt", "overdueAt", "graceDays"));

  private static List<String> concat(List<String> first, List<String> second) {
    return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
  }

  public static void main(String[] args) {
    write(factoring(), "processes/factoring/factoring.bpmn");
    write(documentChecks(), "processes/common/document-checks.bpmn");
    write(creditDecision(), "processes/common/credit-decision.bpmn");
    write(collection(), "processes/common/collection.bpmn");
  }

  static BpmnModelInstance factoring() {
    BpmnModelInstance model = Bpmn.createExecutableProcess("factoring")
        .name("Factoring")
        .camundaHistoryTimeToLive(365)
        .startEvent("StartEvent_ApplicationSubmitted").name("Factoring application submitted")
          .camundaFormRef("factoring-application").camundaFormRefBinding("latest")
          .camundaInitiator("submittedBy")
        .serviceTask("ServiceTask_RegisterApplication").name("Register application and receivable")
          .camundaDelegateExpression("${registerApplication}")
          .camundaInputParameter("instrumentKind", "INVOICE")
        .callActivity("CallActivity_DocumentChecks").name("Verify documents and screen parties")
          .calledElement("document-checks").camundaAsyncBefore().camundaFailedJobRetryTimeCycle(RETRY)
        .boundaryEvent("BoundaryEvent_DocumentsRejected").name("Documents rejected").error("DOCUMENTS_REJECTED")
          .serviceTask("ServiceTask_RejectOnDocuments").name("Reject: documents")
            .camundaDelegateExpression("${recordOutcome}")
            .camundaInputParameter("status", "REJECTED").camundaInputParameter("decision", "DOCUMENTS_REJECTED")
          .endEvent("EndEvent_RejectedOnDocuments").name("Rejected on documents")
        .moveToActivity("CallActivity_DocumentChecks")
        .exclusiveGateway("Gateway_Disclosed").name("Disclosed factoring?")
          .condition("disclosed", "${disclosed}")
          .userTask("UserTask_ConfirmInvoiceWithBuyer").name("Obtain buyer confirmation for ${applicationId}")
            .camundaCandidateGroups("trade-operations")
            .camundaFormRef("buyer-confirmation").camundaFormRefBinding("latest")
            .camundaDueDate("${dateTime().plusDays(2).toDate()}")
          .boundaryEvent("BoundaryEvent_BuyerConfirmedByMessage").name("Buyer confirmation received")
            .message("BuyerConfirmation")
            .exclusiveGateway("Gateway_BuyerConfirmed").name("Buyer confirms?")
              .condition("confirmed", "${buyerConfirmed}")
              .exclusiveGateway("Gateway_ReadyForCredit").name("Ready for credit")
              // No async continuation of its own: the credit port call runs in the job that begins at
              // CallActivity_DocumentChecks (asyncBefore, R3/PT30S), so a bureau outage retries that job. Safe,
              // because every outside call in that job is a read (invoice, sanctions, rating) or idempotent per
              // application (the external registry); a job fewer per application.
              .serviceTask("ServiceTask_RateSeller").name("Rate the seller")
                .camundaDelegateExpression("${creditRating}")
              .businessRuleTask("BusinessRuleTask_PriceAndCheckEligibility").name("Check eligibility and price")
                .camundaDecisionRef("factoring-pricing").camundaResultVariable("pricing")
                .camundaMapDecisionResult("singleResult")
              .serviceTask("ServiceTask_ComputePricing").name("Compute advance, discount and fees")
                .camundaDelegateExpression("${factoringPricing}")
              .exclusiveGateway("Gateway_Eligible").name("Eligible?")
                .condition("eligible", "${eligible}")
                .serviceTask("ServiceTask_ShowLimits").name("Look up available limits")
                  .camundaDelegateExpression("${limitAvailability}")
                .callActivity("CallActivity_CreditDecision").name("Decide credit")
                  .calledElement("credit-decision")
                .boundaryEvent("BoundaryEvent_CreditDeclined").name("Credit declined").error("CREDIT_DECLINED")
                  .serviceTask("ServiceTask_RejectOnCredit").name("Reject: credit declined")
                    .camundaDelegateExpression("${recordOutcome}")
                    .camundaInputParameter("status", "REJECTED").camundaInputParameter("decision", "DECLINED")
                  .endEvent("EndEvent_CreditDeclined").name("Credit declined")
                .moveToActivity("CallActivity_CreditDecision")
                .serviceTask("ServiceTask_ReserveLimits").name("Reserve seller and buyer limits")
                  .camundaDelegateExpression("${reserveLimits}")
                  .camundaInputParameter("debtorLimit", "${!recourse}")
                .boundaryEvent("BoundaryEvent_LimitExceeded").name("Not enough limit").error("LIMIT_EXCEEDED")
                  .serviceTask("ServiceTask_RejectOnLimits").name("Reject: not enough limit")
                    .camundaDelegateExpression("${recordOutcome}")
                    .camundaInputParameter("status", "REJECTED").camundaInputParameter("decision", "LIMIT_EXCEEDED")
                  .endEvent("EndEvent_RejectedOnLimits").name("Rejected on limits")
                .moveToActivity("ServiceTask_ReserveLimits")
                .serviceTask("ServiceTask_Disburse").name("Disburse the net advance")
                  .camundaDelegateExpression("${disbursement}")
                  .camundaAsyncBefore().camundaFailedJobRetryTimeCycle(RETRY)
                .callActivity("CallActivity_Collection").name("Collect from the buyer")
                  .calledElement("collection")
                .endEvent("EndEvent_Closed").name("Factoring closed")
              .moveToNode("Gateway_Eligible")
                .condition("not eligible", "${!eligible}")
                .serviceTask("ServiceTask_RejectNotEligible").name("Reject: not eligible")
                  .camundaDelegateExpression("${recordOutcome}")
                  .camundaInputParameter("status", "REJECTED").camundaInputParameter("decision", "NOT_ELIGIBLE")
                  .camundaInputParameter("reason", "${eligibilityReason}")
                .endEvent("EndEvent_NotEligible").name("Not eligible")
            .moveToNode("Gateway_BuyerConfirmed")
              .condition("disputed", "${!buyerConfirmed}")
              .serviceTask("ServiceTask_RejectOnDispute").name("Reject: buyer disputes the invoice")
                .camundaDelegateExpression("${recordOutcome}")
                .camundaInputParameter("status", "REJECTED").camundaInputParameter("decision", "BUYER_DISPUTE")
                .camundaInputParameter("reason", "The buyer did not confirm the invoice")
              .endEvent("EndEvent_BuyerDisputes").name("Buyer disputes")
          .moveToActivity("UserTask_ConfirmInvoiceWithBuyer")
            .connectTo("Gateway_BuyerConfirmed")
          .moveToActivity("UserTask_ConfirmInvoiceWithBuyer")
          .boundaryEvent("BoundaryEvent_RemindBuyer").name("Reminder due").cancelActivity(false)
            .timerWithDuration("${buyerReminderAfter}")
            .serviceTask("ServiceTask_RemindBuyer").name("Remind the buyer")
              .camundaDelegateExpression("${reminder}")
            .endEvent("EndEvent_ReminderSent").name("Reminder sent")
          .moveToActivity("UserTask_ConfirmInvoiceWithBuyer")
          .boundaryEvent("BoundaryEvent_ConfirmationCutOff").name("Confirmation cut-off")
            .timerWithDuration("${buyerConfirmationCutOff}")
            .serviceTask("ServiceTask_Lapse").name("Lapse: no buyer confirmation")
              .camundaDelegateExpression("${recordOutcome}")
              .camundaInputParameter("status", "CANCELLED").camundaInputParameter("decision", "LAPSED")
              .camundaInputParameter("reason", "The buyer did not confirm the invoice before the cut-off")
            .endEvent("EndEvent_Lapsed").name("Lapsed")
        .moveToNode("Gateway_Disclosed")
          .condition("undisclosed", "${!disclosed}")
          .connectTo("Gateway_ReadyForCredit")
        .done();
    product(model, "factoring", "FACTORING", "Factoring", "Receivables finance");
    variablesIn(model, "CallActivity_DocumentChecks", DOCUMENT_CHECKS_INPUTS);
    changedVariablesOut(model, "CallActivity_DocumentChecks");
    variablesIn(model, "CallActivity_CreditDecision", CREDIT_DECISION_INPUTS);
    changedVariablesOut(model, "CallActivity_CreditDecision");
    variablesIn(model, "CallActivity_Collection", COLLECTION_INPUTS);
    errorMessagesTo(model, "rejectionReason");
    return model;
  }

  static BpmnModelInstance documentChecks() {
    BpmnModelInstance model = Bpmn.createExecutableProcess("document-checks")
        .name("Document checks")
        .camundaStartableInTasklist(false)
        .camundaHistoryTimeToLive(365)
        .startEvent("StartEvent_ChecksRequested").name("Checks requested")
        .serviceTask("ServiceTask_VerifyInvoice").name("Verify invoice authenticity")
          .camundaDelegateExpression("${verifyInvoice}")
        .serviceTask("ServiceTask_RegisterExternally").name("Register with the external registry")
          .camundaDelegateExpression("${externalRegistry}")
        .exclusiveGateway("Gateway_ExportReceivable").name("Export receivable?")
          .condition("customs declaration cited", "${execution.getVariable('customsDeclaration') != null}")
          .serviceTask("ServiceTask_CheckCustomsDeclaration").name("Match the customs export declaration")
            .camundaDelegateExpression("${checkCustomsDeclaration}")
          .exclusiveGateway("Gateway_ChecksJoin").name("Documents checked")
          .serviceTask("ServiceTask_ScreenParties").name("Screen parties against sanctions")
            .camundaDelegateExpression("${screenParties}")
          .exclusiveGateway("Gateway_ScreeningOutcome").name("Screening outcome?")
            .condition("clear", "${screeningOutcome == 'CLEAR'}")
            .endEvent("EndEvent_DocumentsVerified").name("Documents verified")
          .moveToNode("Gateway_ScreeningOutcome")
            .condition("possible match", "${screeningOutcome != 'CLEAR'}")
            .serviceTask("ServiceTask_MarkInReview").name("Mark in review")
              .camundaDelegateExpression("${recordOutcome}")
              .camundaInputParameter("status", "IN_REVIEW")
            .userTask("UserTask_ReviewScreeningHit").name("Clear screening hit for ${applicationId}")
              .camundaCandidateGroups("trade-operations")
              .camundaFormRef("screening-review").camundaFormRefBinding("latest")
              .camundaDueDate("${dateTime().plusDays(1).toDate()}")
              .camundaTaskListenerDelegateExpression("complete", "${fourEyes}")
            .exclusiveGateway("Gateway_ScreeningCleared").name("Cleared?")
              .condition("cleared", "${screeningCleared}")
              .connectTo("EndEvent_DocumentsVerified")
            .moveToNode("Gateway_ScreeningCleared")
              .condition("confirmed", "${!screeningCleared}")
              .serviceTask("ServiceTask_ConfirmHit").name("Record confirmed hit")
                .camundaDelegateExpression("${rejectApplication}")
                .camundaInputParameter("errorCode", "DOCUMENTS_REJECTED")
                .camundaInputParameter("reason", "Screening hit confirmed by ${execution.getVariable('UserTask_ReviewScreeningHitCompletedBy')}: ${execution.getVariable('screeningComment')}")
              .endEvent("EndEvent_HitConfirmed").name("Hit confirmed")
        .moveToNode("Gateway_ExportReceivable")
          .condition("domestic", "${execution.getVariable('customsDeclaration') == null}")
          .connectTo("Gateway_ChecksJoin")
        .done();
    return model;
  }

  static BpmnModelInstance creditDecision() {
    BpmnModelInstance model = Bpmn.createExecutableProcess("credit-decision")
        .name("Credit decision")
        .camundaStartableInTasklist(false)
        .camundaHistoryTimeToLive(365)
        .startEvent("StartEvent_DecisionRequested").name("Decision requested")
        .businessRuleTask("BusinessRuleTask_Authority").name("Determine approval authority")
          .camundaDecisionRef("credit-authority").camundaResultVariable("authority")
          .camundaMapDecisionResult("singleEntry")
        .exclusiveGateway("Gateway_Authority").name("Who decides?")
          .condition("straight through", "${authority == 'STRAIGHT_THROUGH'}")
          .serviceTask("ServiceTask_AutoApprove").name("Approve straight through")
            .camundaDelegateExpression("${recordOutcome}")
            .camundaInputParameter("status", "APPROVED").camundaInputParameter("decision", "AUTO_APPROVED")
          .endEvent("EndEvent_Approved").name("Credit approved")
        .moveToNode("Gateway_Authority")
          .condition("people", "${authority != 'STRAIGHT_THROUGH'}")
          .serviceTask("ServiceTask_MarkInReview").name("Mark in review")
            .camundaDelegateExpression("${recordOutcome}")
            .camundaInputParameter("status", "IN_REVIEW")
          .userTask("UserTask_ReviewCredit").name("Review credit: ${applicantName}, ${currency} ${requestedAmount}")
            .camundaCandidateGroups("credit-analysts")
            .camundaFormRef("credit-review").camundaFormRefBinding("latest")
            .camundaDueDate("${dateTime().plusDays(1).toDate()}")
            .camundaTaskListenerDelegateExpression("complete", "${fourEyes}")
          .exclusiveGateway("Gateway_Committee").name("Committee?")
            .condition("approver", "${authority == 'ANALYST_APPROVER'}")
            .userTask("UserTask_ApproveCredit").name("Approve credit: ${applicantName}, ${currency} ${requestedAmount}")
              .camundaCandidateGroups("credit-approvers")
              .camundaFormRef("credit-approval").camundaFormRefBinding("latest")
              .camundaDueDate("${dateTime().plusDays(1).toDate()}")
              .camundaTaskListenerDelegateExpression("complete", "${fourEyes}")
            .exclusiveGateway("Gateway_Approved").name("Approved?")
              .condition("approved", "${approved}")
              .serviceTask("ServiceTask_RecordApproval").name("Record approval")
                .camundaDelegateExpression("${recordOutcome}")
                .camundaInputParameter("status", "APPROVED").camundaInputParameter("decision", "APPROVED")
                .camundaInputParameter("reason", "${execution.getVariable('decisionComment')}")
              .connectTo("EndEvent_Approved")
            .moveToNode("Gateway_Approved")
              .condition("declined", "${!approved}")
              .serviceTask("ServiceTask_Decline").name("Record decline")
                .camundaDelegateExpression("${rejectApplication}")
                .camundaInputParameter("errorCode", "CREDIT_DECLINED")
                .camundaInputParameter("reason", "Credit declined: ${execution.getVariable('decisionComment')}")
              .endEvent("EndEvent_Declined").name("Credit declined")
          .moveToNode("Gateway_Committee")
            .condition("committee", "${authority == 'COMMITTEE'}")
            .userTask("UserTask_FirstCommitteeApproval").name("Committee vote 1: ${applicantName}, ${currency} ${requestedAmount}")
              .camundaCandidateGroups("credit-committee")
              .camundaFormRef("credit-approval").camundaFormRefBinding("latest")
              .camundaDueDate("${dateTime().plusDays(2).toDate()}")
              .camundaTaskListenerDelegateExpression("complete", "${fourEyes}")
            .exclusiveGateway("Gateway_FirstVote").name("First vote approves?")
              .condition("approved", "${approved}")
              .userTask("UserTask_SecondCommitteeApproval").name("Committee vote 2: ${applicantName}, ${currency} ${requestedAmount}")
                .camundaCandidateGroups("credit-committee")
                .camundaFormRef("credit-approval").camundaFormRefBinding("latest")
                .camundaDueDate("${dateTime().plusDays(2).toDate()}")
                .camundaTaskListenerDelegateExpression("complete", "${fourEyes}")
              .connectTo("Gateway_Approved")
            .moveToNode("Gateway_FirstVote")
              .condition("declined", "${!approved}")
              .connectTo("ServiceTask_Decline")
        .done();
    return model;
  }

  static BpmnModelInstance collection() {
    BpmnModelInstance model = Bpmn.createExecutableProcess("collection")
        .name("Collection and overdue")
        .camundaStartableInTasklist(false)
        .camundaHistoryTimeToLive(365)
        .startEvent("StartEvent_CollectionStarted").name("Financing disbursed")
        .eventBasedGateway().id("Gateway_AwaitPaymentUntilDue").name("Paid before the due date?")
          .intermediateCatchEvent("MessageEvent_PaidEarly").name("Buyer paid").message("PaymentReceived")
          .serviceTask("ServiceTask_BookCollection").name("Book collection and release reserve")
            .camundaDelegateExpression("${collectPayment}").camundaAsyncBefore().camundaFailedJobRetryTimeCycle(RETRY)
          .endEvent("EndEvent_Settled").name("Settled")
        .moveToNode("Gateway_AwaitPaymentUntilDue")
          .intermediateCatchEvent("TimerEvent_DueDate").name("Due date").timerWithDate("${paymentDueAt}")
          .exclusiveGateway("Gateway_DebitMandate").name("Debit mandate?")
            .condition("mandate", "${buyerDebitMandate}")
            .serviceTask("ServiceTask_DebitBuyer").name("Debit the buyer")
              .camundaDelegateExpression("${collectPayment}").camundaAsyncBefore().camundaFailedJobRetryTimeCycle(RETRY)
              .camundaInputParameter("channel", "DEBIT")
            .endEvent("EndEvent_SettledByDebit").name("Settled by debit")
          .moveToNode("Gateway_DebitMandate")
            .condition("no mandate", "${!buyerDebitMandate}")
            .eventBasedGateway().id("Gateway_AwaitPaymentInGrace").name("Paid within the grace period?")
              .intermediateCatchEvent("MessageEvent_PaidInGrace").name("Buyer paid").message("PaymentReceived")
              .connectTo("ServiceTask_BookCollection")
            .moveToNode("Gateway_AwaitPaymentInGrace")
              .intermediateCatchEvent("TimerEvent_GraceOver").name("Grace period over").timerWithDate("${overdueAt}")
              .serviceTask("ServiceTask_MarkOverdue").name("Mark overdue")
                .camundaDelegateExpression("${recordOutcome}")
                .camundaInputParameter("status", "OVERDUE").camundaInputParameter("decision", "OVERDUE")
              .userTask("UserTask_Dunning").name("Dun the buyer for ${applicationId}")
                .camundaCandidateGroups("trade-operations")
                .camundaFormRef("dunning").camundaFormRefBinding("latest")
                .camundaDueDate("${dateTime().plusDays(3).toDate()}")
              .boundaryEvent("BoundaryEvent_PaidDuringDunning").name("Buyer paid").message("PaymentReceived")
                .connectTo("ServiceTask_BookCollection")
              .moveToActivity("UserTask_Dunning")
              .exclusiveGateway("Gateway_Recourse").name("With recourse?")
                .condition("recourse", "${recourse}")
                .serviceTask("ServiceTask_DebitSeller").name("Debit the seller (recourse)")
                  .camundaDelegateExpression("${recourseDebit}").camundaAsyncBefore().camundaFailedJobRetryTimeCycle(RETRY)
                .endEvent("EndEvent_RecourseCollected").name("Recovered from the seller")
              .moveToNode("Gateway_Recourse")
                .condition("without recourse", "${!recourse}")
                .serviceTask("ServiceTask_ClaimAgainstBuyer").name("Lodge a claim against the buyer")
                  .camundaDelegateExpression("${buyerClaim}").camundaAsyncBefore().camundaFailedJobRetryTimeCycle(RETRY)
                .endEvent("EndEvent_ClaimLodged").name("Claim lodged")
        .done();
    return model;
  }

  /** Process-level extension properties: the product catalogue reads them (editable in Modeler's properties panel). */
  static void product(BpmnModelInstance model, String processId, String code, String name, String category) {
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

  /** Passes the named variables and the business key in. */
  static void variablesIn(BpmnModelInstance model, String callActivityId, List<String> names) {
    CallActivity call = model.getModelElementById(callActivityId);
    ExtensionElements extensions = call.getExtensionElements();
    if (extensions == null) {
      extensions = model.newInstance(ExtensionElements.class);
      call.setExtensionElements(extensions);
    }
    for (String name : names) {
      CamundaIn variable = model.newInstance(CamundaIn.class);
      variable.setCamundaSource(name);
      variable.setCamundaTarget(name);
      extensions.addChildElement(variable);
    }
    CamundaIn businessKey = model.newInstance(CamundaIn.class);
    businessKey.setCamundaBusinessKey("#{execution.processBusinessKey}");
    extensions.addChildElement(businessKey);
  }

  /**
   * Passes back every variable the called process changed or added ({@code ChangedVariablesOut}): "out all"
   * without rewriting the variables passed in and left alone.
   */
  static void changedVariablesOut(BpmnModelInstance model, String callActivityId) {
    CallActivity call = model.getModelElementById(callActivityId);
    call.setCamundaVariableMappingDelegateExpression("${changedVariablesOut}");
  }

  static void errorMessagesTo(BpmnModelInstance model, String variable) {
    model.getModelElementsByType(ErrorEventDefinition.class)
        .forEach(e -> e.setCamundaErrorMessageVariable(variable));
  }

  static void write(BpmnModelInstance model, String path) {
    File file = new File(path);
    file.getParentFile().mkdirs();
    Bpmn.validateModel(model);
    Bpmn.writeModelToFile(file, model);
  }

  private FactoringModels() {}
}
