package com.scfengine.reconciliation;

/** The kinds of difference a reconciliation reports; docs/reconciliation.md says what to do about each. */
public enum FindingKind {
  /** The application has a final status (SETTLED, REJECTED, CANCELLED) but its process instance still runs. */
  FINAL_WITH_RUNNING_INSTANCE,
  /** The application's status is not final, yet no process instance of it runs: nothing will move it on. */
  ACTIVE_WITHOUT_INSTANCE,
  /** The application's process instance (or a process it called) has an open incident: a step failed for good. */
  INCIDENT,
  /** The ledger holds more than one booking under one idempotency key: the same step booked twice. */
  BOOKED_TWICE,
  /** The ledger holds more than one disbursement for the application: its money went out twice. */
  DISBURSED_TWICE,
  /** The application is DISBURSED, yet the product recorded no disbursement or the ledger holds none. */
  DISBURSEMENT_MISSING,
  /** The ledger holds a booking for the application that the product never recorded (an answer lost for good). */
  BOOKING_NOT_RECORDED,
  /** The product recorded a booking that the ledger does not hold under its key. */
  BOOKING_NOT_IN_LEDGER,
  /** An application that ended holds a live limit reservation (reserved or drawn): limit nobody gives back. */
  RESERVATION_OF_ENDED_APPLICATION,
  /** An application that ended has a receivable still PENDING or FINANCED in the registry: it cannot be offered again. */
  RECEIVABLE_OF_ENDED_APPLICATION,
  /** A facility's {@code utilised} differs from the sum of its live reservations. */
  UTILISATION_MISMATCH
}
