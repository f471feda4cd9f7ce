package baton.render.html;

import baton.render.EntryView;
import baton.render.PageData;

/** {@code templates/event.html}: an event's permalink. */
final class EventTemplate {

  private EventTemplate() {}

  static void main(Html h, PageData.Event page) {
    EntryView e = page.entry();
    h.raw("\n  <p class=\"breadcrumb\"><a href=\"").href("timeline/index.html").raw("\">").label("nav.timeline");
    h.raw("</a></p>\n  <h1 dir=\"auto\">").text(e.headline()).raw("</h1>\n  <dl class=\"facts\">\n");
    h.raw("    <div><dt>").label("statement.date").raw("</dt>\n      <dd>");
    date(h, e);
    h.raw("\n        ");
    if (e.upcoming()) {
      h.raw("<span class=\"tag tag-upcoming\">").label("entry.upcoming").raw("</span>");
    }
    h.raw("</dd></div>\n    <div><dt>").label("event.kind").raw("</dt><dd>").label("event.kind." + e.kind());
    h.raw("</dd></div>\n    <div><dt>").label("event.status").raw("</dt><dd>").label("event.status." + e.status());
    h.raw("</dd></div>\n    ");
    if (!page.actors().isEmpty()) {
      h.raw("<div><dt>").label("event.actors").raw("</dt>\n      <dd>");
      Links.commaSeparated(h, page.actors());
      h.raw("</dd></div>");
    }
    h.raw("\n    ");
    if (!e.countries().isEmpty()) {
      h.raw("<div><dt>").label("event.countries").raw("</dt>\n      <dd>");
      Links.commaSeparated(h, e.countries());
      h.raw("</dd></div>");
    }
    h.raw("\n  </dl>\n  ");
    if (page.bodyHtml() != null) {
      h.raw("<div class=\"prose\">").html(page.bodyHtml()).raw("</div>");
    }
    h.raw("\n  ");
    EntryTemplate.section(h, "said-h", "event.statements", page.statements());
    h.raw("\n  ");
    EntryTemplate.sources(h, e.sources());
    h.raw("\n");
  }

  /** The date of a statement's or an event's permalink, with its "circa" mark. */
  static void date(Html h, EntryView e) {
    h.raw("<time datetime=\"").text(e.isoDate()).raw("\">").text(e.shownDate()).raw("</time>");
    if (e.circa()) {
      h.raw("<span class=\"circa\">").label("entry.circa").raw("</span>");
    }
  }
}
