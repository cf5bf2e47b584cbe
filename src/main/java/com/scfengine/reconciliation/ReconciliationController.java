package com.scfengine.reconciliation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/reconciliation}: runs a reconciliation now and answers its findings. */
@RestController
@Tag(name = "Reconciliation", description = "Every application and facility checked against the engine, the "
    + "registry, the limits and the ledger")
class ReconciliationController {

  private final Reconciliation reconciliation;

  ReconciliationController(Reconciliation reconciliation) {
    this.reconciliation = reconciliation;
  }

  @GetMapping("/api/reconciliation")
  @Operation(summary = "Reconcile now", description = """
      Compares every application's status with its process instance (running or not, open incidents), its limit \
      reservations, its receivables and its bookings in the ledger, and every facility's `utilised` with the sum of \
      its live reservations. Each difference is a finding of a fixed `kind` (docs/reconciliation.md says what each \
      means and what to do); an empty `findings` means everything agrees. Reads only.""",
      responses = @ApiResponse(responseCode = "200", description = "The reconciliation's findings", content = @Content(
          mediaType = "application/json", examples = @ExampleObject(name = "One difference", value = """
              {"checkedAt": "2026-11-24T02:30:00Z", "applications": 1842, "facilities": 57, "findings": [
                {"kind": "ACTIVE_WITHOUT_INSTANCE", "applicationId": "FACTORING-20261123-7KQ2M9XA",
                 "expected": "a running process instance", "actual": "instance 4f1c… not running",
                 "detail": "status DISBURSED: nothing will move the application on"}]}"""))))
  ReconciliationReport reconcile() {
    return reconciliation.run();
  }
}
