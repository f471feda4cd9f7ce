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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The inline SVG pictures of the pages, each with its text alternative; each method returns markup for
 * {@code th:utext}, or null when there is nothing to draw.
 */
final class Pictures {

  private final Messages m;
  private final Map<String, String> actorNames = new HashMap<>();
  private final Map<String, Country> countries = new HashMap<>();
  private final boolean enabled;

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

  String tenure(Office office, Derived derived, String idPrefix) {
    if (!enabled || office.holders().isEmpty()) {
      return null;
    }
    return TenureStrip.render(office, actorNames, derived.asOfDay(), m, idPrefix);
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
    from = from.minusDays(Math.max(7, java.time.temporal.ChronoUnit.DAYS.between(from, to) / 20));
    return SupportChart.render(candidateName, race.rule(), series, from, to, m, idPrefix);
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
