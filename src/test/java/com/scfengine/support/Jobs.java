package com.scfengine.support;

import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;

/** Process tests run with the job executor off: they run each async step and timer themselves. */
public final class Jobs {

  private Jobs() {}

  /** Runs every executable async continuation until none is left (timers wait for {@link #at}). */
  public static void runAll(ManagementService management) {
    for (int round = 0; round < 50; round++) {
      List<Job> jobs = management.createJobQuery().executable().messages().list();
      if (jobs.isEmpty()) {
        return;
      }
      jobs.forEach(job -> management.executeJob(job.getId()));
    }
    throw new AssertionError("Jobs keep coming");
  }

  /** The job (a timer, a failed step) of the application's instance at {@code activityId}. */
  public static Job at(ManagementService management, RuntimeService runtime, String app, String activityId) {
    return management.createJobQuery().activityId(activityId).list().stream()
        .filter(j -> app.equals(runtime.createProcessInstanceQuery().processInstanceId(j.getProcessInstanceId())
            .singleResult().getBusinessKey()))
        .findFirst().orElseThrow(() -> new AssertionError("No job at " + activityId + " for " + app));
  }
}
