package baton.validate;

import baton.diag.Diagnostics;
import baton.diag.SourcePos;
import baton.model.PartialDate;

/** Reads dates as SPEC writes them, telling a malformed date from one that does not exist. */
final class Dates {

  private Dates() {}

  static PartialDate parse(String text, SourcePos pos, String key, Diagnostics diagnostics) {
    String t = text.strip();
    if (!PartialDate.hasDateShape(t)) {
      diagnostics.error(
          pos, "'" + key + "' is not a date: " + Quote.of(text), "write it as YYYY-MM-DD, YYYY-MM or YYYY, e.g. 2024-02-22");
      return null;
    }
    return PartialDate.parse(t)
        .orElseGet(
            () -> {
              diagnostics.error(pos, "no such date: " + t, "check the month and the day");
              return null;
            });
  }
}
