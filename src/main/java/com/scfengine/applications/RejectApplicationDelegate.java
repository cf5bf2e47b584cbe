package com.scfengine.applications;

import com.scfengine.process.BuildingBlock;
import com.scfengine.process.Vars;
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

  static final BuildingBlock BLOCK = BuildingBlock.serviceTask("rejectApplication", "Records a reason on the "
          + "application and throws a BPMN error, so that a called process can end its caller's path (the caller's "
          + "boundary event catches it).")
      .order(120)
      .setting("errorCode", "required: the BPMN error code to throw, e.g. CREDIT_DECLINED")
      .setting("reason", "required: the reason, an expression allowed")
      .writes("rejectionReason", "the reason")
      .error("<errorCode>", "always: the code given in the setting errorCode")
      .build();

  private final Rejections rejections;

  RejectApplicationDelegate(Rejections rejections) {
    this.rejections = rejections;
  }

  @Override
  public void execute(DelegateExecution run) {
    throw rejections.refuse(run, Vars.string(run, "errorCode"), Vars.string(run, "reason"));
  }
}
