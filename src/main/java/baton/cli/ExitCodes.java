package baton.cli;

/** The exit statuses of SPEC section 5, and one for Baton's own failures. */
final class ExitCodes {

  static final int OK = 0;
  static final int CONTENT_ERRORS = 1;
  static final int USAGE = 2;
  /** Baton itself failed (a bug), or the output could not be written. */
  static final int INTERNAL = 3;

  private ExitCodes() {}
}
