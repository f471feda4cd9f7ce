package baton.scaffold;

import java.util.Objects;

/** Why no entry was written: a message for the person at the terminal, and what kind of failure it was. */
public final class ScaffoldException extends Exception {

  private static final long serialVersionUID = 1L;

  /** The kinds of failure; the command line turns each into its exit status. */
  public enum Reason {
    /** A wrong type, id, date or site folder on the command line. */
    USAGE,
    /** The entry would clash with a file already in the site. */
    CONFLICT,
    /** The file could not be written. */
    IO
  }

  private final Reason reason;

  ScaffoldException(Reason reason, String message) {
    this(reason, message, null);
  }

  ScaffoldException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  public Reason reason() {
    return reason;
  }
}
