package com.scfengine.documents;

/** Outcome of a document authenticity check; {@code reason} says why it failed. */
record VerificationResult(boolean verified, String reason) {
  public static VerificationResult ok() {
    return new VerificationResult(true, null);
  }

  public static VerificationResult failed(String reason) {
    return new VerificationResult(false, reason);
  }
}
