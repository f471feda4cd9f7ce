package baton.render;

import baton.derive.Derived;
import baton.derive.Race;
import baton.derive.RaceFigures;
import baton.derive.SeriesPoint;
import baton.derive.Tally;
import baton.derive.TimelineEntry;
import baton.model.Actor;
import baton.model.Coded;
import baton.model.Country;
import baton.model.EntryDate;
import baton.model.Event;
import baton.model.Holder;
import baton.model.Office;
import baton.model.Page;
import baton.model.PartialDate;
import baton.model.Period;
import baton.model.Role;
import baton.model.Settings;
import baton.model.Site;
import baton.model.Source;
import baton.model.Statement;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * data/timeline.json as SPEC section 4 lays it out: every entry and every derived figure. Keys come in a fixed
 * order, lists in the model's order (by id) or the timeline's, absent values as null, dates as written; so the same
 * site always gives the same bytes.
 */
public final class TimelineJson {

  public static final String PATH = "data/timeline.json";

  private static final JsonFactory JSON = JsonFactory.builder().build();
  private static final DefaultPrettyPrinter PRETTY =
      new DefaultPrettyPrinter()
          .withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n"));

  public OutputFile render(Site site, Derived derived) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
    try (JsonGenerator g = JSON.createGenerator(bytes, JsonEncoding.UTF8)) {
      g.setPrettyPrinter(PRETTY);
      new Writer(g, site, derived).write();
      g.flush();
      bytes.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException("writing JSON to memory cannot fail", e);
    }
    return new OutputFile(PATH, bytes.toByteArray());
  }

  /** One rendering; a small wrapper over the generator with null-aware writes. */
  private static final class Writer {

    private final JsonGenerator g;
    private final Site site;
    private final Derived derived;

    Writer(JsonGenerator g, Site site, Derived derived) {
      this.g = g;
      this.site = site;
      this.derived = derived;
    }

    void write() throws IOException {
      g.writeStartObject();
      siteSettings();
      g.writeArrayFieldStart("offices");
      for (Office o : site.offices()) {
        office(o);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("countries");
      for (Country c : site.countries()) {
        country(c);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("actors");
      for (Actor a : site.actors()) {
        actor(a);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("statements");
      for (Statement s : site.statements()) {
        statement(s);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("events");
      for (Event e : site.events()) {
        event(e);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("pages");
      for (Page p : site.pages()) {
        g.writeStartObject();
        g.writeStringField("id", p.id());
        g.writeStringField("title", p.title());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("timeline");
      for (TimelineEntry e : derived.timeline()) {
        g.writeString(e.key());
      }
      g.writeEndArray();
      race(derived.race());
      g.writeEndObject();
    }

    private void siteSettings() throws IOException {
      Settings s = site.settings();
      g.writeObjectFieldStart("site");
      g.writeStringField("title", s.title());
      text("description", s.description());
      date("asOf", derived.asOf());
      text("office", derived.raceOffice() == null ? null : derived.raceOffice().id());
      g.writeStringField("language", s.language());
      text("baseUrl", s.baseUrl());
      g.writeEndObject();
    }

    private void office(Office o) throws IOException {
      g.writeStartObject();
      g.writeStringField("id", o.id());
      g.writeStringField("name", o.name());
      text("body", o.body());
      code("rule", o.rule());
      g.writeArrayFieldStart("holders");
      for (Holder h : o.holders()) {
        g.writeStartObject();
        g.writeStringField("actor", h.actor());
        period(h.term());
        g.writeBooleanField("acting", h.acting());
        text("endCause", h.endCause());
        text("note", h.note());
        g.writeEndObject();
      }
      g.writeEndArray();
      ids("candidates", o.candidates());
      text("wikidata", o.wikidata());
      g.writeEndObject();
    }

    private void country(Country c) throws IOException {
      g.writeStartObject();
      g.writeStringField("id", c.id());
      g.writeStringField("name", c.name());
      g.writeStringField("code", c.code());
      g.writeArrayFieldStart("membership");
      for (Period p : c.membership()) {
        g.writeStartObject();
        period(p);
        g.writeEndObject();
      }
      g.writeEndArray();
      text("wikidata", c.wikidata());
      g.writeEndObject();
    }

    private void actor(Actor a) throws IOException {
      g.writeStartObject();
      g.writeStringField("id", a.id());
      g.writeStringField("name", a.name());
      code("kind", a.kind());
      text("country", a.country());
      g.writeBooleanField("anonymous", a.anonymous());
      g.writeArrayFieldStart("roles");
      for (Role r : a.roles()) {
        g.writeStartObject();
        g.writeStringField("title", r.title());
        if (r.period() == null) {
          g.writeNullField("from");
          g.writeNullField("to");
        } else {
          period(r.period());
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      ids("aliases", a.aliases());
      text("wikidata", a.wikidata());
      g.writeEndObject();
    }

    private void statement(Statement s) throws IOException {
      g.writeStartObject();
      g.writeStringField("id", s.id());
      entryDate(s.date());
      g.writeStringField("actor", s.actor());
      text("country", !s.allMembers() && s.countries().size() == 1 ? s.countries().get(0) : null);
      ids("countries", derived.countriesOf(s));
      g.writeBooleanField("allMembers", s.allMembers());
      text("candidate", s.candidate());
      code("stance", s.stance());
      text("condition", s.condition());
      code("kind", s.kind());
      text("quote", s.quote());
      ids("mentions", s.mentions());
      ids("about", s.about());
      date("due", s.due());
      code("outcome", s.outcome());
      sources(s.sources());
      g.writeEndObject();
    }

    private void event(Event e) throws IOException {
      g.writeStartObject();
      g.writeStringField("id", e.id());
      entryDate(e.date());
      g.writeStringField("title", e.title());
      code("kind", e.kind());
      code("status", derived.statusOf(e));
      g.writeBooleanField("upcoming", derived.isUpcoming(e));
      ids("actors", e.actors());
      ids("countries", e.countries());
      sources(e.sources());
      g.writeEndObject();
    }

    private void race(Race race) throws IOException {
      if (race == null) {
        g.writeNullField("race");
        return;
      }
      g.writeObjectFieldStart("race");
      g.writeStringField("office", race.office().id());
      code("rule", race.rule());
      date("asOf", race.asOf());
      g.writeNumberField("members", race.members());
      g.writeObjectFieldStart("candidates");
      for (Map.Entry<String, RaceFigures> c : race.candidates().entrySet()) {
        RaceFigures f = c.getValue();
        g.writeObjectFieldStart(c.getKey());
        tally(f.tally(), false);
        code("status", f.status());
        g.writeBooleanField("met", f.met());
        g.writeObjectFieldStart("byCountry");
        for (Map.Entry<String, String> b : f.byCountry().entrySet()) {
          g.writeStringField(b.getKey(), b.getValue());
        }
        g.writeEndObject();
        g.writeEndObject();
      }
      g.writeEndObject();
      g.writeObjectFieldStart("series");
      for (Map.Entry<String, List<SeriesPoint>> c : race.series().entrySet()) {
        g.writeArrayFieldStart(c.getKey());
        for (SeriesPoint p : c.getValue()) {
          g.writeStartObject();
          day("date", p.date());
          tally(p.tally(), true);
          code("status", p.status());
          g.writeBooleanField("met", p.met());
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      g.writeEndObject();
      g.writeEndObject();
    }

    private void tally(Tally t, boolean withMembers) throws IOException {
      if (withMembers) {
        g.writeNumberField("members", t.members());
      }
      g.writeNumberField("supports", t.supports());
      g.writeNumberField("no-objection", t.noObjection());
      g.writeNumberField("undecided", t.undecided());
      g.writeNumberField("opposes", t.opposes());
      g.writeNumberField("none", t.none());
    }

    private void sources(List<Source> sources) throws IOException {
      g.writeArrayFieldStart("source");
      for (Source s : sources) {
        g.writeStartObject();
        text("outlet", s.outlet());
        text("url", s.url());
        text("title", s.title());
        date("date", s.date());
        g.writeEndObject();
      }
      g.writeEndArray();
    }

    private void entryDate(EntryDate d) throws IOException {
      date("date", d.date());
      g.writeBooleanField("dateCirca", d.circa());
      text("displayDate", d.display());
    }

    private void period(Period p) throws IOException {
      date("from", p.from());
      date("to", p.to());
      if (p.fromCirca()) {
        g.writeBooleanField("fromCirca", true);
      }
      if (p.toCirca()) {
        g.writeBooleanField("toCirca", true);
      }
    }

    private void ids(String key, List<String> ids) throws IOException {
      g.writeArrayFieldStart(key);
      for (String id : ids) {
        g.writeString(id);
      }
      g.writeEndArray();
    }

    private void text(String key, String value) throws IOException {
      if (value == null) {
        g.writeNullField(key);
      } else {
        g.writeStringField(key, value);
      }
    }

    private void code(String key, Coded value) throws IOException {
      text(key, value == null ? null : value.code());
    }

    private void date(String key, PartialDate value) throws IOException {
      text(key, value == null ? null : IsoDates.of(value));
    }

    private void day(String key, LocalDate value) throws IOException {
      text(key, value.toString());
    }
  }
}
