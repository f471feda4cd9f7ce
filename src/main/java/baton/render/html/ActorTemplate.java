package baton.render.html;

import baton.model.Actor;
import baton.render.PageData;
import baton.render.PageModels.RoleView;

/** {@code templates/actor.html}: one actor, the roles held, the statements made and mentioned in, the events. */
final class ActorTemplate {

  private ActorTemplate() {}

  static void main(Html h, PageData.Actor page) {
    Actor actor = page.actor();
    h.raw("\n  <h1 dir=\"auto\">").text(actor.name()).raw("</h1>\n  <p class=\"lede\">\n    <span>");
    h.text(page.kindLabel()).raw("</span>");
    if (page.countryRef() != null) {
      h.raw(",\n      ");
      Links.link(h, page.countryRef());
    }
    h.raw("\n    ");
    if (actor.anonymous()) {
      h.raw("<span class=\"tag\">").label("actor.anonymous").raw("</span>");
    }
    h.raw("\n  </p>\n  ");
    if (actor.anonymous()) {
      h.raw("<p class=\"note\">").label("actor.anonymous.explain").raw("</p>");
    }
    h.raw("\n  ");
    if (page.bodyHtml() != null) {
      h.raw("<div class=\"prose\">").html(page.bodyHtml()).raw("</div>");
    }
    h.raw("\n  ");
    if (!page.roles().isEmpty()) {
      h.raw("<section aria-labelledby=\"roles-h\">\n    <h2 id=\"roles-h\">").label("actor.roles");
      h.raw("</h2>\n    <ul>\n      ");
      for (int i = 0; i < page.roles().size(); i++) {
        if (i > 0) {
          h.raw("\n      ");
        }
        role(h, page.roles().get(i));
      }
      h.raw("\n    </ul>\n  </section>");
    }
    h.raw("\n  ");
    EntryTemplate.section(h, "made-h", "actor.made", page.made());
    h.raw("\n  ");
    EntryTemplate.section(h, "mentioned-h", "actor.mentioned", page.mentioned());
    h.raw("\n  ");
    EntryTemplate.section(h, "events-h", "actor.events", page.events());
    h.raw("\n");
  }

  private static void role(Html h, RoleView r) {
    h.raw("<li>\n        ");
    if (r.office() != null) {
      h.raw("<a href=\"").href(r.office().path()).raw("\" dir=\"auto\">").text(r.title()).raw("</a>");
    }
    h.raw("\n        ");
    if (r.office() == null) {
      h.raw("<span dir=\"auto\">").text(r.title()).raw("</span>");
    }
    h.raw("\n        ");
    if (r.acting()) {
      h.raw("<span class=\"tag\">").label("office.acting").raw("</span>");
    }
    h.raw("\n        ");
    if (r.period() != null) {
      h.raw("<span class=\"muted\">").period(r.period().from(), r.period().to()).raw("</span>");
    }
    h.raw("\n      </li>");
  }
}
