package com.scfengine.reconciliation;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code scf.reconciliation.cron}: when the nightly reconciliation runs, a Spring cron expression in the server's
 * time zone (second, minute, hour, day of month, month, day of week; default {@code 0 30 2 * * *}, 02:30). The
 * process {@code reconciliation} reads it as {@code ${reconciliationCron}} for its timer start event;
 * the engine's job executor fires the timer on one node of a cluster.
 */
public record ReconciliationSchedule(@DefaultValue(ReconciliationSchedule.NIGHTLY) String cron) {

  /** Every night at 02:30. */
  public static final String NIGHTLY = "0 30 2 * * *";
}
