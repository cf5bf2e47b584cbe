package com.scfengine.reconciliation;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A reconciliation's answer: when it checked, how many applications and facilities, and every difference found. */
public record ReconciliationReport(Instant checkedAt, int applications, int facilities, List<Finding> findings) {

  public ReconciliationReport {
    findings = List.copyOf(findings);
  }

  /** The number of findings of every kind, zero included. */
  public Map<FindingKind, Long> counts() {
    Map<FindingKind, Long> counts = new TreeMap<>();
    for (FindingKind kind : FindingKind.values()) {
      counts.put(kind, 0L);
    }
    findings.forEach(f -> counts.merge(f.kind(), 1L, Long::sum));
    return counts;
  }
}
