package baton.render.html;

import baton.render.Messages;
import baton.render.PageFrame;
import baton.render.PageHelper;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One page being written: markup as the template has it, values escaped as Thymeleaf escapes {@code th:text} and
 * attribute values in HTML mode (the five characters {@code & < > " '}, as {@code &amp; &lt; &gt; &quot; &#39;};
 * nothing else), labels from the site's bundles.
 */
final class Html {

  /**
   * The page as UTF-8, written as it is made: a page is bytes in the end, and a {@link StringBuilder} would hold it as
   * two bytes a character from its first character beyond Latin-1 on, then be copied and encoded whole.
   */
  private byte[] out;
  private int length;
  /** Each string's characters are read through this array: String.charAt costs a call per character in C1 code. */
  private char[] chars = new char[256];
  private final PageFrame frame;
  private final Messages messages;

  Html(int capacity, PageFrame frame, Messages messages) {
    this.out = new byte[Math.max(capacity, 64)];
    this.frame = frame;
    this.messages = messages;
  }

  PageFrame frame() {
    return frame;
  }

  PageHelper b() {
    return frame.b();
  }

  /** Markup written as it stands in the template. */
  Html raw(String markup) {
    append(markup);
    return this;
  }

  /** HTML made by Baton (Markdown bodies, pictures, JSON-LD), as {@code th:utext} writes it; null writes nothing. */
  Html html(String markup) {
    if (markup != null) {
      append(markup);
    }
    return this;
  }

  /** A value as {@code th:text} or {@code th:attr} writes it, escaped; null writes nothing. */
  Html text(String value) {
    if (value == null) {
      return this;
    }
    int n = read(value);
    ensure(n);
    char[] cs = chars;
    for (int i = 0; i < n; i++) {
      char c = cs[i];
      if (c < 0x80 && c != '&' && c != '<' && c != '>' && c != '"' && c != '\'') {
        out[length++] = (byte) c;
      } else if (c >= 0x80) {
        i = encode(cs, i, n);
      } else {
        String entity = entity(c);
        ensure(entity.length() + n - i);
        for (int k = 0; k < entity.length(); k++) {
          out[length++] = (byte) entity.charAt(k);
        }
      }
    }
    return this;
  }

  Html text(int value) {
    append(Integer.toString(value));
    return this;
  }

  /**
   * An attribute set with {@code th:<name>}, after a space: Thymeleaf leaves it out when its value is null or empty
   * (all such attributes of the templates but {@code href}, which it writes empty).
   */
  Html attr(String name, String value) {
    if (value == null || value.isEmpty()) {
      return this;
    }
    append(" ");
    append(name);
    append("=\"");
    return text(value).raw("\"");
  }

  /** A label {@code #{key(args)}}, escaped; a key the bundles lack shows as {@code ??key??}. */
  Html label(String key, Object... args) {
    return text(message(key, args));
  }

  /** The text of a label, unescaped. */
  String message(String key, Object... args) {
    return messages.get(key, args);
  }

  /** {@code #{period.open(from)}} or {@code #{period.closed(from, to)}}. */
  Html period(String from, String to) {
    return to == null ? label("period.open", from) : label("period.closed", from, to);
  }

  /** The link from this page to a path from the output root, escaped; no path gives an empty link, as in Thymeleaf. */
  Html href(String path) {
    return text(b().href(path));
  }

  private static String entity(char c) {
    switch (c) {
      case '&':
        return "&amp;";
      case '<':
        return "&lt;";
      case '>':
        return "&gt;";
      case '"':
        return "&quot;";
      case '\'':
        return "&#39;";
      default:
        return null;
    }
  }

  int length() {
    return length;
  }

  /** The page as written, in UTF-8. */
  byte[] bytes() {
    return Arrays.copyOf(out, length);
  }

  @Override
  public String toString() {
    return new String(out, 0, length, StandardCharsets.UTF_8);
  }

  // ---- UTF-8 ----

  private void append(String s) {
    int n = read(s);
    ensure(n);
    char[] cs = chars;
    for (int i = 0; i < n; i++) {
      char c = cs[i];
      if (c < 0x80) {
        out[length++] = (byte) c;
      } else {
        i = encode(cs, i, n);
      }
    }
  }

  /** Copies the string's characters into {@link #chars}; returns how many. */
  private int read(String s) {
    int n = s.length();
    if (chars.length < n) {
      chars = new char[Math.max(n, 2 * chars.length)];
    }
    s.getChars(0, n, chars, 0);
    return n;
  }

  /**
   * Writes the character at {@code i}, beyond ASCII, as UTF-8 (a surrogate pair as one four-byte sequence, a lone
   * surrogate as '?', as {@link String#getBytes} does); returns the index of its last char.
   */
  private int encode(char[] cs, int i, int n) {
    // Room for up to four bytes here, and one for each character left (as ASCII; another call to this makes room).
    ensure(4 + n - i);
    char c = cs[i];
    if (c < 0x800) {
      out[length++] = (byte) (0xC0 | c >> 6);
      out[length++] = (byte) (0x80 | c & 0x3F);
    } else if (!Character.isSurrogate(c)) {
      out[length++] = (byte) (0xE0 | c >> 12);
      out[length++] = (byte) (0x80 | c >> 6 & 0x3F);
      out[length++] = (byte) (0x80 | c & 0x3F);
    } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(cs[i + 1])) {
      int cp = Character.toCodePoint(c, cs[i + 1]);
      out[length++] = (byte) (0xF0 | cp >> 18);
      out[length++] = (byte) (0x80 | cp >> 12 & 0x3F);
      out[length++] = (byte) (0x80 | cp >> 6 & 0x3F);
      out[length++] = (byte) (0x80 | cp & 0x3F);
      return i + 1;
    } else {
      out[length++] = '?';
    }
    return i;
  }

  /**
   * Room for {@code more} bytes: a string's writer makes room for one byte a character, and more where a character
   * takes more.
   */
  private void ensure(int more) {
    if (length + more + 6 > out.length) {
      out = Arrays.copyOf(out, Math.max(out.length * 2, length + more + 6));
    }
  }
}
