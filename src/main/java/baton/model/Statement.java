package baton.model;

import java.util.List;
import java.util.Objects;

/**
 * What an actor said, when, on whose behalf and about whom.
 *
 * <p>Whom it speaks for is resolved at validation: {@code countries} holds the country ids written (or the actor's
 * country when none was written, or nothing), and {@code allMembers} is set for {@code countries: members}, whose
 * countries depend on the date and are found by the derivation.
 */
public record Statement(
    String id,
    EntryDate date,
    String actor,
    List<String> countries,
    boolean allMembers,
    String candidate,
    Stance stance,
    String condition,
    StatementKind kind,
    String quote,
    List<String> mentions,
    List<String> about,
    PartialDate due,
    Outcome outcome,
    List<Source> sources,
    boolean draft,
    String markdown,
    String file) {

  public Statement {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(kind, "kind");
    countries = List.copyOf(countries);
    mentions = List.copyOf(mentions);
    about = List.copyOf(about);
    sources = List.copyOf(sources);
    if (allMembers && !countries.isEmpty()) {
      throw new IllegalArgumentException("a statement for all members names no countries");
    }
  }

  /** Whether it can change a country's stance: it names a candidate and a stance. */
  public boolean countsForRace() {
    return candidate != null && stance != null;
  }
}
