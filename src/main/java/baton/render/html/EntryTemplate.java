package baton.render.html;

import baton.render.EntryView;
import baton.render.EntryView.SourceView;
import baton.render.Ref;
import java.util.List;

/** {@code templates/entry.html}: the fragments the pages share, one timeline entry, a stance badge, sources. */
final class EntryTemplate {

  private EntryTemplate() {}

  /** {@code entry(e, heading)}: the entry's title is an {@code h3}, an {@code h4} or, for any other level, a p. */
  static void entry(Html h, EntryView e, int heading) {
    h.raw("<article class=\"entry entry-").text(e.style() + (e.upcoming() ? " entry-upcoming" : "")).raw("\">\n");
    h.raw("  <p class=\"entry-meta\">\n    <time datetime=\"").text(e.isoDate()).raw("\">").text(e.shownDate());
    h.raw("</time>");
    if (e.circa()) {
      h.raw("<span\n      class=\"circa\"").attr("title", h.message("entry.circa.title")).raw(">").label("entry.circa");
      h.raw("</span>");
    }
    h.raw("\n    <span class=\"tag tag-").text(e.style()).raw("\">").label("entry.style." + e.style());
    h.raw("</span>\n    ");
    if (e.upcoming()) {
      h.raw("<span class=\"tag tag-upcoming\">").label("entry.upcoming").raw("</span>");
    }
    h.raw("\n    ");
    if ("cancelled".equals(e.status())) {
      h.raw("<span class=\"tag tag-cancelled\">").label("event.status.cancelled").raw("</span>");
    }
    h.raw("\n    ");
    if ("expected".equals(e.status())) {
      h.raw("<span class=\"tag tag-expected\">").label("event.status.expected").raw("</span>");
    }
    h.raw("\n  </p>\n  \n    ");
    switch (heading) {
      case 3 -> title(h.raw("<h3 class=\"entry-title\">"), e).raw("</h3>\n    \n    \n  ");
      case 4 -> title(h.raw("\n    <h4 class=\"entry-title\">"), e).raw("</h4>\n    \n  ");
      default -> title(h.raw("\n    \n    <p class=\"entry-title\">"), e).raw("</p>\n  ");
    }
    h.raw("\n  ");
    if (e.stance() != null) {
      h.raw("<p class=\"entry-stance\">\n    ");
      if (e.candidate() != null) {
        h.raw("<span dir=\"auto\">").text(e.candidate().name() + ":").raw("</span>");
      }
      h.raw("\n    ");
      stance(h, e.stance());
      h.raw("\n  </p>");
    }
    h.raw("\n  ");
    if (e.condition() != null) {
      h.raw("<p class=\"entry-condition\"><strong>").label("entry.condition").raw("</strong>\n    <span dir=\"auto\">");
      h.text(e.condition()).raw("</span></p>");
    }
    h.raw("\n  ");
    if (e.quote() != null) {
      quote(h, e.quote());
    }
    h.raw("\n  ");
    if ("speculation".equals(e.kind()) && e.dueText() != null) {
      h.raw("<p class=\"entry-due\">\n    <span>").label("entry.due", e.dueText()).raw("</span>\n");
      h.raw("    <span class=\"outcome outcome-").text(e.outcome()).raw("\">").label("outcome." + e.outcome());
      h.raw("</span>\n  </p>");
    }
    h.raw("\n</article>");
  }

  /** A quote in quotation marks. */
  static void quote(Html h, String quote) {
    h.raw("<blockquote class=\"entry-quote\"><p dir=\"auto\">").text("“" + quote + "”").raw("</p></blockquote>");
  }

  private static Html title(Html h, EntryView e) {
    return h.raw("<a href=\"").href(e.path()).raw("\" dir=\"auto\">").text(e.headline()).raw("</a>");
  }

  /** Each entry with {@link #entry}, one after the other. */
  static void entries(Html h, List<EntryView> entries, int heading) {
    for (EntryView e : entries) {
      entry(h, e, heading);
    }
  }

  /** {@code stance(code)}: a stance badge; no code is "no stance on record". */
  static void stance(Html h, String code) {
    h.raw("<span class=\"stance stance-").text(code == null ? "none" : code).raw("\">").text(h.b().stance(code));
    h.raw("</span>");
  }

  /** {@code sources(sources)}. */
  static void sources(Html h, List<SourceView> sources) {
    h.raw("\n  ");
    if (!sources.isEmpty()) {
      h.raw("<section class=\"sources\" aria-labelledby=\"sources-heading\">\n    <h2 id=\"sources-heading\">");
      h.label("sources.title").raw("</h2>\n    <ul>\n      ");
      for (int i = 0; i < sources.size(); i++) {
        if (i > 0) {
          h.raw("\n      ");
        }
        source(h, sources.get(i));
      }
      h.raw("\n    </ul>\n  </section>");
    }
    h.raw("\n");
  }

  private static void source(Html h, SourceView s) {
    h.raw("<li>\n        ");
    Ref outlet = s.outlet();
    if (outlet != null) {
      if (outlet.path() != null) {
        h.raw("<a href=\"").href(outlet.path()).raw("\">").text(outlet.name()).raw("</a>");
      } else {
        h.raw("<span dir=\"auto\">").text(outlet.name()).raw("</span>");
      }
      if (s.url() != null || s.title() != null) {
        h.raw("<span>:</span>");
      }
    }
    h.raw("\n        ");
    if (s.url() != null) {
      h.raw("<a href=\"").text(s.url()).raw("\" rel=\"external noopener\" dir=\"auto\">");
      h.text(s.title() != null ? s.title() : s.url()).raw("</a>");
    }
    h.raw("\n        ");
    if (s.url() == null && s.title() != null) {
      h.raw("<span dir=\"auto\">").text(s.title()).raw("</span>");
    }
    h.raw("\n        ");
    if (s.dateText() != null) {
      h.raw("<span class=\"muted\">").text("(" + s.dateText() + ")").raw("</span>");
    }
    h.raw("\n      </li>");
  }

  /** A section of entries (as level-3 entries) with its heading, when there are any. */
  static void section(Html h, String headingId, String labelKey, List<EntryView> entries) {
    if (entries.isEmpty()) {
      return;
    }
    h.raw("<section aria-labelledby=\"").raw(headingId).raw("\">\n    <h2 id=\"").raw(headingId).raw("\">");
    h.label(labelKey).raw("</h2>\n    ");
    entries(h, entries, 3);
    h.raw("\n  </section>");
  }
}
