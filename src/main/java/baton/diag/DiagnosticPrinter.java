package baton.diag;

import java.util.List;
import java.util.function.BiFunction;

/**
 * Prints diagnostics for a terminal: the one-line form, then the offending source line and a caret under the
 * column, then a count. The source lines come from a lookup so that this package reads no files.
 */
public final class DiagnosticPrinter {

  private static final int MAX_SHOWN_LINE = 160;

  private final BiFunction<String, Integer, String> sourceLine;

  /**
   * @param sourceLine gives the text of a 1-based line of a file, or null when it is not known
   */
  public DiagnosticPrinter(BiFunction<String, Integer, String> sourceLine) {
    this.sourceLine = sourceLine;
  }

  public String print(Diagnostics diagnostics) {
    StringBuilder out = new StringBuilder();
    List<Diagnostic> all = diagnostics.sorted();
    for (Diagnostic d : all) {
      out.append(d.format()).append('\n');
      appendExcerpt(out, d.pos());
    }
    if (diagnostics.dropped() > 0) {
      out.append("... and ").append(diagnostics.dropped()).append(" more not shown\n");
    }
    return out.toString();
  }

  private void appendExcerpt(StringBuilder out, SourcePos pos) {
    if (pos.line() == 0) {
      return;
    }
    String line = sourceLine.apply(pos.file(), pos.line());
    if (line == null) {
      return;
    }
    line = Printable.visible(line.replace('\t', ' '));
    int col = Math.max(1, pos.column());
    if (line.length() > MAX_SHOWN_LINE) {
      int from = Math.max(0, Math.min(col - 1 - MAX_SHOWN_LINE / 2, line.length() - MAX_SHOWN_LINE));
      line = line.substring(from, from + MAX_SHOWN_LINE);
      col -= from;
    }
    out.append("    ").append(line).append('\n');
    out.append("    ").append(" ".repeat(Math.max(0, col - 1))).append("^\n");
  }

  /** "2 errors, 1 warning" style summary. */
  public static String summary(Diagnostics diagnostics) {
    return plural(diagnostics.errorCount(), "error") + ", " + plural(diagnostics.warningCount(), "warning");
  }

  /** "1 warning", "2 warnings". */
  public static String summaryOfWarnings(int warnings) {
    return plural(warnings, "warning");
  }

  static String plural(int n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }
}
