package com.scfengine.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A node's heartbeat records it alive and takes over the work of the nodes not seen for the presumed-dead time: their
 * unexpired job locks are released and they are forgotten. A node seen recently keeps its locks and its row.
 */
class NodeHeartbeatsTest {

  private static final Duration DEAD_AFTER = Duration.ofSeconds(30);

  private ProcessEngine engine;
  private ProcessEngineConfigurationImpl configuration;
  private final List<String> jobs = new ArrayList<>();

  @BeforeEach
  void anEngineWithLockedJobs() throws Exception {
    StandaloneInMemProcessEngineConfiguration standalone =
        EngineTestSupport.engineOn("jdbc:h2:mem:nodeheartbeats" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "nodeHeartbeats");
    engine = standalone.buildProcessEngine();
    configuration = standalone;
    sql("create table if not exists " + NodeHeartbeats.TABLE
        + " (node_id varchar(255) not null primary key, seen_at timestamp not null)");
    sql("delete from " + NodeHeartbeats.TABLE);
    engine.getRepositoryService().createDeployment().addModelInstance("async.bpmn",
        Bpmn.createExecutableProcess("async").camundaHistoryTimeToLive(1)
            .startEvent().serviceTask("ServiceTask_Later").camundaExpression("${true}").camundaAsyncBefore()
            .endEvent().done()).deploy();
    for (int i = 0; i < 2; i++) {
      engine.getRuntimeService().startProcessInstanceByKey("async");
    }
    engine.getManagementService().createJobQuery().orderByJobId().asc().list().stream().map(Job::getId)
        .forEach(jobs::add);
  }

  @AfterEach
  void close() {
    engine.close();
  }

  @Test
  void theLocksOfANodeNotSeenForThePresumedDeadTimeAreReleasedAndALiveNodesStay() throws Exception {
    Instant now = Instant.now();
    seen("engine-dead", now.minus(45, ChronoUnit.SECONDS));
    seen("engine-slow", now.minus(10, ChronoUnit.SECONDS));
    lock(jobs.get(0), "engine-dead", now.plus(2, ChronoUnit.MINUTES));
    lock(jobs.get(1), "engine-slow", now.plus(2, ChronoUnit.MINUTES));

    Map<String, Integer> takenOver = NodeHeartbeats.beat(configuration, "engine-1", DEAD_AFTER);

    assertThat(takenOver).containsExactly(Map.entry("engine-dead", 1));
    assertThat(job(jobs.get(0)).getLockOwner()).as("the dead node's job").isNull();
    assertThat(job(jobs.get(0)).getLockExpirationTime()).isNull();
    assertThat(job(jobs.get(1)).getLockOwner()).as("a node seen 10 s ago").isEqualTo("engine-slow");
    assertThat(nodes()).containsExactly("engine-1", "engine-slow");

    assertThat(NodeHeartbeats.beat(configuration, "engine-1", DEAD_AFTER)).as("the next beat").isEmpty();
    assertThat(nodes()).containsExactly("engine-1", "engine-slow");
  }

  @Test
  void aNodeThatBeatsIsNeverTakenOverItself() throws Exception {
    seen("engine-1", Instant.now().minus(5, ChronoUnit.MINUTES)); // its own row, from before a long pause
    lock(jobs.get(0), "engine-1", Instant.now().plus(2, ChronoUnit.MINUTES));

    assertThat(NodeHeartbeats.beat(configuration, "engine-1", DEAD_AFTER)).isEmpty();
    assertThat(job(jobs.get(0)).getLockOwner()).isEqualTo("engine-1");
    assertThat(NodeHeartbeats.beat(configuration, "engine-2", DEAD_AFTER)).as("engine-1 has just beaten").isEmpty();
  }

  private JobEntity job(String id) {
    return configuration.getCommandExecutorTxRequired().execute(context -> context.getJobManager().findJobById(id));
  }

  private List<String> nodes() throws Exception {
    List<String> nodes = new ArrayList<>();
    try (Connection connection = configuration.getDataSource().getConnection();
        Statement query = connection.createStatement();
        ResultSet rows = query.executeQuery("select node_id from " + NodeHeartbeats.TABLE + " order by node_id")) {
      while (rows.next()) {
        nodes.add(rows.getString(1));
      }
    }
    return nodes;
  }

  private void seen(String node, Instant at) throws Exception {
    update("insert into " + NodeHeartbeats.TABLE + " (node_id, seen_at) values (?, ?)", node, Timestamp.from(at));
  }

  private void lock(String jobId, String owner, Instant expiry) throws Exception {
    assertThat(update("update ACT_RU_JOB set LOCK_OWNER_ = ?, LOCK_EXP_TIME_ = ? where ID_ = ?", owner,
        Timestamp.from(expiry), jobId)).isEqualTo(1);
  }

  private int update(String statement, Object... values) throws Exception {
    try (Connection connection = configuration.getDataSource().getConnection();
        PreparedStatement update = connection.prepareStatement(statement)) {
      for (int i = 0; i < values.length; i++) {
        update.setObject(i + 1, values[i]);
      }
      int count = update.executeUpdate();
      EngineIndex.commit(connection);
      return count;
    }
  }

  private void sql(String statement) throws Exception {
    try (Connection connection = configuration.getDataSource().getConnection();
        Statement ddl = connection.createStatement()) {
      ddl.execute(statement);
      EngineIndex.commit(connection);
    }
  }
}
