package com.scfengine.applications;

import com.scfengine.process.Vars;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Building block {@code rejectApplication}: records the reason on the application and throws the BPMN
 * error {@code errorCode} (input parameter) with that reason, for the calling model's boundary event.
 * Input parameters: {@code errorCode}, {@code reason}.
 */
@Component("rejectApplication")
class RejectApplicationDelegate implements JavaDelegate {

  private final Applications applications;

  RejectApplicationDelegate(Applications applications) {
    this.applications = applications;
  }

  @Override
  public void execute(DelegateExecution run) {
    String reason = Vars.string(run, "reason");
    FinancingApplication application = applications.get(Vars.applicationId(run));
    applications.update(application.getId(), application.getStatus(), null, reason);
    run.setVariable(Vars.REJECTION_REASON, reason);
    throw new BpmnError(Vars.string(run, "errorCode"), reason);
  }
}
