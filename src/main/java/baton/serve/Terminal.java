package baton.serve;

import baton.build.BuildResult;
import baton.diag.DiagnosticPrinter;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** What the server prints: one line a build, the diagnostics as {@code baton build} prints them, timings if verbose. */
final class Terminal {

  private static final int NAMED_CHANGES = 3;

  private final PrintWriter out;
  private final PrintWriter err;
  private final boolean verbose;
  private final boolean quiet;

  Terminal(PrintWriter out, PrintWriter err, boolean verbose, boolean quiet) {
    this.out = out;
    this.err = err;
    this.verbose = verbose;
    this.quiet = quiet;
  }

  void info(String line) {
    if (!quiet) {
      out.println(line);
      out.flush();
    }
  }

  void warn(String line) {
    err.println("baton: " + line);
    err.flush();
  }

  /**
   * Reports a finished build.
   *
   * @param change what triggered it, or null for the first build or one asked for directly
   * @param servedNanos when the new output was served and the pages told to reload
   */
  void built(Snapshot snapshot, SiteWatcher.Change change, long servedNanos) {
    BuildResult result = snapshot.result();
    if (snapshot.failure() != null) {
      warn(snapshot.failure());
      return;
    }
    if (result.diagnostics().total() > 0) {
      err.print(new DiagnosticPrinter(result.sourceLines()).print(result.diagnostics()));
    }
    if (result.writeError() != null) {
      if (snapshot.build() > 1) { // the first build's is reported by whoever starts the server
        warn(result.writeError() + "; pages show it until the next good build");
      }
      return;
    }
    String cause = change == null ? "" : describe(change.paths()) + " changed: ";
    if (!result.ok()) {
      err.println(cause + DiagnosticPrinter.summary(result.diagnostics())
          + ": pages show the errors until the next good build");
      err.flush();
      return;
    }
    if (verbose) {
      result.stages().forEach((stage, time) -> out.println(String.format(Locale.ROOT, "  %-9s %7.3f s", stage, seconds(time))));
      if (change != null) {
        timing(change, servedNanos, result);
      }
    }
    info(cause + (change == null ? "built " : "rebuilt ") + plural(result.entries(), "entry", "entries") + " in " + format(result.elapsed()));
  }

  /** After the rest of the site was written: nothing more unless verbose, or when it found errors. */
  void finished(Snapshot snapshot, int filesChanged) {
    BuildResult result = snapshot.result();
    if (result == null || !result.ok()) {
      built(snapshot, null, System.nanoTime());
      return;
    }
    if (verbose) {
      out.println("  the rest of the site: " + plural(filesChanged, "file", "files") + " changed, all done in "
          + format(result.elapsed()));
      out.flush();
    }
  }

  private void timing(SiteWatcher.Change change, long servedNanos, BuildResult result) {
    Duration seenToServed = Duration.ofNanos(servedNanos - change.seenNanos());
    if (change.editedAt() == null) {
      out.println("  change seen to served " + format(seenToServed) + " (build " + format(result.elapsed()) + ")");
      return;
    }
    Duration editToSeen = Duration.between(change.editedAt(), change.seenAt());
    editToSeen = editToSeen.isNegative() ? Duration.ZERO : editToSeen;
    out.println("  edit to served " + format(editToSeen.plus(seenToServed)) + " (seen after " + format(editToSeen)
        + ", build " + format(result.elapsed()) + ")");
  }

  static String describe(List<String> paths) {
    if (paths.size() <= NAMED_CHANGES) {
      return String.join(", ", paths);
    }
    return String.join(", ", paths.subList(0, NAMED_CHANGES)) + " and " + (paths.size() - NAMED_CHANGES) + " more";
  }

  private static String plural(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  private static double seconds(Duration d) {
    return d.toNanos() / 1e9;
  }

  static String format(Duration d) {
    return String.format(Locale.ROOT, "%.2f s", seconds(d));
  }
}
