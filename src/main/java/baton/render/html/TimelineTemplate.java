package baton.render.html;

import baton.render.PageData;
import baton.render.PageModels.MonthGroup;
import baton.render.PageModels.YearGroup;
import java.util.List;

/** {@code templates/timeline.html}: every entry in order, by year and month. */
final class TimelineTemplate {

  private TimelineTemplate() {}

  static void main(Html h, PageData.Timeline page) {
    List<YearGroup> years = page.years();
    h.raw("\n  <h1>").label("timeline.title").raw("</h1>\n  <p class=\"lede\">").label("timeline.intro").raw("</p>\n");
    h.raw("  <nav class=\"year-index\"").attr("aria-label", h.message("timeline.years")).raw(">\n    <ul>");
    for (YearGroup y : years) {
      h.raw("<li><a href=\"#y").text(y.year()).raw("\">").text(y.label()).raw("</a></li>");
    }
    h.raw("</ul>\n  </nav>\n  ");
    for (int i = 0; i < years.size(); i++) {
      if (i > 0) {
        h.raw("\n  ");
      }
      year(h, years.get(i));
    }
    h.raw("\n");
  }

  private static void year(Html h, YearGroup y) {
    h.raw("<section class=\"year\" id=\"y").text(y.year()).raw("\" aria-labelledby=\"y").text(y.year());
    h.raw("-h\">\n    <h2 id=\"y").text(y.year()).raw("-h\">").text(y.label()).raw("</h2>\n    ");
    for (MonthGroup mo : y.months()) {
      h.raw("\n      ");
      if (mo.label() != null) {
        h.raw("<section class=\"month\" id=\"").text(mo.anchor()).raw("\" aria-labelledby=\"").text(mo.anchor());
        h.raw("-h\">\n        <h3 id=\"").text(mo.anchor()).raw("-h\">").text(mo.label()).raw("</h3>\n        ");
        EntryTemplate.entries(h, mo.entries(), 4);
        h.raw("\n      </section>");
      }
      h.raw("\n      ");
      if (mo.label() == null) {
        EntryTemplate.entries(h, mo.entries(), 3);
      }
      h.raw("\n    ");
    }
    h.raw("\n  </section>");
  }
}
