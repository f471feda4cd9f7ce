package baton.cli;

import baton.build.BuildResult;
import baton.diag.Diagnostic;
import baton.diag.DiagnosticPrinter;
import baton.diag.Diagnostics;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Locale;

/** Prints a build's diagnostics and summary, and turns the result into an exit status. */
final class Report {

  /**
   * The writer of {@code check --format json}, made on first use (a build that prints text starts no object mapper);
   * immutable, so one is shared: one compact line, keys in the order they are put.
   */
  private static final class Json {
    static final ObjectWriter WRITER = JsonMapper.builder().build().writer();
  }

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
      int warnings = result.diagnostics().warningCount();
      out.println(doneMessage + " in " + String.format(Locale.ROOT, "%.2f s", seconds(result.elapsed()))
          + (warnings == 0 ? "" : " (" + DiagnosticPrinter.summaryOfWarnings(warnings) + " above)"));
    }
    return ExitCodes.OK;
  }

  /**
   * {@code check --format json}: prints one JSON object on {@code out} and nothing else, on stdout or stderr, so
   * that editors and CI can read it whole. {@code errors} and {@code warnings} count every diagnostic; the list
   * holds those kept (at most {@link Diagnostics#DEFAULT_LIMIT}), sorted by file, line and column, with
   * {@code line} and {@code column} null when the problem is the file as a whole and {@code hint} null when there
   * is none. The exit status is the text format's.
   */
  static int json(BuildResult result, PrintWriter out) {
    Diagnostics diagnostics = result.diagnostics();
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("ok", result.ok());
    root.put("errors", diagnostics.errorCount());
    root.put("warnings", diagnostics.warningCount());
    ArrayNode list = root.putArray("diagnostics");
    for (Diagnostic d : diagnostics.sorted()) {
      ObjectNode item = list.addObject();
      item.put("file", d.pos().file());
      boolean wholeFile = d.pos().line() == 0;
      item.put("line", wholeFile ? null : d.pos().line());
      item.put("column", wholeFile ? null : d.pos().column());
      item.put("severity", d.severity().name().toLowerCase(Locale.ROOT));
      item.put("message", d.message());
      item.put("hint", d.hint());
    }
    root.put("entries", result.entries());
    try {
      out.println(Json.WRITER.writeValueAsString(root));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
    if (result.writeError() != null) {
      return ExitCodes.INTERNAL;
    }
    return result.ok() ? ExitCodes.OK : ExitCodes.CONTENT_ERRORS;
  }
}
