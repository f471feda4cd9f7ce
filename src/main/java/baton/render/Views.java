package baton.render;

import baton.derive.Derived;
import baton.derive.TimelineEntry;
import baton.derive.TimelineEntry.Accession;
import baton.derive.TimelineEntry.EventEntry;
import baton.derive.TimelineEntry.StatementEntry;
import baton.derive.TimelineEntry.TermEnd;
import baton.derive.TimelineEntry.TermStart;
import baton.model.Actor;
import baton.model.Country;
import baton.model.Event;
import baton.model.Office;
import baton.model.PartialDate;
import baton.model.Site;
import baton.model.Source;
import baton.model.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns model records into what templates show: names instead of ids, page paths, dates in the site's language,
 * headlines in words. Built once per build; every lookup is a map access.
 */
final class Views {

  private static final int HEADLINE_WORDS = 24;

  private final Site site;
  private final Derived derived;
  private final Messages m;
  private final Map<String, Actor> actors = new HashMap<>();
  private final Map<String, Country> countries = new HashMap<>();
  private final Map<String, Event> events = new HashMap<>();

  Views(Site site, Derived derived, Messages messages) {
    this.site = site;
    this.derived = derived;
    this.m = messages;
    site.actors().forEach(a -> actors.put(a.id(), a));
    site.countries().forEach(c -> countries.put(c.id(), c));
    site.events().forEach(e -> events.put(e.id(), e));
  }

  Messages messages() {
    return m;
  }

  Actor actorRecord(String id) {
    return actors.get(id);
  }

  Country countryRecord(String id) {
    return countries.get(id);
  }

  Ref actor(String id) {
    Actor a = actors.get(id);
    return a == null ? new Ref(id, null) : new Ref(a.name(), Urls.actor(id));
  }

  Ref country(String id) {
    Country c = countries.get(id);
    return c == null ? new Ref(id, null) : new Ref(c.name(), Urls.country(id));
  }

  Ref event(String id) {
    Event e = events.get(id);
    return e == null ? new Ref(id, null) : new Ref(e.title(), Urls.event(id));
  }

  Ref office(Office o) {
    return new Ref(o.name(), Urls.office(o.id()));
  }

  String date(PartialDate d) {
    return d == null ? null : m.date(d);
  }

  String stanceLabel(String code) {
    return code == null ? null : m.get("stance." + code);
  }

  EntryView entry(TimelineEntry e) {
    if (e instanceof StatementEntry s) {
      return statement(s.statement());
    }
    if (e instanceof EventEntry ev) {
      return event(ev.event());
    }
    if (e instanceof TermStart t) {
      Ref holder = actor(t.holder().actor());
      String headline =
          m.get(t.holder().acting() ? "entry.term-start.acting" : "entry.term-start", holder.name(), t.office().name());
      return derivedEntry(e, "term-start", "term", Urls.office(t.office().id()), headline, holder, List.of());
    }
    if (e instanceof TermEnd t) {
      Ref holder = actor(t.holder().actor());
      String cause = t.holder().endCause();
      String headline =
          cause == null
              ? m.get("entry.term-end", holder.name(), t.office().name())
              : m.get("entry.term-end.cause", holder.name(), t.office().name(), cause);
      return derivedEntry(e, "term-end", "term", Urls.office(t.office().id()), headline, holder, List.of());
    }
    Accession a = (Accession) e;
    String body = derived.raceOffice() != null && derived.raceOffice().body() != null ? derived.raceOffice().body() : null;
    String headline =
        body == null ? m.get("entry.accession", a.country().name()) : m.get("entry.accession.body", a.country().name(), body);
    return derivedEntry(
        e, "accession", "accession", Urls.country(a.country().id()), headline, null, List.of(country(a.country().id())));
  }

  private EntryView derivedEntry(
      TimelineEntry e, String type, String style, String path, String headline, Ref actor, List<Ref> countryRefs) {
    return new EntryView(
        e.key(), type, style, path, e.date(), date(e.date()), false, null, headline, actor, countryRefs, null, null,
        null, null, null, null, null, null, false, List.of());
  }

  EntryView statement(Statement s) {
    Ref actor = actor(s.actor());
    List<Ref> speaking = derived.countriesOf(s).stream().map(this::country).toList();
    Ref candidate = s.candidate() == null ? null : actor(s.candidate());
    return new EntryView(
        "statement:" + s.id(),
        "statement",
        s.kind().code(),
        Urls.statement(s.id()),
        s.date().date(),
        date(s.date().date()),
        s.date().circa(),
        s.date().display(),
        headline(s, actor, candidate),
        actor,
        s.allMembers() ? List.of() : speaking,
        candidate,
        s.stance() == null ? null : s.stance().code(),
        s.kind().code(),
        s.condition(),
        s.quote(),
        date(s.due()),
        s.outcome() == null ? null : s.outcome().code(),
        null,
        false,
        sources(s.sources()));
  }

  EntryView event(Event e) {
    return new EntryView(
        "event:" + e.id(),
        "event",
        "event",
        Urls.event(e.id()),
        e.date().date(),
        date(e.date().date()),
        e.date().circa(),
        e.date().display(),
        e.title(),
        null,
        e.countries().stream().map(this::country).toList(),
        null,
        null,
        e.kind().code(),
        null,
        null,
        null,
        null,
        derived.statusOf(e).code(),
        derived.isUpcoming(e),
        sources(e.sources()));
  }

  private String headline(Statement s, Ref actor, Ref candidate) {
    if (s.stance() != null && candidate != null) {
      String who = s.allMembers() ? m.get("entry.all-members", actor.name()) : actor.name();
      return m.get("entry.stance." + s.stance().code(), who, candidate.name());
    }
    String text =
        s.quote() != null ? PlainText.words(s.quote(), HEADLINE_WORDS) : PlainText.firstWords(s.markdown(), HEADLINE_WORDS);
    if (text == null || text.isBlank()) {
      return m.get("entry.statement-by", actor.name());
    }
    return actor.name() + ": " + text;
  }

  private List<EntryView.SourceView> sources(List<Source> sources) {
    return sources.stream()
        .map(
            src ->
                new EntryView.SourceView(
                    src.outlet() == null ? null : src.outletIsActor() ? actor(src.outlet()) : new Ref(src.outlet(), null),
                    src.url(),
                    src.title(),
                    date(src.date())))
        .toList();
  }
}
