package baton.render.feeds;

import baton.derive.Derived;
import baton.model.Actor;
import baton.model.ActorKind;
import baton.model.EntryDate;
import baton.model.Event;
import baton.model.EventKind;
import baton.model.EventStatus;
import baton.model.PartialDate;
import baton.model.Settings;
import baton.model.Site;
import baton.model.Stance;
import baton.model.Statement;
import baton.model.StatementKind;
import baton.render.Messages;
import baton.render.TemplateSource;
import baton.render.markdown.Markdown;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Small sites for the feeds tests, built as validation hands them over (lists sorted by id), so that each test
 * states only what its scenario is about. Dates are written as in content ({@code "2024"}, {@code "2024-10"},
 * {@code "2024-10-01"}).
 */
final class FeedFixture {

  static final Markdown MARKDOWN = new Markdown();
  static final Messages ENGLISH = Messages.load(TemplateSource.builtIn(), "en");

  private FeedFixture() {}

  static PartialDate date(String text) {
    return PartialDate.parse(text).orElseThrow(() -> new IllegalArgumentException("not a date: " + text));
  }

  static Actor actor(String id, String name) {
    return new Actor(id, name, ActorKind.PERSON, null, false, List.of(), List.of(), null, null);
  }

  /** A position of an actor on a candidate. */
  static Statement stance(String id, String date, String actor, String candidate, Stance stance) {
    return statement(id, EntryDate.of(date(date)), actor, candidate, stance, null, null);
  }

  /** A report: a quote and a body, no stance. */
  static Statement report(String id, String date, String actor, String quote, String body) {
    return statement(id, EntryDate.of(date(date)), actor, null, null, quote, body);
  }

  static Statement statement(
      String id, EntryDate date, String actor, String candidate, Stance stance, String quote, String body) {
    StatementKind kind = stance == null ? StatementKind.REPORT : StatementKind.POSITION;
    return new Statement(id, date, actor, List.of(), false, candidate, stance, null, kind, quote, List.of(),
        List.of(), null, null, List.of(), false, body, "content/statements/" + id + ".md");
  }

  /** An event whose status is left to its default when {@code status} is null. */
  static Event event(String id, String date, String title, EventStatus status) {
    return event(id, EntryDate.of(date(date)), title, status, null);
  }

  static Event event(String id, EntryDate date, String title, EventStatus status, String body) {
    return new Event(id, date, title, EventKind.MEETING, status, List.of(), List.of(), List.of(), false, body,
        "content/events/" + id + ".md");
  }

  static SiteBuilder site() {
    return new SiteBuilder();
  }

  static final class SiteBuilder {
    private String title = "Race";
    private String description;
    private String baseUrl;
    private String asOf;
    private final List<Actor> actors = new ArrayList<>();
    private final List<Statement> statements = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();

    SiteBuilder title(String title) {
      this.title = title;
      return this;
    }

    SiteBuilder description(String description) {
      this.description = description;
      return this;
    }

    SiteBuilder baseUrl(String baseUrl) {
      this.baseUrl = baseUrl;
      return this;
    }

    SiteBuilder asOf(String asOf) {
      this.asOf = asOf;
      return this;
    }

    SiteBuilder actors(Actor... more) {
      actors.addAll(Arrays.asList(more));
      return this;
    }

    SiteBuilder statements(Statement... more) {
      return statements(Arrays.asList(more));
    }

    SiteBuilder statements(List<Statement> more) {
      statements.addAll(more);
      return this;
    }

    SiteBuilder events(Event... more) {
      events.addAll(Arrays.asList(more));
      return this;
    }

    Site build() {
      Settings settings = new Settings(
          title, description, "en", baseUrl, null, asOf == null ? null : date(asOf), false, Map.of());
      return new Site(
          settings,
          List.of(),
          List.of(),
          sorted(actors, Comparator.comparing(Actor::id)),
          sorted(statements, Comparator.comparing(Statement::id)),
          sorted(events, Comparator.comparing(Event::id)),
          List.of());
    }

    private static <T> List<T> sorted(List<T> list, Comparator<T> order) {
      List<T> copy = new ArrayList<>(list);
      copy.sort(order);
      return copy;
    }
  }

  /** A built site with its derived views. */
  record Built(Site site, Derived derived) {
    static Built of(SiteBuilder builder) {
      Site site = builder.build();
      return new Built(site, Derived.of(site));
    }
  }
}
