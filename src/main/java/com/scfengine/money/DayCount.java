package com.scfengine.money;

/**
 * Day-count convention: interest accrues for the actual number of days over a year of {@link #basis()} days.
 * Which currency uses which comes from configuration, see {@link DayCounts}.
 */
public enum DayCount {
  /** Actual days / 360: USD and EUR money markets, and the engine's default. */
  ACT_360(360),
  /** Actual days / 365 (also in leap years): GBP, CNY, HKD. */
  ACT_365(365);

  private final int basis;

  DayCount(int basis) {
    this.basis = basis;
  }

  /** Days in the year the rate is quoted for: 360 or 365. */
  public int basis() {
    return basis;
  }
}
