package org.vigil.model;

/** How precise a date is, in ACLED's time_precision terms. */
public enum TimePrecision {
  /** An exact day (ACLED 1). */
  DAY(1),
  /** A week or a range of days (ACLED 2). */
  WEEK(2),
  /** A month (ACLED 3). */
  MONTH(3),
  /** A year (ACLED 3). */
  YEAR(3),
  /** The date could not be resolved (no anchor), ACLED has no code. */
  UNRESOLVED(0);

  private final int acled;

  TimePrecision(int acled) {
    this.acled = acled;
  }

  public int acled() {
    return acled;
  }
}
