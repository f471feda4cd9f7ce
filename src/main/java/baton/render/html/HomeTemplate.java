package baton.render.html;

import baton.render.PageData;

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
      RaceTemplate.races(h, page.races());
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
}
