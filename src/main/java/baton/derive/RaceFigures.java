package baton.derive;

import baton.model.Rule;
import baton.model.Stance;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One candidate's figures on one day: the tally, its status under the rule, and each member's stance by country id
 * (sorted): {@code supports}, {@code no-objection}, {@code undecided}, {@code opposes}, or {@link #NONE}.
 */
public record RaceFigures(Tally tally, RaceStatus status, Map<String, String> byCountry) {

  /** The word for a member with no stance on record, or whose last one was withdrawn. */
  public static final String NONE = "none";

  public RaceFigures {
    Objects.requireNonNull(tally, "tally");
    Objects.requireNonNull(status, "status");
    byCountry = Collections.unmodifiableSortedMap(new TreeMap<>(byCountry));
    if (byCountry.size() != tally.members()) {
      throw new IllegalArgumentException("one stance per member: " + byCountry.size() + " for " + tally.members());
    }
  }

  public boolean met() {
    return status == RaceStatus.MET;
  }

  /** Counts the candidate's figures among the members on the day. */
  public static RaceFigures count(
      String candidate, Rule rule, List<String> members, StanceIndex stances, LocalDate day) {
    TallyCounter counter = new TallyCounter();
    Map<String, String> byCountry = new TreeMap<>();
    for (String country : members) {
      Stance stance = stances.stanceAt(country, candidate, day);
      counter.join(stance);
      byCountry.put(country, stance == null ? NONE : stance.code());
    }
    Tally tally = counter.tally();
    return new RaceFigures(tally, RaceRules.status(rule, tally), byCountry);
  }
}
