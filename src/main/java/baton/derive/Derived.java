package baton.derive;

import baton.model.Event;
import baton.model.EventStatus;
import baton.model.Holder;
import baton.model.Office;
import baton.model.PartialDate;
import baton.model.Site;
import baton.model.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything render needs beyond the model: the site's "today", the timeline in order, the race, and indexes
 * built once.
 *
 * <p>{@code asOf} is the site's {@code asOf} as written, or by default the latest date (by the ordering rule) of any
 * statement or event; with neither, the latest date of any holder's term or membership period; with no date at all,
 * null. {@code asOfDay} is the LAST day of {@code asOf}: "as of October 2024" counts through 31 October, so every
 * statement dated in the asOf month counts and every event in it has happened, whatever its precision.
 *
 * @param raceOffice the office whose race the home page follows; null when the site has none or several and
 *     names none
 * @param races the race of {@code raceOffice} and of every office that has candidates, by office id, as of
 *     {@code asOfDay}; empty when there is no asOf
 */
public record Derived(
    PartialDate asOf,
    LocalDate asOfDay,
    Office raceOffice,
    List<TimelineEntry> timeline,
    Map<String, Race> races,
    Memberships memberships,
    StanceIndex stances,
    EntryIndex entries) {

  public Derived {
    timeline = List.copyOf(timeline);
    races = Map.copyOf(races);
    Objects.requireNonNull(memberships, "memberships");
    Objects.requireNonNull(stances, "stances");
    Objects.requireNonNull(entries, "entries");
    if ((asOf == null) != (asOfDay == null)) {
      throw new IllegalArgumentException("asOf and its day come together");
    }
  }

  public static Derived of(Site site) {
    return Derivation.of(site);
  }

  /** The race of {@code raceOffice} as of the asOf day; null when there is no race office or no asOf. */
  public Race race() {
    return raceOffice == null ? null : races.get(raceOffice.id());
  }

  /** The office's race as of the asOf day: for the race office and every office with candidates; else null. */
  public Race raceOf(Office office) {
    return races.get(office.id());
  }

  public EventStatus statusOf(Event event) {
    return EventTiming.statusOf(event, asOfDay);
  }

  public boolean isUpcoming(Event event) {
    return EventTiming.isUpcoming(event, asOfDay);
  }

  /** The holder of the office on the asOf day; empty when no one held it then, or nothing is dated. */
  public Optional<Holder> holderOf(Office office) {
    return asOfDay == null ? Optional.empty() : Terms.holderOn(office, asOfDay);
  }

  /** The countries the statement speaks for, {@code countries: members} resolved on its day. */
  public List<String> countriesOf(Statement statement) {
    return memberships.countriesFor(statement);
  }

  public List<Statement> statementsByActor(String actor) {
    return entries.statementsByActor(actor);
  }

  public List<Statement> statementsMentioning(String actor) {
    return entries.statementsMentioning(actor);
  }

  public List<Statement> statementsForCountry(String country) {
    return entries.statementsForCountry(country);
  }

  public List<Statement> statementsAbout(String event) {
    return entries.statementsAbout(event);
  }

  public List<Event> eventsForActor(String actor) {
    return entries.eventsForActor(actor);
  }

  public List<Event> eventsForCountry(String country) {
    return entries.eventsForCountry(country);
  }
}
