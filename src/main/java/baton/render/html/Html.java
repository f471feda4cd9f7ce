package baton.render.html;

import baton.render.Messages;
import baton.render.PageFrame;
import baton.render.PageHelper;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One page being written: markup as the template has it, values escaped as Thymeleaf escapes {@code th:text} and
 * attribute values in HTML mode (the five characters {@code & < > " '}, as {@code &amp; &lt; &gt; &quot; &#39;};
 * nothing else), labels from the site's bundles.
 */
final class Html {

  /**
   * The templates' markup as UTF-8, by text: the same few hundred constants are written on every page, and encoding
   * them again for each one was a quarter of the compiled templates' time (flight recording, 10,000 statements).
   */
  private static final Map<String, byte[]> MARKUP = new ConcurrentHashMap<>();
  /** The templates have a few hundred constants: at most this many are kept, should other text come as markup. */
  private static final int MAX_MARKUP = 4096;

  /**
   * The page as UTF-8, written as it is made: a page is bytes in the end, and a {@link StringBuilder} would hold it as
   * two bytes a character from its first character beyond Latin-1 on, then be copied and encoded whole.
   */
  private byte[] out;
  private int length;
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
    byte[] bytes = MARKUP.get(markup);
    if (bytes == null) {
      bytes = markup.getBytes(StandardCharsets.UTF_8);
      if (MARKUP.size() < MAX_MARKUP) {
        MARKUP.put(markup, bytes);
      }
    }
    ensure(bytes.length);
    copy(bytes, 0, bytes.length);
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
    // The five characters to escape are ASCII, and no byte of a multi-byte UTF-8 sequence is: the encoded bytes can
    // be scanned for them and copied in runs.
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    int n = bytes.length;
    ensure(n);
    int from = 0;
    for (int i = 0; i < n; i++) {
      byte c = bytes[i];
      if (c == '&' || c == '<' || c == '>' || c == '"' || c == '\'') {
        copy(bytes, from, i);
        byte[] entity = entity(c);
        ensure(entity.length + n - i);
        System.arraycopy(entity, 0, out, length, entity.length);
        length += entity.length;
        from = i + 1;
      }
    }
    copy(bytes, from, n);
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

  private static final byte[] AMP = ascii("&amp;");
  private static final byte[] LT = ascii("&lt;");
  private static final byte[] GT = ascii("&gt;");
  private static final byte[] QUOT = ascii("&quot;");
  private static final byte[] APOS = ascii("&#39;");

  private static byte[] entity(byte c) {
    switch (c) {
      case '&':
        return AMP;
      case '<':
        return LT;
      case '>':
        return GT;
      case '"':
        return QUOT;
      default:
        return APOS;
    }
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
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

  /**
   * Writes the string as UTF-8 (a lone surrogate as '?'). The JDK's encoder copies a string of ASCII characters as it
   * stands, which is most of the markup.
   */
  private void append(String s) {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    ensure(bytes.length);
    copy(bytes, 0, bytes.length);
  }

  private void copy(byte[] bytes, int from, int to) {
    System.arraycopy(bytes, from, out, length, to - from);
    length += to - from;
  }

  /** Room for {@code more} bytes. */
  private void ensure(int more) {
    if (length + more + 6 > out.length) {
      out = Arrays.copyOf(out, Math.max(out.length * 2, length + more + 6));
    }
  }
}
