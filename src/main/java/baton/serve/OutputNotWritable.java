package baton.serve;

import java.io.IOException;

/**
 * The first build could not write the output folder (one Baton did not write, a file in the way, no permission):
 * no save under the site can fix that, so the server does not start.
 */
public final class OutputNotWritable extends IOException {

  private static final long serialVersionUID = 1L;

  OutputNotWritable(String message) {
    super(message);
  }
}
