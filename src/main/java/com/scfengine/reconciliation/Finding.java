package com.scfengine.reconciliation;

/**
 * One difference: its kind, the application or facility it concerns, what was expected and what was found, and a
 * sentence for people.
 */
public record Finding(FindingKind kind, String applicationId, String facilityId, String expected, String actual,
    String detail) {

  static Finding ofApplication(FindingKind kind, String applicationId, String expected, String actual, String detail) {
    return new Finding(kind, applicationId, null, expected, actual, detail);
  }

  static Finding ofFacility(String facilityId, String expected, String actual, String detail) {
    return new Finding(FindingKind.UTILISATION_MISMATCH, null, facilityId, expected, actual, detail);
  }

  /** One line for people, as the trade operations task lists it. */
  public String line() {
    String subject = applicationId != null ? applicationId : "facility " + facilityId;
    return kind + " " + subject + ": expected " + expected + ", found " + actual + (detail == null ? "" : " — " + detail);
  }
}
