package baton.model;

/** How much of a date was written: the year, the month, or the day. Declared coarse to fine. */
public enum Precision {
  YEAR,
  MONTH,
  DAY
}
