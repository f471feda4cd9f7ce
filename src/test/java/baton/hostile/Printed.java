package baton.hostile;

import java.util.List;
import java.util.regex.Pattern;

/** Reads what {@code baton} printed on standard error. */
final class Printed {

  private static final Pattern SUMMARY = Pattern.compile("\\d+ errors?, \\d+ warnings?(: nothing written)?");

  private Printed() {}

  /**
   * The one-line form of each diagnostic, in order: every line but the source excerpts (indented), the summary and
   * the count of diagnostics not shown.
   */
  static List<String> diagnostics(String err) {
    return err.lines()
        .filter(l -> !l.startsWith("    "))
        .filter(l -> !SUMMARY.matcher(l).matches())
        .filter(l -> !l.startsWith("... and "))
        .toList();
  }
}
