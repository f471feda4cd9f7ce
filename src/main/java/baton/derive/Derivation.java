package baton.derive;

import baton.derive.TimelineEntry.StatementEntry;
import baton.model.Country;
import baton.model.Event;
import baton.model.Holder;
import baton.model.Office;
import baton.model.PartialDate;
import baton.model.Period;
import baton.model.Site;
import baton.model.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Computes a site's {@link Derived} views: one sort of the timeline, then indexes filed from it in order. */
public final class Derivation {

  private Derivation() {}

  public static Derived of(Site site) {
    List<TimelineEntry> timeline = Timeline.of(site);
    Memberships memberships = Memberships.of(site.countries());
    StanceIndex stances = StanceIndex.of(statementsInOrder(timeline), memberships);
    PartialDate asOf = asOf(site);
    Office office = raceOffice(site);
    // The race office's race for the home page, and every other office with candidates has its own, counted alike.
    Map<String, Race> races = new HashMap<>();
    if (asOf != null) {
      for (Office o : site.offices()) {
        if (o == office || !o.candidates().isEmpty()) {
          races.put(o.id(), Race.count(o, asOf, memberships, stances));
        }
      }
    }
    return new Derived(
        asOf,
        asOf == null ? null : asOf.end(),
        office,
        timeline,
        races,
        memberships,
        stances,
        EntryIndex.of(timeline, memberships));
  }

  /**
   * The site's "today": as written, else the latest statement or event date, else the latest holder or membership
   * date, else null.
   */
  public static PartialDate asOf(Site site) {
    if (site.settings().asOf() != null) {
      return site.settings().asOf();
    }
    PartialDate latest = null;
    for (Statement s : site.statements()) {
      latest = later(latest, s.date().date());
    }
    for (Event e : site.events()) {
      latest = later(latest, e.date().date());
    }
    return latest != null ? latest : latestPeriodDate(site);
  }

  /** The office named in site.yaml, else the only office, else null. */
  public static Office raceOffice(Site site) {
    String named = site.settings().office();
    if (named == null) {
      return site.offices().size() == 1 ? site.offices().get(0) : null;
    }
    for (Office office : site.offices()) {
      if (office.id().equals(named)) {
        return office;
      }
    }
    return null;
  }

  private static PartialDate latestPeriodDate(Site site) {
    List<Period> periods = new ArrayList<>();
    for (Office office : site.offices()) {
      for (Holder holder : office.holders()) {
        periods.add(holder.term());
      }
    }
    for (Country country : site.countries()) {
      periods.addAll(country.membership());
    }
    PartialDate latest = null;
    for (Period p : periods) {
      latest = later(later(latest, p.from()), p.to());
    }
    return latest;
  }

  /** The later of two dates by the ordering rule; a null is no date. */
  private static PartialDate later(PartialDate a, PartialDate b) {
    if (a == null) {
      return b;
    }
    return b == null || b.compareTo(a) <= 0 ? a : b;
  }

  private static List<Statement> statementsInOrder(List<TimelineEntry> timeline) {
    List<Statement> statements = new ArrayList<>();
    for (TimelineEntry entry : timeline) {
      if (entry instanceof StatementEntry s) {
        statements.add(s.statement());
      }
    }
    return statements;
  }
}
