package com.scfengine.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;

/**
 * Job acquisition asks only for jobs that are due ({@code ensure-job-due-date-not-null}): a job made by an earlier
 * version without a due date would never be found again, so the plugin gives it one at start; and the acquisition
 * index is there.
 */
class JobAcquisitionIndexTest {

  private static final String URL = "jdbc:h2:mem:jobacquisitionindex;DB_CLOSE_DELAY=-1";

  @Test
  void aJobWithoutADueDateFromAnEarlierVersionIsDueAgainAndTheIndexExists() throws Exception {
    ProcessEngine before = engine("jobAcquisitionBefore", false);
    String jobId;
    try {
      before.getRepositoryService().createDeployment().addModelInstance("async.bpmn",
          Bpmn.createExecutableProcess("async").camundaHistoryTimeToLive(1)
              .startEvent().serviceTask("ServiceTask_Later").camundaExpression("${true}").camundaAsyncBefore()
              .endEvent().done()).deploy();
      before.getRuntimeService().startProcessInstanceByKey("async");
      Job job = before.getManagementService().createJobQuery().singleResult();
      assertThat(job.getDuedate()).as("made without a due date, as before the setting").isNull();
      jobId = job.getId();
    } finally {
      before.close();
    }

    ProcessEngine after = engine("jobAcquisitionAfter", true);
    try {
      Job job = after.getManagementService().createJobQuery().jobId(jobId).singleResult();
      assertThat(job.getDuedate()).isNotNull();
      ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) after.getProcessEngineConfiguration();
      var acquirable = configuration.getCommandExecutorTxRequired().execute(context ->
          context.getJobManager().findNextJobsToExecute(new org.camunda.bpm.engine.impl.Page(0, 10)));
      assertThat(acquirable).extracting(j -> j.getId()).containsExactly(jobId);
      assertThat(EngineTestSupport.indexesOn(configuration.getDataSource(), "ACT_RU_JOB")).contains(JobAcquisitionIndex.NAME);
    } finally {
      after.close();
    }
  }

  private static ProcessEngine engine(String name, boolean ensureDueDates) {
    StandaloneInMemProcessEngineConfiguration configuration = EngineTestSupport.engineOn(URL, name);
    configuration.setEnsureJobDueDateNotNull(ensureDueDates);
    configuration.setJobExecutorAcquireByDueDate(ensureDueDates);
    configuration.setProcessEnginePlugins(ensureDueDates ? List.of(new JobAcquisitionIndex()) : List.of());
    return configuration.buildProcessEngine();
  }
}
