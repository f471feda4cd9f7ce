package baton.render.feeds;

import java.nio.charset.StandardCharsets;

/**
 * Writes iCalendar content lines (RFC 5545 section 3.1): each ends with CRLF and is folded so that no line is
 * longer than 75 octets of UTF-8, a continuation line starting with one space. A fold never falls inside a
 * character, whatever its length in UTF-8. TEXT values are escaped (section 3.3.11).
 */
final class Ics {

  static final int MAX_OCTETS = 75;

  private final StringBuilder out = new StringBuilder(4096);

  /** A property whose value is written as given: a date, a URI, a keyword. */
  Ics line(String nameAndParameters, String value) {
    fold(nameAndParameters + ":" + value);
    return this;
  }

  /** A property of type TEXT. */
  Ics text(String name, String value) {
    return line(name, escapeText(value));
  }

  byte[] bytes() {
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Backslash, semicolon and comma are escaped with a backslash, every line break (CRLF, CR or LF) becomes
   * {@code \n}; other control characters, which TEXT cannot hold, and unpaired surrogates are left out.
   */
  static String escapeText(String value) {
    StringBuilder escaped = new StringBuilder(value.length() + 16);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\' -> escaped.append("\\\\");
        case ';' -> escaped.append("\\;");
        case ',' -> escaped.append("\\,");
        case '\n' -> escaped.append("\\n");
        case '\r' -> {
          escaped.append("\\n");
          if (i + 1 < value.length() && value.charAt(i + 1) == '\n') {
            i++;
          }
        }
        default -> {
          if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
            escaped.append(c).append(value.charAt(++i));
          } else if (!Character.isSurrogate(c) && (c == '\t' || (c >= 0x20 && c != 0x7F))) {
            escaped.append(c);
          }
        }
      }
    }
    return escaped.toString();
  }

  private void fold(String line) {
    int octets = 0;
    for (int i = 0; i < line.length(); ) {
      int c = line.codePointAt(i);
      int size = utf8Octets(c);
      if (octets + size > MAX_OCTETS) {
        out.append("\r\n ");
        octets = 1;
      }
      out.appendCodePoint(c);
      octets += size;
      i += Character.charCount(c);
    }
    out.append("\r\n");
  }

  private static int utf8Octets(int codePoint) {
    if (codePoint < 0x80) {
      return 1;
    }
    if (codePoint < 0x800) {
      return 2;
    }
    return codePoint < 0x10000 ? 3 : 4;
  }
}
