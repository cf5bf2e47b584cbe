package com.scfengine.platform.engine;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * An index of ours on one of Camunda's tables, made at start if it is missing — after Camunda has created or
 * updated its schema (H2 and MySQL alike; a Flyway migration cannot do it, because Flyway runs before the engine
 * creates its tables on a new database). Camunda's schema update creates and drops only the indexes it names, so
 * it leaves these alone.
 */
record EngineIndex(String name, String table, String column) {

  /** Creates the index unless it is there; true if it was created now. */
  boolean ensure(Connection connection) throws SQLException {
    if (exists(connection)) {
      return false;
    }
    try (Statement ddl = connection.createStatement()) {
      ddl.execute("create index " + name + " on " + table + " (" + column + ")");
    }
    commit(connection);
    return true;
  }

  static void commit(Connection connection) throws SQLException {
    if (!connection.getAutoCommit()) {
      connection.commit();
    }
  }

  private boolean exists(Connection connection) throws SQLException {
    DatabaseMetaData metaData = connection.getMetaData();
    for (String tableName : new String[] {table, table.toLowerCase(Locale.ROOT)}) {
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
