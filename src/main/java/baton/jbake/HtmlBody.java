package baton.jbake;

/**
 * An HTML body (a JBake {@code .html} page) as a Markdown body that renders to the same HTML.
 *
 * <p>CommonMark passes raw HTML through only as "HTML blocks", and such a block ends at the first blank line: the rest
 * of an HTML page would then be read as Markdown (an indented line becomes a code block, a {@code *} emphasis). So the
 * body is wrapped in one {@code <div>} block and each blank line becomes an empty comment, which keeps the block whole
 * and shows nothing (inside {@code <pre>} the line stays, empty). The HTML is then treated as any raw HTML of a Baton
 * page: shown only when the site sets {@code allowHtml: true}, and cleaned of scripts, frames and event handlers.
 */
public final class HtmlBody {

  private static final String OPEN = "<div>";
  private static final String CLOSE = "</div>";
  private static final String BLANK = "<!-- -->";

  private HtmlBody() {}

  /** The Markdown form of an HTML body; empty for an empty body. */
  public static String asMarkdown(String html) {
    String trimmed = html.strip();
    if (trimmed.isEmpty()) {
      return "";
    }
    StringBuilder s = new StringBuilder(html.length() + 32).append(OPEN).append('\n');
    html.stripTrailing().lines().dropWhile(String::isBlank)
        .forEach(line -> s.append(line.isBlank() ? BLANK : line).append('\n'));
    return s.append(CLOSE).append('\n').toString();
  }
}
