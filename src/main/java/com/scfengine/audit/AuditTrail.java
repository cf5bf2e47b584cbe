package com.scfengine.audit;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** Reads the audit trail, newest first. */
@Service
public class AuditTrail {

  /** One recorded call. */
  public record Call(Instant at, String user, String method, String path, int status) {}

  private final JdbcTemplate jdbc;

  AuditTrail(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** A page of calls, of one user or of everyone ({@code user} null), newest first. */
  public List<Call> calls(String user, int page, int size) {
    String where = user == null ? "" : " where user_id = ?";
    Object[] arguments = user == null ? new Object[] {size, (long) page * size}
        : new Object[] {user, size, (long) page * size};
    return jdbc.query("select called_at, user_id, method, path, status from api_audit" + where
            + " order by called_at desc, id limit ? offset ?",
        (row, n) -> new Call(row.getTimestamp(1).toInstant(), row.getString(2), row.getString(3), row.getString(4),
            row.getInt(5)),
        arguments);
  }

  /** How many calls are recorded, of one user or of everyone. */
  public long count(String user) {
    return user == null ? jdbc.queryForObject("select count(*) from api_audit", Long.class)
        : jdbc.queryForObject("select count(*) from api_audit where user_id = ?", Long.class, user);
  }
}
