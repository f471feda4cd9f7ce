package baton.render.markdown;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Markdown bodies as SPEC section 2 defines them: CommonMark plus GitHub tables, strikethrough and autolinks.
 *
 * <p>Safe by construction (see {@link baton.render.markdown the package}): a link or image to a URL other than http,
 * https, mailto or relative is written as text; raw HTML is escaped unless allowed, and cleaned when it is.
 * Headings get no ids, so nothing a body writes can collide with the ids of the page around it.
 *
 * <p>The parser and renderers are built once here and are immutable: one instance serves the whole build, from any
 * number of threads. The same text always gives the same output.
 */
public final class Markdown {

  private static final List<Extension> EXTENSIONS =
      List.of(TablesExtension.create(), StrikethroughExtension.create(), AutolinkExtension.create());

  private final Parser parser;
  /** Raw HTML written out as text. */
  private final HtmlRenderer escaping;
  /** Raw HTML passed on, for the sanitizer to clean. */
  private final HtmlRenderer passing;
  private final HtmlSanitizer sanitizer = new HtmlSanitizer();
  /** Whether plain paragraphs are written by {@link PlainParagraphs} rather than by commonmark. */
  private final boolean quickParagraphs;

  public Markdown() {
    this(true);
  }

  /** @param quickParagraphs false to give every body to commonmark whole, as a check of {@link PlainParagraphs} */
  Markdown(boolean quickParagraphs) {
    this.quickParagraphs = quickParagraphs;
    // The extensions first: their post-processors (autolinks) run before UnsafeLinks checks every link.
    parser = Parser.builder().extensions(EXTENSIONS).postProcessor(new UnsafeLinks()).build();
    escaping = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true).build();
    passing = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(false).build();
  }

  /**
   * The body as an HTML fragment, for {@code th:utext}.
   *
   * @param markdown the body; null is read as empty
   * @param allowHtml the site's {@code allowHtml}: false escapes raw HTML (shown as text); true keeps it, cleaned of
   *     scripts, frames, event handlers, styles and unsafe URLs
   */
  public String toHtml(String markdown, boolean allowHtml) {
    String text = markdown == null ? "" : markdown;
    HtmlRenderer renderer = allowHtml ? passing : escaping;
    String html = quickParagraphs
        ? PlainParagraphs.toHtml(text, part -> renderer.render(parse(part)))
        : renderer.render(parse(text));
    return allowHtml ? sanitizer.clean(html) : html;
  }

  /**
   * The words of the body as plain text, for feeds and calendars, which show text and never HTML: paragraphs
   * separated by a blank line, links as their text, images as their alt text, raw HTML tags left out.
   */
  public String toPlainText(String markdown) {
    return PlainText.of(parse(markdown));
  }

  private Node parse(String markdown) {
    return parser.parse(markdown == null ? "" : markdown);
  }
}
