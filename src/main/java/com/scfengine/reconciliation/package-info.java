/**
 * Reconciliation: every application's record against its process instance, its limit holds, its receivables and
 * the ledger's bookings, and every facility's utilisation against its holds — each difference a finding of a
 * documented kind. Runs on request ({@code GET /api/reconciliation}) and every night (process
 * {@code reconciliation}), which opens a task for trade operations when it finds anything.
 */
@ApplicationModule(displayName = "Reconciliation")
package com.scfengine.reconciliation;

import org.springframework.modulith.ApplicationModule;
