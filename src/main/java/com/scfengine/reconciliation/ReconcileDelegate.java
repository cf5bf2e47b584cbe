package com.scfengine.reconciliation;

import com.scfengine.process.BuildingBlock;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Building block {@code reconcile}: runs a {@link Reconciliation} and writes how many differences it found and a
 * list of them for the trade operations task. Writes nothing else.
 */
@Component("reconcile")
class ReconcileDelegate implements JavaDelegate {

  /** The findings listed in the task; the rest are counted and read through GET /api/reconciliation. */
  static final int LISTED = 200;

  static final BuildingBlock BLOCK = BuildingBlock.serviceTask("reconcile", "Compares every application's record "
          + "with its process instance, limit holds, receivables and ledger bookings, and every facility's "
          + "utilisation with its holds (docs/reconciliation.md).")
      .order(950)
      .writes("findingCount", "how many differences were found (0: everything agrees)")
      .writes("findingsText", "one line per difference, for the trade operations task's form")
      .build();

  private final Reconciliation reconciliation;

  ReconcileDelegate(Reconciliation reconciliation) {
    this.reconciliation = reconciliation;
  }

  @Override
  public void execute(DelegateExecution run) {
    ReconciliationReport report = reconciliation.run();
    int count = report.findings().size();
    String lines = report.findings().stream().limit(LISTED).map(Finding::line).collect(Collectors.joining("\n"));
    if (count > LISTED) {
      lines += "\n… and " + (count - LISTED) + " more: GET /api/reconciliation lists them all";
    }
    run.setVariable("findingCount", count);
    run.setVariable("findingsText", lines);
    run.setVariable("checkedAt", report.checkedAt().toString());
  }
}
