package baton.derive;

import baton.model.Office;
import baton.model.PartialDate;
import baton.model.Rule;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The race for an office as of a date: the members counted on {@code day}, each candidate's figures then, and each
 * candidate's series up to then. Both maps follow the order of the office's candidates.
 *
 * @param asOf the site's "today" as written (or defaulted), precision kept
 * @param day the day counted: the last day of {@code asOf}, so "as of October 2024" counts through 31 October
 */
public record Race(
    Office office,
    Rule rule,
    PartialDate asOf,
    LocalDate day,
    int members,
    Map<String, RaceFigures> candidates,
    Map<String, List<SeriesPoint>> series) {

  public Race {
    Objects.requireNonNull(office, "office");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(day, "day");
    candidates = Collections.unmodifiableMap(new LinkedHashMap<>(candidates));
    Map<String, List<SeriesPoint>> lists = new LinkedHashMap<>();
    series.forEach((candidate, points) -> lists.put(candidate, List.copyOf(points)));
    series = Collections.unmodifiableMap(lists);
  }

  /** Counts the office's race under its own rule on the last day of {@code asOf}. */
  public static Race count(Office office, PartialDate asOf, Memberships memberships, StanceIndex stances) {
    LocalDate day = asOf.end();
    List<String> members = memberships.membersAt(day);
    Map<String, RaceFigures> candidates = new LinkedHashMap<>();
    Map<String, List<SeriesPoint>> series = new LinkedHashMap<>();
    for (String candidate : office.candidates()) {
      candidates.put(candidate, RaceFigures.count(candidate, office.rule(), members, stances, day));
      series.put(candidate, Series.of(candidate, office.rule(), memberships, stances, day));
    }
    return new Race(office, office.rule(), asOf, day, members.size(), candidates, series);
  }
}
