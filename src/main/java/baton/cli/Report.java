package baton.cli;

import baton.build.BuildResult;
import baton.diag.DiagnosticPrinter;
import java.io.PrintWriter;
import java.util.Locale;

/** Prints a build's diagnostics and summary, and turns the result into an exit status. */
final class Report {

  private Report() {}

  static int finish(BuildResult result, String doneMessage, PrintWriter out, PrintWriter err) {
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
    out.println(doneMessage + " in " + String.format(Locale.ROOT, "%.2f s", result.elapsed().toMillis() / 1000.0));
    return ExitCodes.OK;
  }
}
