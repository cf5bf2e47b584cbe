package com.scfengine.platform.engine;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An index of ours on one of Camunda's tables, made at start if it is missing — after Camunda has created or
 * updated its schema (H2 and MySQL alike; a Flyway migration cannot do it, because Flyway runs before the engine
 * creates its tables on a new database). Camunda's schema update creates and drops only the indexes it names, so
 * it leaves these alone.
 */
record EngineIndex(String name, String table, String column) {

  private static final Logger log = LoggerFactory.getLogger(EngineIndex.class);

  /**
   * Creates the index on the engine's table ({@code table} with the engine's table prefix) unless it is there;
   * {@code purpose} says in the log and in an error what it is for.
   */
  void ensure(ProcessEngineConfigurationImpl configuration, String purpose) {
    String prefixed = configuration.getDatabaseTablePrefix() + table;
    try (Connection connection = configuration.getDataSource().getConnection()) {
      if (exists(connection, prefixed)) {
        return;
      }
      try (Statement ddl = connection.createStatement()) {
        ddl.execute("create index " + name + " on " + prefixed + " (" + column + ")");
      }
      commit(connection);
      log.info("Created index {} on {}({}) for {}", name, prefixed, column, purpose);
    } catch (SQLException e) {
      throw new ProcessEngineException("Could not create index " + name + " on " + prefixed + " for " + purpose
          + ": " + e.getMessage(), e);
    }
  }

  static void commit(Connection connection) throws SQLException {
    if (!connection.getAutoCommit()) {
      connection.commit();
    }
  }

  private boolean exists(Connection connection, String prefixed) throws SQLException {
    DatabaseMetaData metaData = connection.getMetaData();
    for (String tableName : new String[] {prefixed, prefixed.toLowerCase(Locale.ROOT)}) {
      try (ResultSet indexes = metaData.getIndexInfo(connection.getCatalog(), connection.getSchema(), tableName,
          false, false)) {
        while (indexes.next()) {
          if (name.equalsIgnoreCase(indexes.getString("INDEX_NAME"))) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
