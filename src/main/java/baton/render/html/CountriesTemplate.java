package baton.render.html;

import baton.render.PageData;
import baton.render.PageModels.CountryRow;
import baton.render.Ref;
import java.util.List;

/** {@code templates/countries.html}: members, then the other countries, with their stance per candidate. */
final class CountriesTemplate {

  private CountriesTemplate() {}

  static void main(Html h, PageData.Countries page) {
    String asOf = h.frame().asOfText();
    h.raw("\n  <h1>").label("countries.title").raw("</h1>\n  <p class=\"lede\">");
    if (asOf != null) {
      h.label("countries.intro.asof", asOf);
    } else {
      h.label("countries.intro");
    }
    h.raw("</p>\n  ");
    group(h, page.members(), 0, page.candidates());
    group(h, page.others(), 1, page.candidates());
    h.raw("\n");
  }

  /** One table: the members (index 0), with the date each joined, or the others (index 1). */
  private static void group(Html h, List<CountryRow> rows, int index, List<Ref> candidates) {
    h.raw("\n    ");
    if (!rows.isEmpty()) {
      h.raw("<section>\n      <h2 id=\"countries-").text(index).raw("\">");
      if (index == 0) {
        h.label("countries.members", rows.size());
      } else {
        h.label("countries.others");
      }
      h.raw("</h2>\n      <div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-labelledby=\"countries-");
      h.text(index).raw("\">\n      <table>\n        <thead><tr>\n          <th scope=\"col\">");
      h.label("countries.country").raw("</th>\n          ");
      if (index == 0) {
        h.raw("<th scope=\"col\">").label("countries.since").raw("</th>");
      }
      h.raw("\n          ");
      for (int i = 0; i < candidates.size(); i++) {
        if (i > 0) {
          h.raw("\n          ");
        }
        h.raw("<th scope=\"col\" dir=\"auto\">").text(candidates.get(i).name()).raw("</th>");
      }
      h.raw("\n        </tr></thead>\n        <tbody>\n          ");
      for (int i = 0; i < rows.size(); i++) {
        if (i > 0) {
          h.raw("\n          ");
        }
        row(h, rows.get(i), index);
      }
      h.raw("\n        </tbody>\n      </table>\n      </div>\n    </section>");
    }
    h.raw("\n  ");
  }

  private static void row(Html h, CountryRow r, int index) {
    h.raw("<tr>\n            <th scope=\"row\">");
    Links.link(h, r.country());
    h.raw("</th>\n            ");
    if (index == 0) {
      h.raw("<td>").text(r.memberSince()).raw("</td>");
    }
    h.raw("\n            ");
    for (int i = 0; i < r.stances().size(); i++) {
      if (i > 0) {
        h.raw("\n            ");
      }
      h.raw("<td>");
      EntryTemplate.stance(h, r.stances().get(i));
      h.raw("</td>");
    }
    h.raw("\n          </tr>");
  }
}
