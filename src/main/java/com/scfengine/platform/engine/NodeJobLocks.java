package com.scfengine.platform.engine;

import com.scfengine.platform.NodeProperties;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.stereotype.Component;

/**
 * Work in flight resumes at once after a crash. The job executor locks the jobs it acquires for
 * {@code lock-time-in-millis} under its lock owner; a node killed with {@code kill -9} leaves them locked, and without
 * this plugin nobody — not even the same node, restarted — runs them before the lock expires (Camunda's lock owner is
 * a new random UUID on every start).
 *
 * <ul>
 *   <li>The job executor's lock owner is this node's stable id ({@link NodeProperties}, {@code scf.node.id}): the
 *       same after a restart, different for every node on the database.</li>
 *   <li>At start, after the engine is built and before the job executor acquires anything, the locks this id still
 *       holds ({@code LOCK_OWNER_} = this id, {@code LOCK_EXP_TIME_} in the future) are released in one statement:
 *       they were taken by this node's previous run, which is gone, so none of those jobs is running. Their due
 *       dates and retries stay; the next acquisition — this node's or another's — runs them. Locks of every other
 *       owner are never touched: that node may be running those jobs now.</li>
 * </ul>
 *
 * Two nodes running at the same time with the same id would release each other's locks: every node needs its own.
 */
@Component
class NodeJobLocks extends AbstractProcessEnginePlugin {

  private static final Logger log = LoggerFactory.getLogger(NodeJobLocks.class);

  private final String nodeId;

  NodeJobLocks(NodeProperties node, ObjectProvider<ServerProperties> server) {
    ServerProperties web = server.getIfAvailable();
    this.nodeId = node.idOr(web == null || web.getPort() == null ? 8080 : web.getPort());
  }

  String nodeId() {
    return nodeId;
  }

  /** After the Spring Boot starter has given the engine its job executor (in its own preInit). */
  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    JobExecutor jobExecutor = configuration.getJobExecutor();
    if (jobExecutor != null) {
      jobExecutor.setLockOwner(nodeId);
    }
  }

  /** The engine is built; the starter starts the job executor only once the application has started. */
  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    int released = releaseLocks(configuration, nodeId);
    if (released > 0) {
      log.info("Node {}: released the locks on {} jobs its previous run held; they run again now", nodeId, released);
    } else {
      log.info("Node {}: the job executor's lock owner", nodeId);
    }
  }

  /** Releases the unexpired locks {@code owner} holds; answers how many. */
  static int releaseLocks(ProcessEngineConfigurationImpl configuration, String owner) {
    try (Connection connection = configuration.getDataSource().getConnection()) {
      return releaseLocks(configuration, connection, owner);
    } catch (SQLException e) {
      throw new ProcessEngineException("Could not release the job locks of node " + owner + " in "
          + configuration.getDatabaseTablePrefix() + "ACT_RU_JOB: " + e.getMessage(), e);
    }
  }

  /** Releases the unexpired locks {@code owner} holds, on {@code connection}, and commits; answers how many. */
  static int releaseLocks(ProcessEngineConfigurationImpl configuration, Connection connection, String owner)
      throws SQLException {
    String table = configuration.getDatabaseTablePrefix() + "ACT_RU_JOB";
    // REV_ goes up as in every update the engine makes of a job: a stale copy of the row can no longer be written
    try (PreparedStatement update = connection.prepareStatement("update " + table
        + " set LOCK_OWNER_ = null, LOCK_EXP_TIME_ = null, REV_ = REV_ + 1"
        + " where LOCK_OWNER_ = ? and LOCK_EXP_TIME_ > ?")) {
      update.setString(1, owner);
      update.setTimestamp(2, Timestamp.from(ClockUtil.now().toInstant()));
      int released = update.executeUpdate();
      EngineIndex.commit(connection);
      return released;
    }
  }
}
