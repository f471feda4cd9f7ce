package baton.diag;

/** Whether a diagnostic stops the build. */
public enum Severity {
  ERROR,
  WARNING
}
