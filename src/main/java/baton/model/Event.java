package baton.model;

import java.util.List;
import java.util.Objects;

/**
 * A meeting, appointment, candidacy, deadline... {@code status} is as written, null when left to its default
 * (happened up to asOf, else scheduled).
 */
public record Event(
    String id,
    EntryDate date,
    String title,
    EventKind kind,
    EventStatus status,
    List<String> actors,
    List<String> countries,
    List<Source> sources,
    boolean draft,
    String markdown,
    String file) {

  public Event {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(kind, "kind");
    actors = List.copyOf(actors);
    countries = List.copyOf(countries);
    sources = List.copyOf(sources);
  }
}
