package baton.render.html;

import baton.render.PageData;
import baton.render.PageModels.CandidateRace;
import baton.render.Ref;
import java.util.List;

/** {@code templates/home.html}: the office and its holder, the race per candidate, the latest entries. */
final class HomeTemplate {

  private HomeTemplate() {}

  static void main(Html h, PageData.Home page) {
    String description = h.frame().site().description();
    h.raw("\n  <h1 dir=\"auto\">").text(h.frame().site().title()).raw("</h1>\n  ");
    if (description != null) {
      h.raw("<p class=\"lede\" dir=\"auto\">").text(description).raw("</p>");
    }
    h.raw("\n\n  ");
    if (page.office() != null) {
      office(h, page);
    }
    h.raw("\n\n  ");
    if (!page.races().isEmpty()) {
      races(h, page.races());
    }
    h.raw("\n\n  ");
    if (!page.latest().isEmpty()) {
      h.raw("<section class=\"latest\" aria-labelledby=\"latest-heading\">\n    <h2 id=\"latest-heading\">");
      h.label("home.latest").raw("</h2>\n    ");
      EntryTemplate.entries(h, page.latest(), 3);
      h.raw("\n    <p><a href=\"").href("timeline/index.html").raw("\">").label("home.timeline.link");
      h.raw("</a></p>\n  </section>");
    }
    h.raw("\n");
  }

  private static void office(Html h, PageData.Home page) {
    h.raw("<section class=\"office-summary\" aria-labelledby=\"office-heading\">\n    <h2 id=\"office-heading\">");
    h.raw("<a href=\"").href(page.officeRef().path()).raw("\" dir=\"auto\">").text(page.office().name());
    h.raw("</a></h2>\n    ");
    if (page.holder() != null) {
      h.raw("<p>\n      <span>").label("home.holder").raw("</span>\n      ");
      Links.link(h, page.holder());
      h.raw("\n      ");
      if (page.holderSince() != null) {
        h.raw("<span>").label("home.since", page.holderSince()).raw("</span>");
      }
      h.raw("\n    </p>");
    }
    h.raw("\n    <p>").text(page.ruleText()).raw("</p>\n    ");
    if (page.tenureSvg() != null) {
      h.raw("<figure class=\"picture picture-tenure\">\n      <div>").html(page.tenureSvg()).raw("</div>\n");
      h.raw("      <figcaption>").label("home.tenure.caption").raw("</figcaption>\n    </figure>");
    }
    h.raw("\n  </section>");
  }

  /** The race section, one article per candidate: the home page's, and each office's page's (its own race). */
  static void races(Html h, List<CandidateRace> races) {
    h.raw("<section class=\"races\" aria-labelledby=\"race-heading\">\n    <h2 id=\"race-heading\">");
    String asOf = h.frame().asOfText();
    if (asOf != null) {
      h.label("home.race.asof", asOf);
    } else {
      h.label("home.race");
    }
    h.raw("</h2>\n    ");
    for (int i = 0; i < races.size(); i++) {
      if (i > 0) {
        h.raw("\n    ");
      }
      race(h, races.get(i));
    }
    h.raw("\n  </section>");
  }

  private static void race(Html h, CandidateRace r) {
    h.raw("<article class=\"race race-").text(r.status()).raw("\">\n      <h3>");
    Links.link(h, r.candidate());
    h.raw("\n        <span class=\"status status-").text(r.status()).raw("\">").label("race.status." + r.status());
    h.raw("</span></h3>\n      <p class=\"race-verdict\">").text(r.statusText());
    h.raw("</p>\n      <dl class=\"counts\">\n");
    count(h, "stance.supports", r.supports());
    count(h, "stance.no-objection", r.noObjection());
    count(h, "stance.undecided", r.undecided());
    count(h, "stance.opposes", r.opposes());
    count(h, "stance.none", r.none());
    count(h, "race.members", r.members());
    h.raw("      </dl>\n      <p class=\"threshold\">").text(r.thresholdText()).raw("</p>\n      ");
    picture(h, r.chartSvg(), "race.chart.caption", r.candidate().name());
    h.raw("\n      ");
    picture(h, r.tilesSvg(), "race.tiles.caption", r.candidate().name());
    h.raw("\n      <div class=\"backers\">\n        ");
    backers(h, "race.backers.supports", r.supporters());
    h.raw("\n        ");
    backers(h, "race.backers.no-objection", r.noObjections());
    h.raw("\n        ");
    backers(h, "race.backers.undecided", r.undecideds());
    h.raw("\n        ");
    backers(h, "race.backers.opposes", r.opposers());
    h.raw("\n        ");
    backers(h, "race.backers.none", r.withoutStance());
    h.raw("\n      </div>\n    </article>");
  }

  private static void count(Html h, String labelKey, int n) {
    h.raw("        <div><dt>").label(labelKey).raw("</dt><dd>").text(n).raw("</dd></div>\n");
  }

  private static void picture(Html h, String svg, String captionKey, String candidate) {
    if (svg == null) {
      return;
    }
    h.raw("<figure class=\"picture\">\n        <div>").html(svg).raw("</div>\n        <figcaption>");
    h.label(captionKey, candidate).raw("</figcaption>\n      </figure>");
  }

  private static void backers(Html h, String labelKey, List<Ref> countries) {
    if (countries.isEmpty()) {
      return;
    }
    h.raw("<p><strong>").label(labelKey).raw("</strong>\n          ");
    for (int i = 0; i < countries.size(); i++) {
      Ref c = countries.get(i);
      h.raw("<a href=\"").href(c.path()).raw("\">").text(c.name()).raw("</a>");
      if (i < countries.size() - 1) {
        h.raw("<span>, </span>");
      }
    }
    h.raw("</p>");
  }
}
