package baton.render.html;

import baton.model.Settings;
import baton.render.PageFrame;
import baton.render.Ref;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/** {@code templates/layout.html}: the frame of every page, around the {@code <main>} of the page's template. */
final class LayoutTemplate {

  private LayoutTemplate() {}

  /** A whole page: the page template's doctype, then the layout with {@code main} writing the page's content. */
  static void page(Html h, Consumer<Html> main) {
    PageFrame f = h.frame();
    Settings site = f.site();
    h.raw("<!DOCTYPE html>\n\n<html").attr("lang", f.lang()).raw(">\n<head>\n  <meta charset=\"utf-8\">\n");
    h.raw("  <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    h.raw("  <title>").text(Objects.equals(f.title(), site.title()) ? f.title() : f.title() + " · " + site.title());
    h.raw("</title>\n  ");
    if (site.description() != null) {
      h.raw("<meta name=\"description\"").attr("content", site.description()).raw(">");
    }
    h.raw("\n  <meta name=\"color-scheme\" content=\"light dark\">\n  <meta name=\"generator\" content=\"Baton\">\n  ");
    if (f.b().canonical() != null) {
      h.raw("<link rel=\"canonical\" href=\"").text(f.b().canonical()).raw("\">");
    }
    h.raw("\n  <link rel=\"stylesheet\" href=\"").href("baton.css").raw("\">\n  ");
    String stylesheet = (String) site.params().get("stylesheet");
    if (stylesheet != null) {
      h.raw("<link rel=\"stylesheet\" href=\"").href(stylesheet).raw("\">");
    }
    h.raw("\n  ");
    String favicon = (String) site.params().get("favicon");
    if (favicon != null) {
      h.raw("<link rel=\"icon\" href=\"").href(favicon).raw("\">");
    }
    h.raw("\n  <link rel=\"alternate\" type=\"application/atom+xml\" href=\"").href("feed.xml");
    h.raw("\"").attr("title", site.title()).raw(">\n  ");
    if (f.jsonLd() != null) {
      h.raw("<script type=\"application/ld+json\">").html(f.jsonLd()).raw("</script>");
    }
    h.raw("\n</head>\n<body>\n  <a class=\"skip-link\" href=\"#main\">").label("nav.skip").raw("</a>\n");
    h.raw("  <header class=\"site-header\">\n    <div class=\"wrap\">\n      <p class=\"site-title\"><a href=\"");
    h.href("index.html").raw("\" dir=\"auto\">").text(site.title()).raw("</a></p>\n      <nav");
    h.attr("aria-label", h.message("nav.label")).raw(">\n        <ul>\n          ");
    navigation(h, f.nav());
    h.raw("\n        </ul>\n      </nav>\n    </div>\n  </header>\n  ");
    h.raw("<main id=\"main\" class=\"wrap\" tabindex=\"-1\">");
    main.accept(h);
    h.raw("</main>\n  <footer class=\"site-footer\">\n    <div class=\"wrap\">\n      ");
    if (f.asOfText() != null) {
      h.raw("<p>").label("footer.asof", f.asOfText()).raw("</p>");
    }
    h.raw("\n      <p>\n        <a href=\"").href("feed.xml").raw("\">").label("footer.feed").raw("</a> ·\n");
    h.raw("        <a href=\"").href("calendar.ics").raw("\">").label("footer.calendar").raw("</a> ·\n");
    h.raw("        <a href=\"").href("data/timeline.json").raw("\">").label("footer.data").raw("</a> ·\n");
    h.raw("        <span>").label("footer.generator").raw("</span>\n      </p>\n    </div>\n  </footer>\n");
    h.raw("</body>\n</html>\n");
  }

  private static void navigation(Html h, List<Ref> nav) {
    String here = h.b().here();
    for (int i = 0; i < nav.size(); i++) {
      Ref n = nav.get(i);
      if (i > 0) {
        h.raw("\n          ");
      }
      h.raw("<li><a href=\"").href(n.path()).raw("\"");
      if (here.equals(n.path())) {
        h.raw(" aria-current=\"page\"");
      }
      h.raw(">").text(n.name()).raw("</a></li>");
    }
  }
}
