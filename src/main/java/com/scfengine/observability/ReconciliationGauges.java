package com.scfengine.observability;

import com.scfengine.reconciliation.FindingKind;
import com.scfengine.reconciliation.ReconciliationCompleted;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What the last reconciliation on this node found, set when it ran (nightly or on request), never queried at a
 * scrape:
 * <ul>
 *   <li>{@code scf.reconciliation.findings{kind}}: findings of each kind, every kind listed (0 before the first run);</li>
 *   <li>{@code scf.reconciliation.last.run} (seconds since the epoch): when it checked; 0 before the first run.</li>
 * </ul>
 * The nightly run happens on one node of a cluster: a dashboard takes the values of the node with the latest run
 * (the maximum of {@code last.run}), and an alert fires on {@code max(scf.reconciliation.findings) > 0}.
 */
@Component
class ReconciliationGauges {

  private final MultiGauge findings;
  private final AtomicLong lastRun = new AtomicLong();

  ReconciliationGauges(MeterRegistry registry) {
    findings = MultiGauge.builder("scf.reconciliation.findings")
        .description("Differences the last reconciliation found, per kind").register(registry);
    Gauge.builder("scf.reconciliation.last.run", lastRun, AtomicLong::get).baseUnit("seconds")
        .description("When the last reconciliation checked (seconds since the epoch; 0: not yet)").register(registry);
    List<MultiGauge.Row<?>> none = new ArrayList<>();
    for (FindingKind kind : FindingKind.values()) {
      none.add(MultiGauge.Row.of(Tags.of("kind", kind.name()), 0));
    }
    findings.register(none, true);
  }

  @EventListener
  void on(ReconciliationCompleted completed) {
    List<MultiGauge.Row<?>> rows = new ArrayList<>();
    completed.findings().forEach((kind, count) -> rows.add(MultiGauge.Row.of(Tags.of("kind", kind.name()), count)));
    findings.register(rows, true);
    lastRun.set(completed.checkedAt().getEpochSecond());
  }
}
