package com.scfengine.applications;

/**
 * An application ended without being financed, rejected or cancelled: the modules that hold something for it give it
 * back — limits its reservations, documents the fingerprints of its trade documents. Published by the step that
 * records the outcome and heard synchronously, in that step's transaction: the status, the released limits and the
 * released receivables commit together with the engine's step, or not at all.
 */
public sealed interface ApplicationEnded permits ApplicationEnded.Rejected, ApplicationEnded.Cancelled {

  String applicationId();

  /** Refused: by a check, a limit or the people deciding. */
  record Rejected(String applicationId, String reason) implements ApplicationEnded {}

  /** Withdrawn before it was financed. */
  record Cancelled(String applicationId) implements ApplicationEnded {}
}
