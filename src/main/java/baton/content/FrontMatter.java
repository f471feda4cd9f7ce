package baton.content;

import baton.diag.Diagnostic;
import baton.diag.SourcePos;
import java.util.List;
import java.util.Optional;

/**
 * A {@code .md} entry split into its YAML front matter and its Markdown body. Each part keeps the line where it starts
 * in the file, so that a position inside either points at the real line, not at a line of the part.
 *
 * @param yaml the text between the two {@code ---} lines
 * @param yamlLineOffset what to add to a line of {@code yaml} to get the line in the file
 * @param body the text after the closing {@code ---} line
 * @param bodyLine the line of the file where the body starts
 */
record FrontMatter(String yaml, int yamlLineOffset, String body, int bodyLine) {

  private static final String FENCE = "---";

  /** Splits a decoded {@code .md} file (without its byte-order mark); reports why when it cannot. */
  static Optional<FrontMatter> split(String text, String file, List<Diagnostic> problems) {
    if (text.isBlank()) {
      problems.add(Diagnostic.error(SourcePos.wholeFile(file), "the file is empty",
          "a .md entry is a line '---', the entry's fields as 'name: value' lines, a line '---', then its text"));
      return Optional.empty();
    }
    int openingEnd = lineEnd(text, 0);
    if (!isFence(text, 0, openingEnd)) {
      problems.add(Diagnostic.error(SourcePos.at(file, 1, 1),
          "a .md entry starts with a line '---' followed by its front matter",
          "put the entry's fields between two lines '---' at the top of the file"));
      return Optional.empty();
    }
    int yamlStart = Math.min(openingEnd + 1, text.length());
    // The line of each line start below, as long as no CR comes before it (which may end a line of its own).
    int line = 2;
    for (int start = yamlStart; start < text.length(); start = lineEnd(text, start) + 1, line++) {
      int end = lineEnd(text, start);
      if (isFence(text, start, end)) {
        String body = end < text.length() ? text.substring(end + 1) : "";
        // Counted as positions are, a lone CR in the front matter ending a line too.
        int fenceLine = text.lastIndexOf('\r', start) < 0 ? line : TextPositions.at(file, text, start).line();
        int bodyLine = fenceLine + 1;
        return Optional.of(new FrontMatter(text.substring(yamlStart, start), 1, body, bodyLine));
      }
    }
    problems.add(Diagnostic.error(SourcePos.at(file, 1, 1),
        "front matter is never closed", "add a line '---' after it"));
    return Optional.empty();
  }

  private static int lineEnd(String text, int from) {
    int newline = text.indexOf('\n', from);
    return newline < 0 ? text.length() : newline;
  }

  /**
   * A line {@code ---}, allowing what editors leave behind: trailing blanks and the CR of a CRLF. Only one CR, at the
   * end: any other would end a line of its own, and the fence would not be one line as positions count lines.
   */
  private static boolean isFence(String text, int start, int end) {
    if (!text.startsWith(FENCE, start) || start + FENCE.length() > end) {
      return false;
    }
    int last = end > start && text.charAt(end - 1) == '\r' ? end - 1 : end;
    for (int i = start + FENCE.length(); i < last; i++) {
      char c = text.charAt(i);
      if (c != ' ' && c != '\t') {
        return false;
      }
    }
    return true;
  }
}
