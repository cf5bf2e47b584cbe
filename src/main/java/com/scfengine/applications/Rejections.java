package com.scfengine.applications;

import com.scfengine.process.Vars;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * How a building block turns a business refusal into a route in the model: the reason is written on the
 * application (readable at once at {@code GET /api/applications/{id}}) and into {@code rejectionReason}, and
 * the BPMN error carries it to the boundary event that routes it.
 */
@Component
public class Rejections {

  private final Applications applications;

  public Rejections(Applications applications) {
    this.applications = applications;
  }

  /** Records the reason and returns the error to throw: {@code throw rejections.refuse(run, CODE, reason)}. */
  public BpmnError refuse(DelegateExecution run, String errorCode, String reason) {
    String id = Vars.applicationId(run);
    applications.update(id, applications.get(id).getStatus(), null, reason);
    run.setVariable(Vars.REJECTION_REASON, reason);
    return new BpmnError(errorCode, reason);
  }
}
