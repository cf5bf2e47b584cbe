package com.scfengine.applications;

import com.scfengine.process.BuildingBlock;
import com.scfengine.process.Vars;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Building block {@code reminder}: a reminder is due on the waiting task of this instance — it is escalated
 * (priority raised) so that it rises in every Tasklist queue, and {@code remindersSent} counts reminders.
 */
@Component("reminder")
class ReminderDelegate implements JavaDelegate {

  static final BuildingBlock BLOCK = BuildingBlock.serviceTask("reminder", "Escalates the open tasks of the instance "
          + "(priority raised to at least 75, 25 more each time) so that they rise in every Tasklist queue. Put it "
          + "behind a non-interrupting timer on the waiting task.")
      .order(130)
      .reads("remindersSent", "reminders so far")
      .writes("remindersSent", "reminders so far, plus one")
      .build();

  private static final Logger log = LoggerFactory.getLogger(ReminderDelegate.class);
  private final TaskService taskService;

  ReminderDelegate(TaskService taskService) {
    this.taskService = taskService;
  }

  @Override
  public void execute(DelegateExecution run) {
    Object sent = run.getVariable("remindersSent");
    int count = sent instanceof Integer n ? n + 1 : 1;
    run.setVariable("remindersSent", count);
    for (Task task : taskService.createTaskQuery().processInstanceId(run.getProcessInstanceId()).list()) {
      taskService.setPriority(task.getId(), Math.max(task.getPriority(), 50) + 25);
    }
    log.info("Reminder {} for application {}", count, Vars.applicationId(run));
  }
}
