package com.scfengine.audit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Records every state-changing call of {@code /api} (POST, PUT, PATCH, DELETE) that a signed-in user made, after it
 * was answered: when, who, method, path and status — the product's refusals (bad input, a conflict) included, so an
 * administrator also sees what someone tried; a request refused at sign-in or for its role never became a call. Runs inside Spring Security's chain (it knows the user) and writes in a statement of its own, after the call's
 * transaction: a call is never refused because its audit row could not be written; that is logged instead.
 */
class ApiAudit extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger(ApiAudit.class);
  private static final Set<String> CHANGES = Set.of("POST", "PUT", "PATCH", "DELETE");
  private static final int MAX_PATH = 500;

  private final JdbcTemplate jdbc;
  private final Clock clock;

  ApiAudit(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !CHANGES.contains(request.getMethod());
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    try {
      chain.doFilter(request, response);
    } finally {
      Authentication user = SecurityContextHolder.getContext().getAuthentication();
      if (user != null && user.isAuthenticated() && user.getName() != null) {
        record(user.getName(), request.getMethod(), request.getRequestURI(), response.getStatus());
      }
    }
  }

  private void record(String user, String method, String path, int status) {
    try {
      jdbc.update("insert into api_audit (id, called_at, user_id, method, path, status) values (?, ?, ?, ?, ?, ?)",
          UUID.randomUUID().toString(), Timestamp.from(clock.instant()), abbreviated(user, 64), method,
          abbreviated(path, MAX_PATH), status);
    } catch (RuntimeException e) {
      log.error("Could not record {} {} by {} ({}) in the audit trail", method, path, user, status, e);
    }
  }

  private static String abbreviated(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }
}
