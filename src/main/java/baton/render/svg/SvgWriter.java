package baton.render.svg;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Writes SVG markup one element at a time, escaping every attribute value and every text, and closing elements in
 * the order they were opened: the only place in this package that produces markup, so nothing from content can
 * reach the output unescaped. One element per line keeps the output readable and diffable.
 */
final class SvgWriter {

  private final StringBuilder out = new StringBuilder(4096);
  private final Deque<String> open = new ArrayDeque<>();

  /** Opens an element; {@code attributes} are name-value pairs, and a pair whose value is null is left out. */
  SvgWriter start(String name, String... attributes) {
    tag(name, attributes);
    out.append(">\n");
    open.push(name);
    return this;
  }

  /** Writes an element without content. */
  SvgWriter empty(String name, String... attributes) {
    tag(name, attributes);
    out.append("/>\n");
    return this;
  }

  /** Writes an element that holds only text. */
  SvgWriter text(String name, String text, String... attributes) {
    tag(name, attributes);
    out.append('>');
    escape(text, out);
    out.append("</").append(name).append(">\n");
    return this;
  }

  /** Closes the element opened last. */
  SvgWriter end() {
    if (open.isEmpty()) {
      throw new IllegalStateException("no element is open");
    }
    out.append("</").append(open.pop()).append(">\n");
    return this;
  }

  /** The markup, once every element is closed. */
  String finish() {
    if (!open.isEmpty()) {
      throw new IllegalStateException("still open: " + open);
    }
    return out.toString();
  }

  private void tag(String name, String... attributes) {
    if (attributes.length % 2 != 0) {
      throw new IllegalArgumentException("attributes come in name-value pairs: " + name);
    }
    out.append('<').append(name);
    for (int i = 0; i < attributes.length; i += 2) {
      if (attributes[i + 1] != null) {
        out.append(' ').append(attributes[i]).append("=\"");
        escape(attributes[i + 1], out);
        out.append('"');
      }
    }
  }

  /**
   * Escapes the five characters that are special in XML and in HTML, so the text means the same to both parsers;
   * characters XML 1.0 forbids (controls other than tab and line ends, lone surrogates) become U+FFFD.
   */
  static void escape(String text, StringBuilder into) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> into.append("&amp;");
        case '<' -> into.append("&lt;");
        case '>' -> into.append("&gt;");
        case '"' -> into.append("&quot;");
        case '\'' -> into.append("&#39;");
        default -> into.append(allowedInXml(text, i) ? c : '\uFFFD');
      }
    }
  }

  private static boolean allowedInXml(String text, int i) {
    char c = text.charAt(i);
    if (c < 0x20) {
      return c == '\t' || c == '\n' || c == '\r';
    }
    if (Character.isHighSurrogate(c)) {
      return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }
    return c != 0xFFFE && c != 0xFFFF;
  }
}
