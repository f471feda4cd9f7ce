package baton.derive;

import baton.model.Country;
import baton.model.Period;
import baton.model.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Who is a member of the body on any day. Membership only changes on the first day of a period and on the day after
 * its last day, so the members are computed once for each of those days; a look-up is then a search among them.
 * Periods include both ends as written (see {@link Period#contains}).
 */
public final class Memberships {

  /** One day on which membership may change: who joined and who left that day (both sorted by id). */
  record Change(LocalDate day, List<String> joined, List<String> left) {}

  /** The members from each change day until the next one, sorted by id. */
  private final NavigableMap<LocalDate, List<String>> membersFrom;
  private final List<Change> changes;

  private Memberships(NavigableMap<LocalDate, List<String>> membersFrom, List<Change> changes) {
    this.membersFrom = Collections.unmodifiableNavigableMap(membersFrom);
    this.changes = List.copyOf(changes);
  }

  public static Memberships of(Collection<Country> countries) {
    NavigableMap<LocalDate, Map<String, Integer>> deltas = deltasByDay(countries);
    Map<String, Integer> open = new HashMap<>();
    TreeSet<String> members = new TreeSet<>();
    NavigableMap<LocalDate, List<String>> membersFrom = new TreeMap<>();
    List<Change> changes = new ArrayList<>(deltas.size());
    for (Map.Entry<LocalDate, Map<String, Integer>> day : deltas.entrySet()) {
      List<String> joined = new ArrayList<>();
      List<String> left = new ArrayList<>();
      for (Map.Entry<String, Integer> delta : day.getValue().entrySet()) {
        String country = delta.getKey();
        // a count rather than a flag, so that overlapping or touching periods of one country do not end it early
        int before = open.getOrDefault(country, 0);
        int after = before + delta.getValue();
        open.put(country, after);
        if (before == 0 && after > 0) {
          joined.add(country);
          members.add(country);
        } else if (before > 0 && after == 0) {
          left.add(country);
          members.remove(country);
        }
      }
      Collections.sort(joined);
      Collections.sort(left);
      membersFrom.put(day.getKey(), List.copyOf(members));
      changes.add(new Change(day.getKey(), List.copyOf(joined), List.copyOf(left)));
    }
    return new Memberships(membersFrom, changes);
  }

  /** For each change day, how many periods of each country open (+1) or close (-1) that day. */
  private static NavigableMap<LocalDate, Map<String, Integer>> deltasByDay(Collection<Country> countries) {
    NavigableMap<LocalDate, Map<String, Integer>> deltas = new TreeMap<>();
    for (Country country : countries) {
      for (Period period : country.membership()) {
        deltas.computeIfAbsent(period.firstDay(), d -> new TreeMap<>()).merge(country.id(), 1, Integer::sum);
        if (!period.isOpen()) {
          LocalDate dayAfter = period.lastDay().plusDays(1);
          deltas.computeIfAbsent(dayAfter, d -> new TreeMap<>()).merge(country.id(), -1, Integer::sum);
        }
      }
    }
    return deltas;
  }

  /** The ids of the countries that are members on the day, sorted. */
  public List<String> membersAt(LocalDate day) {
    Map.Entry<LocalDate, List<String>> from = membersFrom.floorEntry(day);
    return from == null ? List.of() : from.getValue();
  }

  public int countAt(LocalDate day) {
    return membersAt(day).size();
  }

  public boolean isMember(String country, LocalDate day) {
    return Collections.binarySearch(membersAt(day), country) >= 0;
  }

  /** The days on which membership may change: each period's first day and the day after each last day. */
  public NavigableSet<LocalDate> changeDays() {
    return membersFrom.navigableKeySet();
  }

  /** Every change day in order, with who joined and left on it. */
  List<Change> changes() {
    return changes;
  }

  /**
   * The countries a statement speaks for: those written (or its actor's), or for {@code countries: members} the
   * members on the day it takes effect, the first day of its date.
   */
  public List<String> countriesFor(Statement statement) {
    if (statement.allMembers()) {
      return membersAt(statement.date().date().start());
    }
    return distinct(statement.countries());
  }

  /** The list itself unless an id is written twice: lists are a few ids, and most have no repeat. */
  private static List<String> distinct(List<String> written) {
    for (int i = 1; i < written.size(); i++) {
      if (written.lastIndexOf(written.get(i - 1)) != i - 1) {
        return List.copyOf(new LinkedHashSet<>(written));
      }
    }
    return written;
  }
}
