package com.scfengine.platform.engine;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;

/** Stand-alone engines for the plugin tests, and what they leave in the database. */
final class EngineTestSupport {

  private EngineTestSupport() {}

  /** An engine on an in-memory H2 database, schema created, no job executor; the caller adds its settings. */
  static StandaloneInMemProcessEngineConfiguration engineOn(String jdbcUrl, String name) {
    StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
    configuration.setProcessEngineName(name);
    configuration.setJdbcUrl(jdbcUrl);
    configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
    configuration.setJobExecutorActivate(false);
    return configuration;
  }

  /** The index names of a table, read from the JDBC metadata (not through the code under test). */
  static List<String> indexesOn(DataSource dataSource, String table) throws SQLException {
    List<String> names = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        ResultSet indexes = connection.getMetaData().getIndexInfo(null, null, table, false, false)) {
      while (indexes.next()) {
        names.add(indexes.getString("INDEX_NAME").toUpperCase(Locale.ROOT));
      }
    }
    return names;
  }
}
