package baton.render;

import baton.derive.Derived;
import baton.derive.Race;
import baton.derive.RaceFigures;
import baton.derive.SeriesPoint;
import baton.model.Actor;
import baton.model.Country;
import baton.model.Office;
import baton.model.Site;
import baton.render.svg.MemberTiles;
import baton.render.svg.SupportChart;
import baton.render.svg.TenureStrip;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The inline SVG pictures of the pages, each with its text alternative; each method returns markup for
 * {@code th:utext}, or null when there is nothing to draw.
 *
 * <p>The home page and the race office's page show the same tenure strip and support charts: such a picture is drawn
 * for the first page that asks and kept for the other (it does not depend on the page, and its ids are the same on
 * both). Pages render on several threads: two pages that ask for one picture at the same moment may both draw it,
 * the same text. The member tiles link to the country pages from the page they are on, so each page draws its own.
 */
final class Pictures {

  private final Messages m;
  private final Map<String, String> actorNames = new HashMap<>();
  private final Map<String, Country> countries = new HashMap<>();
  private final boolean enabled;
  private final Map<String, String> tenures = new ConcurrentHashMap<>();
  private final Map<String, String> charts = new ConcurrentHashMap<>();

  Pictures(Site site, Messages messages, boolean enabled) {
    this.m = messages;
    this.enabled = enabled;
    for (Actor a : site.actors()) {
      actorNames.put(a.id(), a.name());
    }
    for (Country c : site.countries()) {
      countries.put(c.id(), c);
    }
  }

  /**
   * The office's holders over time; its ids start with {@code tenure}, a strip being the only one on its page. Only
   * the race office's strip is kept: the home page shows it too.
   */
  String tenure(Office office, Derived derived) {
    if (!enabled || office.holders().isEmpty()) {
      return null;
    }
    Supplier<String> draw = () -> TenureStrip.render(office, actorNames, derived.asOfDay(), m, "tenure");
    return office == derived.raceOffice() ? once(tenures, office.id(), draw) : draw.get();
  }

  /** The candidate's support from the first stance on record (or the race's start) to asOf. */
  String supportChart(Race race, String candidate, String candidateName, String idPrefix) {
    List<SeriesPoint> series = race.series().get(candidate);
    if (!enabled || series == null || series.isEmpty()) {
      return null;
    }
    LocalDate to = race.day();
    LocalDate from = SupportChart.firstStance(series).orElse(null);
    if (from == null || !from.isBefore(to)) {
      return null;
    }
    // A little room before the first stance, so that its step is visible.
    LocalDate start = from.minusDays(Math.max(7, ChronoUnit.DAYS.between(from, to) / 20));
    return once(charts, race.office().id() + '\n' + candidate + '\n' + idPrefix,
        () -> SupportChart.render(candidateName, race.rule(), series, start, to, m, idPrefix));
  }

  /** The picture made for {@code key} before, else {@code make}'s, kept for the next page that asks. */
  private static String once(Map<String, String> made, String key, Supplier<String> make) {
    String svg = made.get(key);
    if (svg == null) {
      svg = make.get();
      String first = made.putIfAbsent(key, svg);
      return first == null ? svg : first;
    }
    return svg;
  }

  String tiles(String candidateName, RaceFigures figures, String page, String idPrefix) {
    if (!enabled || figures.byCountry().isEmpty()) {
      return null;
    }
    List<MemberTiles.Tile> tiles =
        MemberTiles.tiles(figures.byCountry(), countries, id -> Urls.relative(page, Urls.country(id)));
    return MemberTiles.render(candidateName, tiles, m, idPrefix);
  }
}
