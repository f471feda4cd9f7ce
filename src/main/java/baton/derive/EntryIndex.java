package baton.derive;

import baton.derive.TimelineEntry.EventEntry;
import baton.derive.TimelineEntry.StatementEntry;
import baton.model.Event;
import baton.model.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The statements and events each actor, country and event page lists, filed in one pass over the timeline so that
 * every list is in timeline order and no page rescans the site.
 */
public final class EntryIndex {

  private final Map<String, List<Statement>> byActor;
  private final Map<String, List<Statement>> mentioning;
  private final Map<String, List<Statement>> forCountry;
  private final Map<String, List<Statement>> aboutEvent;
  private final Map<String, List<Event>> eventsForActor;
  private final Map<String, List<Event>> eventsForCountry;

  private EntryIndex(Builder b) {
    byActor = frozen(b.byActor);
    mentioning = frozen(b.mentioning);
    forCountry = frozen(b.forCountry);
    aboutEvent = frozen(b.aboutEvent);
    eventsForActor = frozen(b.eventsForActor);
    eventsForCountry = frozen(b.eventsForCountry);
  }

  /** Files the statements and events of a timeline already in order. */
  public static EntryIndex of(List<TimelineEntry> timeline, Memberships memberships) {
    Builder b = new Builder();
    for (TimelineEntry entry : timeline) {
      if (entry instanceof StatementEntry s) {
        b.file(s.statement(), memberships);
      } else if (entry instanceof EventEntry e) {
        b.file(e.event());
      }
    }
    return new EntryIndex(b);
  }

  /** The statements the actor made. */
  public List<Statement> statementsByActor(String actor) {
    return byActor.getOrDefault(actor, List.of());
  }

  /** The statements naming the actor: as their candidate or among their mentions. */
  public List<Statement> statementsMentioning(String actor) {
    return mentioning.getOrDefault(actor, List.of());
  }

  /** The statements made for the country, joint ones included when it was a member on their day. */
  public List<Statement> statementsForCountry(String country) {
    return forCountry.getOrDefault(country, List.of());
  }

  /** The statements that refer to the event ({@code about}). */
  public List<Statement> statementsAbout(String event) {
    return aboutEvent.getOrDefault(event, List.of());
  }

  public List<Event> eventsForActor(String actor) {
    return eventsForActor.getOrDefault(actor, List.of());
  }

  public List<Event> eventsForCountry(String country) {
    return eventsForCountry.getOrDefault(country, List.of());
  }

  private static <T> Map<String, List<T>> frozen(Map<String, List<T>> lists) {
    Map<String, List<T>> copy = new HashMap<>(lists.size() * 2);
    lists.forEach((key, list) -> copy.put(key, Collections.unmodifiableList(list)));
    return Collections.unmodifiableMap(copy);
  }

  private static final class Builder {
    final Map<String, List<Statement>> byActor = new HashMap<>();
    final Map<String, List<Statement>> mentioning = new HashMap<>();
    final Map<String, List<Statement>> forCountry = new HashMap<>();
    final Map<String, List<Statement>> aboutEvent = new HashMap<>();
    final Map<String, List<Event>> eventsForActor = new HashMap<>();
    final Map<String, List<Event>> eventsForCountry = new HashMap<>();

    void file(Statement s, Memberships memberships) {
      add(byActor, s.actor(), s);
      addEach(mentioning, s.mentions(), s);
      if (s.candidate() != null && !s.mentions().contains(s.candidate())) {
        add(mentioning, s.candidate(), s);
      }
      // countriesFor gives each country once already
      for (String country : memberships.countriesFor(s)) {
        add(forCountry, country, s);
      }
      addEach(aboutEvent, s.about(), s);
    }

    void file(Event e) {
      addEach(eventsForActor, e.actors(), e);
      addEach(eventsForCountry, e.countries(), e);
    }

    /**
     * Once per distinct key, so that an id written twice does not list the entry twice. The lists are a few ids
     * written by hand, so looking back along them is cheaper than a set.
     */
    private static <T> void addEach(Map<String, List<T>> map, List<String> keys, T value) {
      for (int i = 0; i < keys.size(); i++) {
        String key = keys.get(i);
        if (keys.indexOf(key) == i) {
          add(map, key, value);
        }
      }
    }

    private static <T> void add(Map<String, List<T>> map, String key, T value) {
      map.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
    }
  }
}
