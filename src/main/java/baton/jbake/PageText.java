package baton.jbake;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The text of a Baton page file: YAML front matter between two {@code ---} lines, then the body as it was. Every text
 * is written double-quoted with escapes, so that Baton's strict YAML reads back exactly what was written (no
 * {@code NO} turned into false, no {@code #} taken for a comment, no tag).
 */
final class PageText {

  private PageText() {}

  static String of(String title, LocalDate date, List<String> tags, boolean draft, String body) {
    StringBuilder s = new StringBuilder("---\n");
    s.append("title: ").append(quote(title)).append('\n');
    if (date != null) {
      s.append("date: ").append(date).append('\n');
    }
    if (!tags.isEmpty()) {
      s.append("tags: [").append(tags.stream().map(PageText::quote).collect(Collectors.joining(", "))).append("]\n");
    }
    if (draft) {
      s.append("draft: true\n");
    }
    s.append("---\n").append(body);
    if (!body.isEmpty() && !body.endsWith("\n")) {
      s.append('\n');
    }
    return s.toString();
  }

  /** A YAML double-quoted scalar: backslash and quote escaped, every control or invisible line-breaking character too. */
  static String quote(String text) {
    StringBuilder s = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> s.append("\\\"");
        case '\\' -> s.append("\\\\");
        case '\n' -> s.append("\\n");
        case '\t' -> s.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x7f || c == 0x85 || c == 0x2028 || c == 0x2029 || c == 0xfeff
              || Character.isSurrogate(c) && !validSurrogate(text, i)) {
            s.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            s.append(c);
          }
        }
      }
    }
    return s.append('"').toString();
  }

  private static boolean validSurrogate(String text, int i) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
    }
    return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
  }
}
