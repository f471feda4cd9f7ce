package baton.render;

import baton.model.Actor;
import baton.model.Country;
import baton.model.EntryDate;
import baton.model.Event;
import baton.model.EventStatus;
import baton.model.Office;
import baton.model.Settings;
import baton.model.Statement;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * schema.org descriptions of pages as JSON-LD, for search engines and other readers of structured data. The JSON
 * goes inside a {@code <script type="application/ld+json">}, so {@code <}, {@code >} and {@code &} are written as
 * escapes: no text can close the element.
 */
final class JsonLd {

  /** The streaming writer alone: Jackson's object mapper takes longer to start than a small site takes to build. */
  private static final JsonFactory JSON = JsonFactory.builder().build();

  private final Settings settings;
  private final Views views;

  JsonLd(Settings settings, Views views) {
    this.settings = settings;
    this.views = views;
  }

  String website() {
    Map<String, Object> o = base("WebSite");
    o.put("name", settings.title());
    put(o, "description", settings.description());
    put(o, "url", settings.baseUrl());
    o.put("inLanguage", settings.language());
    return write(o);
  }

  /** @param headline the statement's headline, as its entry shows it */
  String statement(Statement s, String headline, String path) {
    Map<String, Object> o = base("Claim");
    o.put("name", headline);
    put(o, "text", s.quote());
    o.put("dateCreated", IsoDates.of(s.date().date()));
    o.put("author", agent(views.actorRecord(s.actor())));
    if (s.candidate() != null) {
      o.put("about", agent(views.actorRecord(s.candidate())));
    }
    put(o, "url", url(path));
    return write(o);
  }

  String event(Event e, EventStatus status, String path) {
    Map<String, Object> o = base("Event");
    o.put("name", e.title());
    o.put("startDate", date(e.date()));
    o.put("eventStatus", "https://schema.org/" + (status == EventStatus.CANCELLED ? "EventCancelled" : "EventScheduled"));
    put(o, "url", url(path));
    return write(o);
  }

  String actor(Actor a, String path) {
    Map<String, Object> o = agent(a);
    put(o, "url", url(path));
    return write(o);
  }

  String country(Country c, String path) {
    Map<String, Object> o = base("Country");
    o.put("name", c.name());
    o.put("identifier", c.code());
    sameAs(o, c.wikidata());
    put(o, "url", url(path));
    return write(o);
  }

  String office(Office office, String path) {
    Map<String, Object> o = base("Role");
    o.put("roleName", office.name());
    sameAs(o, office.wikidata());
    put(o, "url", url(path));
    return write(o);
  }

  private Map<String, Object> agent(Actor a) {
    String type =
        switch (a.kind()) {
          case PERSON -> "Person";
          case GOVERNMENT -> "GovernmentOrganization";
          case OUTLET -> "NewsMediaOrganization";
          case ORGANISATION, GROUP -> "Organization";
        };
    Map<String, Object> o = base(type);
    o.put("name", a.name());
    sameAs(o, a.wikidata());
    return o;
  }

  private static Map<String, Object> base(String type) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("@context", "https://schema.org");
    o.put("@type", type);
    return o;
  }

  private static void sameAs(Map<String, Object> o, String wikidata) {
    if (wikidata != null) {
      o.put("sameAs", List.of("https://www.wikidata.org/wiki/" + wikidata));
    }
  }

  private static String date(EntryDate d) {
    return IsoDates.of(d.date());
  }

  private String url(String path) {
    return settings.baseUrl() == null ? null : Urls.absolute(settings.baseUrl(), path);
  }

  private static void put(Map<String, Object> o, String key, Object value) {
    if (value != null) {
      o.put(key, value);
    }
  }

  static String write(Map<String, Object> o) {
    StringWriter out = new StringWriter(256);
    try (JsonGenerator g = JSON.createGenerator(out)) {
      value(g, o);
    } catch (IOException e) {
      throw new UncheckedIOException("writing JSON to memory cannot fail", e);
    }
    return out.toString().replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
  }

  /** A value of these maps: a text, a list, or a map of them. */
  private static void value(JsonGenerator g, Object v) throws IOException {
    if (v instanceof String text) {
      g.writeString(text);
    } else if (v instanceof Map<?, ?> map) {
      g.writeStartObject();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        g.writeFieldName((String) e.getKey());
        value(g, e.getValue());
      }
      g.writeEndObject();
    } else if (v instanceof List<?> list) {
      g.writeStartArray();
      for (Object item : list) {
        value(g, item);
      }
      g.writeEndArray();
    } else {
      throw new IllegalArgumentException("not a JSON-LD value: " + v);
    }
  }
}
