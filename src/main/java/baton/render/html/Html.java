package baton.render.html;

import baton.render.Messages;
import baton.render.PageFrame;
import baton.render.PageHelper;

/**
 * One page being written: markup as the template has it, values escaped as Thymeleaf escapes {@code th:text} and
 * attribute values in HTML mode (the five characters {@code & < > " '}, as {@code &amp; &lt; &gt; &quot; &#39;};
 * nothing else), labels from the site's bundles.
 */
final class Html {

  private final StringBuilder out;
  private final PageFrame frame;
  private final Messages messages;

  Html(int capacity, PageFrame frame, Messages messages) {
    this.out = new StringBuilder(capacity);
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
    out.append(markup);
    return this;
  }

  /** HTML made by Baton (Markdown bodies, pictures, JSON-LD), as {@code th:utext} writes it; null writes nothing. */
  Html html(String markup) {
    if (markup != null) {
      out.append(markup);
    }
    return this;
  }

  /** A value as {@code th:text} or {@code th:attr} writes it, escaped; null writes nothing. */
  Html text(String value) {
    if (value == null) {
      return this;
    }
    // Read from an array: String.charAt costs a call per character until the optimising compiler inlines it.
    char[] chars = value.toCharArray();
    int start = 0;
    int n = chars.length;
    for (int i = 0; i < n; i++) {
      char c = chars[i];
      if (c > '>') {
        continue; // none of the five
      }
      String entity = entity(c);
      if (entity != null) {
        out.append(chars, start, i - start).append(entity);
        start = i + 1;
      }
    }
    if (start == 0) {
      out.append(value);
    } else {
      out.append(chars, start, n - start);
    }
    return this;
  }

  Html text(int value) {
    out.append(value);
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
    out.append(' ').append(name).append("=\"");
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
    return out.length();
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
