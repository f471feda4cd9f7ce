package baton.cli;

/**
 * Wrong usage that a command finds once its arguments are parsed, such as a port out of range or a site folder that
 * does not exist. {@link Main} treats it as it treats a parsing error: its one-line message, then the command's help,
 * on stderr, and exit status 2.
 */
final class UsageException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
