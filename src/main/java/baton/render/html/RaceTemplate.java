package baton.render.html;

import baton.render.PageModels.CandidateRace;
import baton.render.Ref;
import java.util.List;

/**
 * {@code templates/race.html}: the race for an office, one article per candidate (its counts, verdict, support chart,
 * member tiles and backers); the home page's and each office's page's.
 */
final class RaceTemplate {

  private RaceTemplate() {}

  /** The race section, one article per candidate: the fragment {@code races(races)}. */
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
