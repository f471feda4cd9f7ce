package baton.render.html;

import baton.render.PageData;
import baton.render.PageModels.PeriodView;
import baton.render.PageModels.StanceHistory;
import baton.render.PageModels.StanceStep;
import baton.render.Ref;

/** {@code templates/country.html}: one country, its membership and its stance over time. */
final class CountryTemplate {

  private CountryTemplate() {}

  static void main(Html h, PageData.Country page) {
    h.raw("\n  <h1 dir=\"auto\">").text(page.country().name()).raw("</h1>\n  <p class=\"lede\">\n    ");
    if (page.member()) {
      h.raw("<span>").label("country.member").raw("</span>");
    }
    h.raw("\n    ");
    if (!page.member()) {
      h.raw("<span>").label("country.not-member").raw("</span>");
    }
    h.raw("\n  </p>\n  ");
    if (page.bodyHtml() != null) {
      h.raw("<div class=\"prose\">").html(page.bodyHtml()).raw("</div>");
    }
    h.raw("\n  ");
    if (!page.membership().isEmpty()) {
      h.raw("<section aria-labelledby=\"membership-h\">\n    <h2 id=\"membership-h\">").label("country.membership");
      h.raw("</h2>\n    <ul>\n      ");
      for (int i = 0; i < page.membership().size(); i++) {
        if (i > 0) {
          h.raw("\n      ");
        }
        PeriodView p = page.membership().get(i);
        h.raw("<li>").period(p.from(), p.to()).raw("</li>");
      }
      h.raw("\n    </ul>\n  </section>");
    }
    h.raw("\n  ");
    if (!page.histories().isEmpty()) {
      h.raw("<section aria-labelledby=\"stances-h\">\n    <h2 id=\"stances-h\">").label("country.stances");
      h.raw("</h2>\n    ");
      for (StanceHistory history : page.histories()) {
        history(h, history);
      }
      h.raw("\n  </section>");
    }
    h.raw("\n  ");
    EntryTemplate.section(h, "statements-h", "country.statements", page.statements());
    h.raw("\n  ");
    EntryTemplate.section(h, "events-h", "country.events", page.events());
    h.raw("\n  ");
    if (!page.actors().isEmpty()) {
      h.raw("<section aria-labelledby=\"actors-h\">\n    <h2 id=\"actors-h\">").label("country.actors");
      h.raw("</h2>\n    <ul>");
      for (Ref a : page.actors()) {
        h.raw("<li>");
        Links.link(h, a);
        h.raw("</li>");
      }
      h.raw("</ul>\n  </section>");
    }
    h.raw("\n");
  }

  private static void history(Html h, StanceHistory history) {
    h.raw("\n      <h3>");
    Links.link(h, history.candidate());
    h.raw(":\n        ");
    EntryTemplate.stance(h, history.current());
    h.raw("</h3>\n      ");
    if (history.steps().isEmpty()) {
      h.raw("<p>").label("country.no-stance").raw("</p>");
    }
    h.raw("\n      ");
    if (!history.steps().isEmpty()) {
      h.raw("<ol class=\"stance-steps\">\n        ");
      for (int i = 0; i < history.steps().size(); i++) {
        if (i > 0) {
          h.raw("\n        ");
        }
        step(h, history.steps().get(i));
      }
      h.raw("\n      </ol>");
    }
    h.raw("\n    ");
  }

  private static void step(Html h, StanceStep s) {
    h.raw("<li>\n          <time datetime=\"").text(s.isoDate()).raw("\">").text(s.dateText());
    h.raw("</time>:\n          ");
    EntryTemplate.stance(h, s.stance());
    h.raw("\n          ");
    if (s.condition() != null) {
      h.raw("<span>").label("country.condition", s.condition()).raw("</span>");
    }
    h.raw("\n          — <a href=\"").href(s.statement().path()).raw("\" dir=\"auto\">");
    h.text(s.statement().headline()).raw("</a>\n        </li>");
  }
}
