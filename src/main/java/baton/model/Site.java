package baton.model;

import java.util.List;
import java.util.Objects;

/**
 * A whole validated site. Every list is sorted by id and every reference between entries resolves; drafts are
 * already left out unless the build asked for them.
 */
public record Site(
    Settings settings,
    List<Office> offices,
    List<Country> countries,
    List<Actor> actors,
    List<Statement> statements,
    List<Event> events,
    List<Page> pages) {

  public Site {
    Objects.requireNonNull(settings, "settings");
    offices = List.copyOf(offices);
    countries = List.copyOf(countries);
    actors = List.copyOf(actors);
    statements = List.copyOf(statements);
    events = List.copyOf(events);
    pages = List.copyOf(pages);
  }
}
