package com.scfengine.reconciliation;

import java.time.Instant;
import java.util.Map;

/** A reconciliation ran: when it checked and how many findings of each kind (every kind, zero included). */
public record ReconciliationCompleted(Instant checkedAt, Map<FindingKind, Long> findings) {

  public ReconciliationCompleted {
    findings = Map.copyOf(findings);
  }
}
