package baton.render.html;

import baton.render.EntryView;
import baton.render.PageData;
import baton.render.Ref;
import java.util.List;

/** {@code templates/statement.html}: a statement's permalink. */
final class StatementTemplate {

  private StatementTemplate() {}

  static void main(Html h, PageData.Statement page) {
    EntryView e = page.entry();
    h.raw("\n  <p class=\"breadcrumb\"><a href=\"").href("timeline/index.html").raw("\">").label("nav.timeline");
    h.raw("</a></p>\n  <h1 dir=\"auto\">").text(e.headline()).raw("</h1>\n  <dl class=\"facts\">\n");
    h.raw("    <div><dt>").label("statement.date").raw("</dt>\n      <dd>");
    EventTemplate.date(h, e);
    h.raw("</dd></div>\n    <div><dt>").label("statement.kind").raw("</dt>\n      <dd><span class=\"tag tag-");
    h.text(e.style()).raw("\">").label("entry.style." + e.style()).raw("</span>\n        <span class=\"muted\">");
    h.label("entry.style." + e.style() + ".explain").raw("</span></dd></div>\n");
    h.raw("    <div><dt>").label("statement.actor").raw("</dt>\n      <dd>");
    Links.link(h, e.actor());
    h.raw("</dd></div>\n    ");
    if (page.allMembers()) {
      h.raw("<div><dt>").label("statement.for").raw("</dt>\n      <dd>");
      h.label("statement.all-members", page.membersCount()).raw("</dd></div>");
    }
    h.raw("\n    ");
    if (!page.allMembers() && !e.countries().isEmpty()) {
      h.raw("<div><dt>").label("statement.for").raw("</dt>\n      <dd>");
      Links.commaSeparated(h, e.countries());
      h.raw("</dd></div>");
    }
    h.raw("\n    ");
    if (e.candidate() != null) {
      h.raw("<div><dt>").label("statement.candidate").raw("</dt>\n      <dd>");
      Links.link(h, e.candidate());
      h.raw("</dd></div>");
    }
    h.raw("\n    ");
    if (e.stance() != null) {
      h.raw("<div><dt>").label("statement.stance").raw("</dt>\n      <dd>");
      EntryTemplate.stance(h, e.stance());
      h.raw("</dd></div>");
    }
    h.raw("\n    ");
    if (e.condition() != null) {
      h.raw("<div><dt>").label("entry.condition").raw("</dt>\n      <dd dir=\"auto\">").text(e.condition());
      h.raw("</dd></div>");
    }
    h.raw("\n    ");
    if (e.dueText() != null) {
      h.raw("<div><dt>").label("statement.due").raw("</dt>\n      <dd><span>").text(e.dueText());
      h.raw("</span>\n        <span class=\"outcome outcome-").text(e.outcome()).raw("\">");
      h.label("outcome." + e.outcome()).raw("</span></dd></div>");
    }
    h.raw("\n  </dl>\n  ");
    if (e.quote() != null) {
      EntryTemplate.quote(h, e.quote());
    }
    h.raw("\n  ");
    if (page.bodyHtml() != null) {
      h.raw("<div class=\"prose\">").html(page.bodyHtml()).raw("</div>");
    }
    h.raw("\n  ");
    links(h, "mentions-h", "statement.mentions", page.mentions());
    h.raw("\n  ");
    links(h, "about-h", "statement.about", page.about());
    h.raw("\n  ");
    EntryTemplate.sources(h, e.sources());
    h.raw("\n");
  }

  /** A section listing links on one line, when there are any. */
  private static void links(Html h, String headingId, String labelKey, List<Ref> refs) {
    if (refs.isEmpty()) {
      return;
    }
    h.raw("<section aria-labelledby=\"").raw(headingId).raw("\">\n    <h2 id=\"").raw(headingId).raw("\">");
    h.label(labelKey).raw("</h2>\n    <ul>");
    for (Ref r : refs) {
      h.raw("<li>");
      Links.link(h, r);
      h.raw("</li>");
    }
    h.raw("</ul>\n  </section>");
  }
}
