package baton.cli;

import baton.build.BuildResult;
import baton.diag.DiagnosticPrinter;
import java.io.PrintWriter;
import java.util.Locale;

/** Prints a build's diagnostics and summary, and turns the result into an exit status. */
final class Report {

  private Report() {}

  private static double seconds(java.time.Duration d) {
    return d.toNanos() / 1e9;
  }

  static int finish(BuildResult result, String doneMessage, SiteOptions options, PrintWriter out, PrintWriter err) {
    if (result.diagnostics().total() > 0) {
      err.print(new DiagnosticPrinter(result.sourceLines()).print(result.diagnostics()));
    }
    if (result.writeError() != null) {
      err.println("baton: " + result.writeError());
      return ExitCodes.INTERNAL;
    }
    if (!result.ok()) {
      err.println(DiagnosticPrinter.summary(result.diagnostics()) + ": nothing written");
      return ExitCodes.CONTENT_ERRORS;
    }
    if (options.verbose) {
      result.stages().forEach((stage, time) -> out.println(String.format(Locale.ROOT, "  %-9s %7.3f s", stage, seconds(time))));
    }
    if (!options.quiet) {
      out.println(doneMessage + " in " + String.format(Locale.ROOT, "%.2f s", seconds(result.elapsed())));
    }
    return ExitCodes.OK;
  }
}
