package baton.render.html;

import baton.render.PageData;
import baton.render.PageModels.ActorGroup;
import baton.render.PageModels.ActorRow;

/** {@code templates/actors.html}: every actor, by kind. */
final class ActorsTemplate {

  private ActorsTemplate() {}

  static void main(Html h, PageData.Actors page) {
    h.raw("\n  <h1>").label("actors.title").raw("</h1>\n  ");
    for (int i = 0; i < page.groups().size(); i++) {
      if (i > 0) {
        h.raw("\n  ");
      }
      group(h, page.groups().get(i));
    }
    h.raw("\n");
  }

  private static void group(Html h, ActorGroup g) {
    h.raw("<section aria-labelledby=\"").text("kind-" + g.kind()).raw("\">\n    <h2 id=\"").text("kind-" + g.kind());
    h.raw("\">").text(g.label()).raw("</h2>\n    <ul class=\"actor-list\">\n      ");
    for (int i = 0; i < g.actors().size(); i++) {
      if (i > 0) {
        h.raw("\n      ");
      }
      row(h, g.actors().get(i));
    }
    h.raw("\n    </ul>\n  </section>");
  }

  private static void row(Html h, ActorRow r) {
    h.raw("<li>\n        <a href=\"").href(r.actor().path()).raw("\" dir=\"auto\">").text(r.actor().name());
    h.raw("</a>\n        ");
    if (r.country() != null) {
      h.raw("<span class=\"muted\">").text("(" + r.country().name() + ")").raw("</span>");
    }
    h.raw("\n        ");
    if (r.anonymous()) {
      h.raw("<span class=\"tag\">").label("actor.anonymous").raw("</span>");
    }
    h.raw("\n        ");
    if (r.statements() > 0) {
      h.raw("<span class=\"muted\">").label("actors.statements", r.statements()).raw("</span>");
    }
    h.raw("\n      </li>");
  }
}
