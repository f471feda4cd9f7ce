package baton.serve;

import baton.build.BuildResult;

/**
 * The state the server serves: the number of the latest build (counted from 1), its result, and a failure that
 * stopped it before it could report (a bug in Baton), if any.
 */
record Snapshot(long build, BuildResult result, String failure) {

  static final Snapshot NONE = new Snapshot(0, null, null);

  /** Whether pages are served as built; if not, every HTML request gets the error page. */
  boolean ok() {
    return failure == null && result != null && result.ok();
  }
}
