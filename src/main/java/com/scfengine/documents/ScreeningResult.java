package com.scfengine.documents;

/** Sanctions screening of one name: CLEAR, POSSIBLE_MATCH (a person decides) or MATCH. */
record ScreeningResult(String name, Outcome outcome, String matchedEntry) {
  public enum Outcome { CLEAR, POSSIBLE_MATCH, MATCH }
}
