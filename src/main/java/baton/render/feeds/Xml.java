package baton.render.feeds;

import java.nio.charset.StandardCharsets;

/**
 * A small XML writer for the feed and the sitemap: elements one per line, indented, attributes in the order given,
 * every text and attribute escaped. Characters XML 1.0 cannot carry at all (most control characters, unpaired
 * surrogates, U+FFFE and U+FFFF) are left out rather than making the document ill-formed.
 */
final class Xml {

  private final StringBuilder out = new StringBuilder(4096);
  private int depth;

  Xml() {
    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
  }

  /** Opens an element; {@code attributes} are name, value pairs. */
  Xml open(String name, String... attributes) {
    indent();
    tag(name, attributes);
    out.append(">\n");
    depth++;
    return this;
  }

  Xml close(String name) {
    depth--;
    indent();
    out.append("</").append(name).append(">\n");
    return this;
  }

  /** An element holding only text. */
  Xml text(String name, String text, String... attributes) {
    indent();
    tag(name, attributes);
    out.append('>');
    escape(text, false);
    out.append("</").append(name).append(">\n");
    return this;
  }

  /** An element with attributes and no content. */
  Xml empty(String name, String... attributes) {
    indent();
    tag(name, attributes);
    out.append("/>\n");
    return this;
  }

  byte[] bytes() {
    if (depth != 0) {
      throw new IllegalStateException("unclosed elements: " + depth);
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private void tag(String name, String... attributes) {
    if (attributes.length % 2 != 0) {
      throw new IllegalArgumentException("attributes come in name, value pairs");
    }
    out.append('<').append(name);
    for (int i = 0; i < attributes.length; i += 2) {
      out.append(' ').append(attributes[i]).append("=\"");
      escape(attributes[i + 1], true);
      out.append('"');
    }
  }

  private void indent() {
    out.append("  ".repeat(depth));
  }

  /**
   * Escapes markup characters; in attributes also the white space that attribute-value normalisation would turn
   * into spaces, and everywhere CR, which parsers would otherwise turn into LF.
   */
  private void escape(String text, boolean attribute) {
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append(attribute ? "&quot;" : "\"");
        case '\r' -> out.append("&#13;");
        case '\n' -> out.append(attribute ? "&#10;" : "\n");
        case '\t' -> out.append(attribute ? "&#9;" : "\t");
        default -> {
          if (isXmlChar(c)) {
            out.appendCodePoint(c);
          }
        }
      }
    }
  }

  /** The Char production of XML 1.0 (fifth edition). */
  private static boolean isXmlChar(int c) {
    return c == 0x9 || c == 0xA || c == 0xD
        || (c >= 0x20 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0x10FFFF);
  }
}
