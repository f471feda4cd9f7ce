package baton.render.html;

import baton.render.Ref;
import java.util.List;

/** The links to named pages that the templates write alike. */
final class Links {

  private Links() {}

  /** A link to a named page, its name in the direction of its own script. */
  static void link(Html h, Ref r) {
    h.raw("<a href=\"").href(r.path()).raw("\" dir=\"auto\">").text(r.name()).raw("</a>");
  }

  /** Links separated by commas, as in "Aland, Borduria". */
  static void commaSeparated(Html h, List<Ref> refs) {
    for (int i = 0; i < refs.size(); i++) {
      link(h, refs.get(i));
      if (i < refs.size() - 1) {
        h.raw("<span>, </span>");
      }
    }
  }
}
