package com.scfengine.applications;

/** The statuses an application passes through (API.md); a product uses those that apply. */
public enum ApplicationStatus {
  SUBMITTED, IN_REVIEW, APPROVED, REJECTED, ISSUED, DISBURSED, SETTLED, OVERDUE, CANCELLED;

  public boolean isFinal() {
    return this == REJECTED || this == SETTLED || this == CANCELLED;
  }
}
