package com.scfengine.platform.engine;

import com.scfengine.platform.NodeProperties;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The nodes on one database take over the work of a node that died. Every {@code scf.node.heartbeat} (5 s) this node
 * writes that it is alive into {@code engine_node}; in the same beat it looks for nodes not seen for
 * {@code scf.node.presumed-dead-after} (30 s), releases the unexpired job locks they hold — as a restarted node
 * releases its own ({@link NodeJobLocks}) — and forgets them. Their jobs run on the next acquisition of any node
 * instead of waiting out the two-minute lock.
 *
 * <p>Safe when a node was only slow, not dead: releasing a lock raises the job's revision, so the slow node can no
 * longer commit that job (its transaction fails on Camunda's optimistic lock and rolls back), and every booking a
 * job makes carries its idempotency key. The nodes' clocks must agree to within a few seconds (NTP), as the job
 * executor's lock times already require.
 */
@Component
class NodeHeartbeats implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(NodeHeartbeats.class);
  static final String TABLE = "engine_node";

  private final ProcessEngine engine;
  private final NodeJobLocks locks;
  private final NodeProperties settings;
  private ScheduledExecutorService beats;

  NodeHeartbeats(ProcessEngine engine, NodeJobLocks locks, NodeProperties settings) {
    this.engine = engine;
    this.locks = locks;
    this.settings = settings;
  }

  @Override
  public void start() {
    beats = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "node-heartbeat");
      thread.setDaemon(true);
      return thread;
    });
    long every = settings.heartbeat().toMillis();
    beats.scheduleWithFixedDelay(this::beatLogged, 0, every, TimeUnit.MILLISECONDS);
  }

  @Override
  public void stop() {
    if (beats != null) {
      beats.shutdownNow();
      beats = null;
    }
  }

  @Override
  public boolean isRunning() {
    return beats != null;
  }

  private void beatLogged() {
    try {
      beat(configuration(), locks.nodeId(), settings.presumedDeadAfter());
    } catch (RuntimeException | SQLException e) {
      // the database may be away for a while; the next beat tries again
      log.warn("Node {}: heartbeat not recorded ({})", locks.nodeId(), e.getMessage());
    }
  }

  private ProcessEngineConfigurationImpl configuration() {
    return (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
  }

  /**
   * One beat of {@code nodeId}: records it alive, then releases the locks of every other node not seen for
   * {@code deadAfter}. Answers the nodes taken over, each with the number of job locks released.
   */
  static Map<String, Integer> beat(ProcessEngineConfigurationImpl configuration, String nodeId, Duration deadAfter)
      throws SQLException {
    Instant now = ClockUtil.now().toInstant();
    try (Connection connection = configuration.getDataSource().getConnection()) {
      record(connection, nodeId, now);
      EngineIndex.commit(connection);
      Map<String, Integer> takenOver = new LinkedHashMap<>();
      Timestamp seenBefore = Timestamp.from(now.minus(deadAfter));
      for (String dead : silentSince(connection, nodeId, seenBefore)) {
        int released = NodeJobLocks.releaseLocks(configuration, connection, dead);
        try (PreparedStatement forget = connection.prepareStatement(
            "delete from " + TABLE + " where node_id = ? and seen_at < ?")) {
          forget.setString(1, dead);
          forget.setTimestamp(2, seenBefore); // not if it has just come back
          forget.executeUpdate();
        }
        EngineIndex.commit(connection);
        takenOver.put(dead, released);
        log.warn("Node {} not seen for {} s: presumed dead; released the locks on {} of its jobs, which the nodes"
            + " still running take over", dead, deadAfter.toSeconds(), released);
      }
      return takenOver;
    }
  }

  private static void record(Connection connection, String nodeId, Instant now) throws SQLException {
    try (PreparedStatement update = connection.prepareStatement(
        "update " + TABLE + " set seen_at = ? where node_id = ?")) {
      update.setTimestamp(1, Timestamp.from(now));
      update.setString(2, nodeId);
      if (update.executeUpdate() > 0) {
        return;
      }
    }
    try (PreparedStatement insert = connection.prepareStatement(
        "insert into " + TABLE + " (node_id, seen_at) values (?, ?)")) {
      insert.setString(1, nodeId);
      insert.setTimestamp(2, Timestamp.from(now));
      insert.executeUpdate();
    }
  }

  private static List<String> silentSince(Connection connection, String nodeId, Timestamp seenBefore)
      throws SQLException {
    List<String> silent = new ArrayList<>();
    try (PreparedStatement query = connection.prepareStatement(
        "select node_id from " + TABLE + " where seen_at < ? and node_id <> ? order by node_id")) {
      query.setTimestamp(1, seenBefore);
      query.setString(2, nodeId);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          silent.add(rows.getString(1));
        }
      }
    }
    return silent;
  }
}
