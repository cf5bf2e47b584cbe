package com.scfengine.tools;

import java.io.File;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * Writes processes/onboarding/enterprise-onboarding.bpmn with Camunda's fluent model API (complete
 * diagram information). Run once; from then on the file is edited in Camunda Modeler.
 */
public final class OnboardingModel {

  public static void main(String[] args) {
    BpmnModelInstance model = Bpmn.createExecutableProcess("enterprise-onboarding")
        .name("Enterprise onboarding")
        .camundaHistoryTimeToLive(180)
        .startEvent("StartEvent_OnboardingRequested").name("Onboarding requested")
          .camundaFormRef("enterprise-onboarding-request").camundaFormRefBinding("latest")
        .userTask("UserTask_ReviewOnboarding").name("Review onboarding of ${enterpriseName}")
          .camundaCandidateGroups("credit-analysts")
          .camundaFormRef("enterprise-onboarding-review").camundaFormRefBinding("latest")
          .camundaDueDate("${dateTime().plusDays(2).toDate()}")
        .exclusiveGateway("Gateway_Approved").name("Approved?")
          .condition("yes", "${approved}")
        .endEvent("EndEvent_Onboarded").name("Enterprise onboarded")
        .moveToLastGateway()
          .condition("no", "${!approved}")
        .endEvent("EndEvent_Declined").name("Onboarding declined")
        .done();
    File file = new File(args.length > 0 ? args[0] : "processes/onboarding/enterprise-onboarding.bpmn");
    Bpmn.writeModelToFile(file, model);
  }
}
