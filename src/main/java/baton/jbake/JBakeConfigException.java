package baton.jbake;

/** jbake-core could not read a site's {@code jbake.properties}; the message says why, in its words. */
public final class JBakeConfigException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  JBakeConfigException(String message, Throwable cause) {
    super(message, cause);
  }
}
