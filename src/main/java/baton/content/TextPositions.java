package baton.content;

import baton.diag.SourcePos;

/**
 * Lines and columns in decoded text, counted the way SnakeYAML counts them (a line ends at LF, CRLF or a lone CR; a
 * column is a code point), so that positions we compute ourselves (a bad byte, a NUL, the front matter) agree with
 * the ones the YAML parser reports.
 */
final class TextPositions {

  private TextPositions() {}

  /** The position of {@code text.charAt(index)}, or of the end of the text when index is its length. */
  static SourcePos at(String file, CharSequence text, int index) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < index; i++) {
      char c = text.charAt(i);
      if (endsLine(text, i)) {
        line++;
        column = 1;
      } else if (c != '\r' && !Character.isLowSurrogate(c)) {
        column++;
      }
    }
    return SourcePos.at(file, line, column);
  }

  /** The 1-based line of the text without its line end, or null past the last line. */
  static String line(String text, int number) {
    if (number < 1) {
      return null;
    }
    int start = 0;
    for (int line = 1; line < number; line++) {
      int end = lineEnd(text, start);
      if (end == text.length()) {
        return null;
      }
      start = end + (text.startsWith("\r\n", end) ? 2 : 1);
    }
    return text.substring(start, lineEnd(text, start));
  }

  private static int lineEnd(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        return i;
      }
    }
    return text.length();
  }

  /** A CR ends a line only when no LF follows, so that CRLF counts once. */
  private static boolean endsLine(CharSequence text, int i) {
    char c = text.charAt(i);
    return c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'));
  }
}
