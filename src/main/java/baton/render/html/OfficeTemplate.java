package baton.render.html;

import baton.render.PageData;
import baton.render.PageModels.HolderView;
import baton.render.Ref;

/** {@code templates/office.html}: an office, its holders in succession, its candidates, and the race for it. */
final class OfficeTemplate {

  private OfficeTemplate() {}

  static void main(Html h, PageData.Office page) {
    h.raw("\n  <h1 dir=\"auto\">").text(page.office().name()).raw("</h1>\n  <p class=\"lede\">").text(page.ruleText());
    h.raw("</p>\n  ");
    if (page.bodyHtml() != null) {
      h.raw("<div class=\"prose\">").html(page.bodyHtml()).raw("</div>");
    }
    h.raw("\n  ");
    if (page.tenureSvg() != null) {
      h.raw("<figure class=\"picture picture-tenure\">\n    <div>").html(page.tenureSvg()).raw("</div>\n");
      h.raw("    <figcaption>").label("home.tenure.caption").raw("</figcaption>\n  </figure>");
    }
    h.raw("\n  ");
    if (!page.holders().isEmpty()) {
      h.raw("<section aria-labelledby=\"holders-h\">\n    <h2 id=\"holders-h\">").label("office.holders");
      h.raw("</h2>\n    <ol class=\"holders\">\n      ");
      for (int i = 0; i < page.holders().size(); i++) {
        if (i > 0) {
          h.raw("\n      ");
        }
        holder(h, page.holders().get(i));
      }
      h.raw("\n    </ol>\n  </section>");
    }
    h.raw("\n  ");
    if (!page.candidates().isEmpty()) {
      h.raw("<section aria-labelledby=\"candidates-h\">\n    <h2 id=\"candidates-h\">").label("office.candidates");
      h.raw("</h2>\n    <ul>\n      ");
      for (int i = 0; i < page.candidates().size(); i++) {
        if (i > 0) {
          h.raw("\n      ");
        }
        h.raw("<li>");
        Links.link(h, page.candidates().get(i));
        h.raw("</li>");
      }
      h.raw("\n    </ul>\n  </section>");
    }
    h.raw("\n  ");
    if (!page.races().isEmpty()) {
      RaceTemplate.races(h, page.races());
    }
    h.raw("\n");
  }

  private static void holder(Html h, HolderView holder) {
    h.raw(holder.acting() ? "<li class=\"holder-acting\">\n        " : "<li>\n        ");
    Ref actor = holder.actor();
    Links.link(h, actor);
    h.raw("\n        ");
    if (holder.acting()) {
      h.raw("<span class=\"tag\">").label("office.acting").raw("</span>");
    }
    h.raw("\n        ");
    if (holder.current()) {
      h.raw("<span class=\"tag tag-current\">").label("office.current").raw("</span>");
    }
    h.raw("\n        <span class=\"muted\">").period(holder.term().from(), holder.term().to()).raw("</span>\n        ");
    if (holder.endCause() != null) {
      h.raw("<span class=\"muted\" dir=\"auto\">").text("(" + holder.endCause() + ")").raw("</span>");
    }
    h.raw("\n        ");
    if (holder.note() != null) {
      h.raw("<p class=\"note\" dir=\"auto\">").text(holder.note()).raw("</p>");
    }
    h.raw("\n      </li>");
  }
}
