package com.scfengine.applications;

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

  private final Rejections rejections;

  RejectApplicationDelegate(Rejections rejections) {
    this.rejections = rejections;
  }

  @Override
  public void execute(DelegateExecution run) {
    throw rejections.refuse(run, Vars.string(run, "errorCode"), Vars.string(run, "reason"));
  }
}
