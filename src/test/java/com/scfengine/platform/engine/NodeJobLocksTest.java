package com.scfengine.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.scfengine.platform.NodeProperties;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/**
 * A node started again releases the job locks its previous run still holds, and only those: the locks of another
 * node on the same database stay, and so do its own locks that have run out. Its job executor locks under its id.
 */
class NodeJobLocksTest {

  private static final String URL = "jdbc:h2:mem:nodejoblocks;DB_CLOSE_DELAY=-1";

  @Test
  void aRestartedNodeReleasesItsOwnStaleLocksAndNoOtherNodes() throws Exception {
    ProcessEngine before = engine("nodeJobLocksBefore", List.of());
    List<String> jobs;
    try {
      before.getRepositoryService().createDeployment().addModelInstance("async.bpmn",
          Bpmn.createExecutableProcess("async").camundaHistoryTimeToLive(1)
              .startEvent().serviceTask("ServiceTask_Later").camundaExpression("${true}").camundaAsyncBefore()
              .endEvent().done()).deploy();
      for (int i = 0; i < 3; i++) {
        before.getRuntimeService().startProcessInstanceByKey("async");
      }
      jobs = before.getManagementService().createJobQuery().orderByJobId().asc().list().stream().map(Job::getId).toList();
      Instant now = Instant.now();
      DataSource database = new DataSource(before);
      database.lock(jobs.get(0), "engine-1", now.plus(2, ChronoUnit.MINUTES)); // this node's, before its crash
      database.lock(jobs.get(1), "engine-2", now.plus(2, ChronoUnit.MINUTES)); // the other node's, running now
      database.lock(jobs.get(2), "engine-1", now.minus(1, ChronoUnit.MINUTES)); // this node's, run out already
    } finally {
      before.close();
    }

    NodeJobLocks plugin = new NodeJobLocks(new NodeProperties("engine-1", Duration.ofSeconds(5), Duration.ofSeconds(30)), new StaticListableBeanFactory()
        .getBeanProvider(org.springframework.boot.autoconfigure.web.ServerProperties.class));
    ProcessEngine after = engine("nodeJobLocksAfter", List.of(plugin));
    try {
      ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) after.getProcessEngineConfiguration();
      assertThat(configuration.getJobExecutor().getLockOwner()).isEqualTo("engine-1");
      JobEntity released = job(configuration, jobs.get(0));
      assertThat(released.getLockOwner()).isNull();
      assertThat(released.getLockExpirationTime()).isNull();
      assertThat(job(configuration, jobs.get(1)).getLockOwner()).as("another node's lock").isEqualTo("engine-2");
      assertThat(job(configuration, jobs.get(2)).getLockOwner()).as("a lock run out").isEqualTo("engine-1");
    } finally {
      after.close();
    }
  }

  @Test
  void withoutAnIdTheNodeIsItsHostAndPort() {
    assertThat(new NodeProperties(null, Duration.ofSeconds(5), Duration.ofSeconds(30)).idOr(8080)).endsWith(":8080").hasSizeGreaterThan(":8080".length());
    assertThat(new NodeProperties(" ", Duration.ofSeconds(5), Duration.ofSeconds(30)).idOr(8081)).endsWith(":8081");
    assertThat(new NodeProperties(null, Duration.ofSeconds(5), Duration.ofSeconds(30)).idOr(8080)).isEqualTo(new NodeProperties(null, Duration.ofSeconds(5), Duration.ofSeconds(30)).idOr(8080));
  }

  private static JobEntity job(ProcessEngineConfigurationImpl configuration, String id) {
    return configuration.getCommandExecutorTxRequired().execute(context -> context.getJobManager().findJobById(id));
  }

  private static ProcessEngine engine(String name, List<org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin> plugins) {
    StandaloneInMemProcessEngineConfiguration configuration = EngineTestSupport.engineOn(URL, name);
    configuration.setProcessEnginePlugins(plugins);
    return configuration.buildProcessEngine();
  }

  /** Locks as the job executor of a node leaves them. */
  private record DataSource(ProcessEngine engine) {
    void lock(String jobId, String owner, Instant expiry) throws Exception {
      var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
      try (Connection connection = configuration.getDataSource().getConnection();
          PreparedStatement update = connection.prepareStatement(
              "update ACT_RU_JOB set LOCK_OWNER_ = ?, LOCK_EXP_TIME_ = ? where ID_ = ?")) {
        update.setString(1, owner);
        update.setTimestamp(2, Timestamp.from(expiry));
        update.setString(3, jobId);
        assertThat(update.executeUpdate()).isEqualTo(1);
        if (!connection.getAutoCommit()) {
          connection.commit();
        }
      }
    }
  }
}
