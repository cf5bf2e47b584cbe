package com.scfengine.observability;

import com.scfengine.applications.ApplicationStatusChanged;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Counts applications per product when the change that opened, decided or ended them has committed: a step that
 * rolls back (a duplicate refused at submission, a failed job retried later) counts nothing. Tags are the product,
 * the outcome (the final status) and whether a person decided — never an application, party or user.
 * <ul>
 *   <li>{@code scf.applications.started{product}}</li>
 *   <li>{@code scf.applications.decided{product, straight_through}}: credit approved by the credit-authority table
 *       alone ({@code true}), or approved or declined by people ({@code false})</li>
 *   <li>{@code scf.applications.finished{product, outcome}}: SETTLED, REJECTED, CANCELLED</li>
 * </ul>
 * Each node counts what it committed; Prometheus sums the nodes.
 */
@Component
class ApplicationMeters {

  static final String STARTED = "scf.applications.started";
  static final String DECIDED = "scf.applications.decided";
  static final String FINISHED = "scf.applications.finished";

  private final Meter.MeterProvider<Counter> started;
  private final Meter.MeterProvider<Counter> decided;
  private final Meter.MeterProvider<Counter> finished;

  ApplicationMeters(MeterRegistry registry) {
    started = Counter.builder(STARTED).description("Applications opened: their process started and committed")
        .withRegistry(registry);
    decided = Counter.builder(DECIDED).description("Credit decisions: straight through (no person) or by people")
        .withRegistry(registry);
    finished = Counter.builder(FINISHED).description("Applications that reached a final status")
        .withRegistry(registry);
  }

  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
  void on(ApplicationStatusChanged change) {
    String product = change.product() == null ? "UNKNOWN" : change.product();
    if (change.opened()) {
      started.withTags(Tags.of("product", product)).increment();
    }
    if (change.creditDecided()) {
      decided.withTags(Tags.of("product", product, "straight_through", Boolean.toString(change.straightThrough())))
          .increment();
    }
    if (change.ended()) {
      finished.withTags(Tags.of("product", product, "outcome", change.to().name())).increment();
    }
  }
}
