package baton.render.markdown;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Cleans an HTML fragment (commonmark's output with the author's raw HTML in it) for {@code allowHtml: true}.
 *
 * <p>The whole fragment is cleaned, not each raw HTML node alone, because an author's tags may open in one node and
 * close in another; cleaning the parsed fragment sees the same tree a browser would build. The allow-list is
 * jsoup's "relaxed" set, less {@code ftp:}, plus what commonmark and its extensions emit ({@code del}, {@code hr},
 * table cell {@code align}, code {@code class="language-..."}) and a few harmless text tags. Nothing else gets
 * through: no script, style, iframe, frame, object, embed or form, no {@code on*} handler, no {@code style} and no
 * {@code id} (which could collide with the page's own). Then every link, image and citation URL left is checked by
 * {@link UrlPolicy}: a link that fails becomes its text, an image its alt text.
 *
 * <p>Stateless and thread-safe: the allow-list is built once and only read.
 */
final class HtmlSanitizer {

  /**
   * Relative URLs are resolved against this address only to check them; they are kept as written. The
   * {@code .invalid} top-level domain can never resolve.
   */
  private static final String CHECK_BASE = "https://baton.invalid/";

  private static final Safelist ALLOWED =
      Safelist.relaxed()
          .removeProtocols("a", "href", "ftp")
          .addTags("del", "s", "ins", "hr", "abbr", "kbd", "mark", "samp", "var", "figure", "figcaption")
          .addAttributes("th", "align")
          .addAttributes("td", "align")
          .addAttributes("code", "class")
          .addAttributes("abbr", "title")
          .preserveRelativeLinks(true);

  String clean(String html) {
    Document dirty = Jsoup.parseBodyFragment(html, CHECK_BASE);
    Document clean = new Cleaner(ALLOWED).clean(dirty);
    textForRefusedUrls(clean);
    clean.outputSettings().prettyPrint(false);
    return clean.body().html();
  }

  private static void textForRefusedUrls(Document doc) {
    for (Element a : doc.select("a")) {
      if (!a.hasAttr("href") || !UrlPolicy.allows(a.attr("href"))) {
        a.unwrap();
      }
    }
    for (Element img : doc.select("img")) {
      if (!img.hasAttr("src") || !UrlPolicy.allows(img.attr("src"))) {
        img.replaceWith(new TextNode(img.attr("alt")));
      }
    }
    for (Element quote : doc.select("[cite]")) {
      if (!UrlPolicy.allows(quote.attr("cite"))) {
        quote.removeAttr("cite");
      }
    }
  }
}
