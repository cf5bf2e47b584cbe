package com.scfengine.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.orm.jpa.JpaSystemException;

/** The failures that mean "the database is away" — as the drivers, the pool and Spring wrap them — and the others. */
class DatabaseUnavailableTest {

  @Test
  void theDatabaseAwayIsRecognisedThroughItsWrappers() {
    assertThat(DatabaseUnavailable.in(new RuntimeException(new SQLTransientConnectionException(
        "HikariPool-1 - Connection is not available, request timed out after 10000ms")))).isTrue();
    assertThat(DatabaseUnavailable.in(new JpaSystemException(new RuntimeException(
        "Unable to rollback against JDBC Connection", new SQLException("Connection is closed"))))).isTrue();
    assertThat(DatabaseUnavailable.in(new RuntimeException(new SQLException("Communications link failure", "08S01"))))
        .isTrue();
    assertThat(DatabaseUnavailable.in(new org.springframework.transaction.CannotCreateTransactionException("no")))
        .isTrue();
  }

  @Test
  void otherFailuresAreNot() {
    assertThat(DatabaseUnavailable.in(new SQLException("Duplicate entry 'x' for key 'PRIMARY'", "23000"))).isFalse();
    assertThat(DatabaseUnavailable.in(new IllegalStateException("a bug"))).isFalse();
    assertThat(DatabaseUnavailable.in(null)).isFalse();
  }
}
