package com.scfengine.common;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Whether a failure means the database cannot be reached (stopped, restarting, the network to it down, no connection
 * free within the pool's timeout), which a client may retry shortly, rather than an error in the request or the
 * product. Reads the cause chain: Spring's and Camunda's wrappers keep the driver's exception as a cause.
 */
public final class DatabaseUnavailable {

  /** Seconds a client is told to wait before trying again ({@code Retry-After}). */
  public static final int RETRY_AFTER_SECONDS = 5;

  /** What a client reads when the database is away. */
  public static final String DETAIL = "The database is not reachable at the moment; nothing was changed. Try again in"
      + " a few seconds";

  public static boolean in(Throwable failure) {
    int depth = 0;
    for (Throwable cause = failure; cause != null && depth < 20; cause = cause.getCause(), depth++) {
      if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
          || cause instanceof org.springframework.transaction.CannotCreateTransactionException
          || cause instanceof org.springframework.dao.DataAccessResourceFailureException
          || cause instanceof java.net.ConnectException) {
        return true;
      }
      // SQLSTATE class 08: connection exception (the standard's, used by MySQL, MariaDB and H2 drivers)
      if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
        return true;
      }
      // MySQL Connector/J's link failures and closed connections, Hibernate's connection failure
      String type = cause.getClass().getSimpleName();
      if (type.endsWith("CommunicationsException") || type.equals("ConnectionIsClosedException")
          || type.equals("StatementIsClosedException") || type.equals("JDBCConnectionException")) {
        return true;
      }
      // the pool's connection closed under the transaction (its rollback fails once the server has gone)
      if (cause instanceof SQLException sql && "Connection is closed".equals(sql.getMessage())) {
        return true;
      }
    }
    return false;
  }

  private DatabaseUnavailable() {}
}
