package baton.derive;

import baton.model.Stance;
import baton.model.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * Every country's stance on every candidate over time, from the statements that count for the race (those naming a
 * candidate and a stance). Built once: the statements are sorted by the ordering rule and each one's changes are
 * filed under its country and candidate, so every history is already in order and a stance on a day is a binary
 * search in one history.
 *
 * <p>A statement takes effect on the first day of its date: one dated {@code 2024-03} counts from 1 March. Among
 * statements taking effect by a day, the latest by the ordering rule decides, so on a shared first day a statement
 * dated to the day outranks one dated to the month.
 */
public final class StanceIndex {

  /** The ordering rule of SPEC 2 as {@link TimelineEntry#ORDER} applies it to statements. */
  private static final Comparator<Statement> BY_ORDERING_RULE =
      (a, b) -> {
        int c = a.date().date().compareTo(b.date().date());
        return c != 0 ? c : a.id().compareTo(b.id());
      };

  private record Pair(String country, String candidate) {
    // equals and hashCode written out, as in every record used as a key on a hot path: a record's own are linked
    // through method handles on first use, which costs a short build tens of milliseconds, and run slower until
    // compiled.
    @Override
    public boolean equals(Object o) {
      return o instanceof Pair p && country.equals(p.country) && candidate.equals(p.candidate);
    }

    @Override
    public int hashCode() {
      return 31 * country.hashCode() + candidate.hashCode();
    }
  }

  private final Map<Pair, List<StanceChange>> byPair;
  private final Map<String, List<StanceChange>> byCountry;
  private final Map<String, List<StanceChange>> byCandidate;
  private final Map<String, NavigableSet<LocalDate>> daysByCandidate;

  private StanceIndex(
      Map<Pair, List<StanceChange>> byPair,
      Map<String, List<StanceChange>> byCountry,
      Map<String, List<StanceChange>> byCandidate) {
    this.byPair = frozen(byPair);
    this.byCountry = frozen(byCountry);
    this.byCandidate = frozen(byCandidate);
    this.daysByCandidate = daysOf(this.byCandidate);
  }

  /**
   * Indexes the statements, in any order (already sorted ones cost no more than a pass); statements for
   * {@code countries: members} speak for the members on their day, as {@code memberships} says.
   */
  public static StanceIndex of(Collection<Statement> statements, Memberships memberships) {
    List<Statement> counting = new ArrayList<>();
    for (Statement s : statements) {
      if (s.countsForRace()) {
        counting.add(s);
      }
    }
    counting.sort(BY_ORDERING_RULE);
    Map<Pair, List<StanceChange>> byPair = new HashMap<>();
    Map<String, List<StanceChange>> byCountry = new HashMap<>();
    Map<String, List<StanceChange>> byCandidate = new HashMap<>();
    for (Statement s : counting) {
      LocalDate day = s.date().date().start();
      for (String country : memberships.countriesFor(s)) {
        StanceChange change = new StanceChange(s, day, country, s.candidate(), s.stance());
        byPair.computeIfAbsent(new Pair(country, s.candidate()), k -> new ArrayList<>()).add(change);
        byCountry.computeIfAbsent(country, k -> new ArrayList<>()).add(change);
        byCandidate.computeIfAbsent(s.candidate(), k -> new ArrayList<>()).add(change);
      }
    }
    return new StanceIndex(byPair, byCountry, byCandidate);
  }

  /** The country's stance on the candidate on the day; null when it has none, or withdrew its last one. */
  public Stance stanceAt(String country, String candidate, LocalDate day) {
    List<StanceChange> history = history(country, candidate);
    int last = lastTakingEffectBy(history, day);
    return last < 0 ? null : history.get(last).held();
  }

  /** Every statement of the country on the candidate, in order, withdrawals included. */
  public List<StanceChange> history(String country, String candidate) {
    return byPair.getOrDefault(new Pair(country, candidate), List.of());
  }

  /** Every statement of the country on any candidate, in order. */
  public List<StanceChange> historyOf(String country) {
    return byCountry.getOrDefault(country, List.of());
  }

  /** Every country's statements on the candidate, in order. */
  public List<StanceChange> changesFor(String candidate) {
    return byCandidate.getOrDefault(candidate, List.of());
  }

  /** The days on which a statement on the candidate takes effect, for any country. */
  public NavigableSet<LocalDate> changeDays(String candidate) {
    return daysByCandidate.getOrDefault(candidate, Collections.emptyNavigableSet());
  }

  /** The index of the last change taking effect on or before the day, or -1; days never decrease along a history. */
  private static int lastTakingEffectBy(List<StanceChange> history, LocalDate day) {
    int low = 0;
    int high = history.size() - 1;
    int found = -1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      if (history.get(mid).day().isAfter(day)) {
        high = mid - 1;
      } else {
        found = mid;
        low = mid + 1;
      }
    }
    return found;
  }

  private static <K> Map<K, List<StanceChange>> frozen(Map<K, List<StanceChange>> lists) {
    Map<K, List<StanceChange>> copy = new HashMap<>(lists.size() * 2);
    lists.forEach((key, list) -> copy.put(key, Collections.unmodifiableList(list)));
    return Collections.unmodifiableMap(copy);
  }

  private static Map<String, NavigableSet<LocalDate>> daysOf(Map<String, List<StanceChange>> byCandidate) {
    Map<String, NavigableSet<LocalDate>> days = new HashMap<>();
    byCandidate.forEach((candidate, changes) -> {
      TreeSet<LocalDate> set = new TreeSet<>();
      changes.forEach(c -> set.add(c.day()));
      days.put(candidate, Collections.unmodifiableNavigableSet(set));
    });
    return Collections.unmodifiableMap(days);
  }
}
