package com.scfengine.platform.engine;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The index job acquisition needs once many applications wait. Every financed receivable waits in collection
 * with a timer job due months ahead, so {@code ACT_RU_JOB} holds a row per open receivable; without an index on
 * {@code DUEDATE_} each acquisition (several per application) reads them all. With
 * {@code ensure-job-due-date-not-null} and {@code job-executor-acquire-by-due-date} (config/application.yaml)
 * the acquisition asks for {@code DUEDATE_ <= now order by DUEDATE_}, which this index answers by reading only
 * the jobs that are due — oldest first. (Without them it asks for {@code DUEDATE_ is null or DUEDATE_ <= now}, and
 * H2 reads the whole table: 3,800 rows per acquisition after 1,900 applications, measured.)
 *
 * <p>With {@code ensure-job-due-date-not-null} the acquisition no longer looks at jobs without a due date, so jobs
 * made before it was switched on (a database from an earlier version) get one — now — at start, before the job
 * executor runs, and are executed as they would have been.
 *
 * <p>The index is made at start if it is missing ({@link EngineIndex}).
 */
@Component
class JobAcquisitionIndex extends AbstractProcessEnginePlugin {

  static final String NAME = "SCF_IDX_JOB_DUEDATE";
  private static final Logger log = LoggerFactory.getLogger(JobAcquisitionIndex.class);

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    if (configuration.isEnsureJobDueDateNotNull()) {
      giveDueDates(configuration);
    }
    new EngineIndex(NAME, "ACT_RU_JOB", "DUEDATE_").ensure(configuration, "job acquisition");
  }

  /** Jobs without a due date are due now: the acquisition finds them again. */
  private static void giveDueDates(ProcessEngineConfigurationImpl configuration) {
    String table = configuration.getDatabaseTablePrefix() + "ACT_RU_JOB";
    try (Connection connection = configuration.getDataSource().getConnection();
        PreparedStatement update = connection.prepareStatement(
            "update " + table + " set DUEDATE_ = ? where DUEDATE_ is null")) {
      update.setTimestamp(1, Timestamp.from(ClockUtil.now().toInstant()));
      int updated = update.executeUpdate();
      EngineIndex.commit(connection);
      if (updated > 0) {
        log.info("Gave {} jobs without a due date the due date now, so that job acquisition finds them", updated);
      }
    } catch (SQLException e) {
      throw new ProcessEngineException("Could not give the jobs in " + table + " without a due date one: "
          + e.getMessage(), e);
    }
  }
}
