package com.scfengine.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * On the embedded H2 file database, what the product answers is stored before the answer leaves. H2 writes committed
 * transactions to its file in the background ({@code WRITE_DELAY}); a JVM killed in between would lose them, and a
 * client told "201 Created" would not find its application after the restart. Every request that may change
 * something (any method but GET, HEAD, OPTIONS) is answered only after H2 has written everything committed so far
 * to the file ({@code CHECKPOINT}): its own changes and all before them. Requests answered at the same moment share
 * one checkpoint ({@link SharedCheckpoints}). The engine's own commits (jobs nobody waits for) keep H2's write delay;
 * after a crash they are redone from the last stored state, which is whole and consistent. MySQL and other databases
 * store each commit themselves: there this filter is not installed.
 */
class DurableAnswers extends OncePerRequestFilter {

  private final DataSource dataSource;
  private final SharedCheckpoints checkpoints = new SharedCheckpoints(this::checkpoint);

  DurableAnswers(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String method = request.getMethod();
    return method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ContentCachingResponseWrapper held = new ContentCachingResponseWrapper(response);
    try {
      chain.doFilter(request, held);
      if (held.getStatus() < 400) {
        store();
      }
    } finally {
      held.copyBodyToResponse();
    }
  }

  private void store() throws ServletException {
    try {
      checkpoints.storeCommitted();
    } catch (SQLException e) {
      throw new ServletException("The answer could not be made durable: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ServletException("The answer could not be made durable: interrupted while waiting for the store", e);
    }
  }

  private void checkpoint() throws SQLException {
    try (Connection connection = dataSource.getConnection(); Statement checkpoint = connection.createStatement()) {
      checkpoint.execute("CHECKPOINT");
    }
  }
}
