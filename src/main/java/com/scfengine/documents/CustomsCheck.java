package com.scfengine.documents;

import java.math.BigDecimal;

/** Outcome of a customs export declaration check, with the declared value that caps financing against it. */
record CustomsCheck(Outcome outcome, String declarationNumber, BigDecimal declaredValue, String currency,
    String reason) {
  public enum Outcome { MATCH, MISMATCH, NOT_FOUND }

  public boolean matches() {
    return outcome == Outcome.MATCH;
  }
}
