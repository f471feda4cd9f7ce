package baton.derive;

import baton.model.Rule;
import baton.model.Stance;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A candidate's figures over time: one point for each day on which they change. Figures can only change on a day
 * when membership changes or a statement on the candidate takes effect, so the series walks those days once, in
 * order, keeping a running tally; a day whose figures equal the last point's makes no point.
 */
public final class Series {

  private Series() {}

  /**
   * The points up to and including {@code through}. The first is the first day the figures differ from
   * {@link Tally#EMPTY}; the figures on any day are those of the latest point up to it.
   */
  public static List<SeriesPoint> of(
      String candidate, Rule rule, Memberships memberships, StanceIndex stances, LocalDate through) {
    List<Memberships.Change> membership = memberships.changes();
    List<StanceChange> statements = stances.changesFor(candidate);
    Map<String, Stance> held = new HashMap<>();
    Set<String> members = new HashSet<>();
    TallyCounter counter = new TallyCounter();
    List<SeriesPoint> points = new ArrayList<>();
    Tally last = Tally.EMPTY;
    int m = 0;
    int s = 0;
    while (true) {
      LocalDate day = earlier(
          m < membership.size() ? membership.get(m).day() : null,
          s < statements.size() ? statements.get(s).day() : null);
      if (day == null || day.isAfter(through)) {
        break;
      }
      // stances first, counted for the members of the day before; the membership change then adds or removes
      // each country with its stance of the day, so the tally ends as a recount of the day would make it
      for (; s < statements.size() && statements.get(s).day().equals(day); s++) {
        StanceChange change = statements.get(s);
        Stance before = held.put(change.country(), change.held());
        if (members.contains(change.country())) {
          counter.change(before, change.held());
        }
      }
      if (m < membership.size() && membership.get(m).day().equals(day)) {
        apply(membership.get(m++), members, held, counter);
      }
      Tally tally = counter.tally();
      if (!tally.equals(last)) {
        points.add(new SeriesPoint(day, tally, RaceRules.status(rule, tally)));
        last = tally;
      }
    }
    return List.copyOf(points);
  }

  private static void apply(
      Memberships.Change change, Set<String> members, Map<String, Stance> held, TallyCounter counter) {
    for (String country : change.left()) {
      members.remove(country);
      counter.leave(held.get(country));
    }
    for (String country : change.joined()) {
      members.add(country);
      counter.join(held.get(country));
    }
  }

  private static LocalDate earlier(LocalDate a, LocalDate b) {
    if (a == null) {
      return b;
    }
    return b == null || a.isBefore(b) ? a : b;
  }
}
