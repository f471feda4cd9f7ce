package baton.derive;

import baton.model.Country;
import baton.model.EntryDate;
import baton.model.Event;
import baton.model.EventKind;
import baton.model.EventStatus;
import baton.model.Holder;
import baton.model.Office;
import baton.model.PartialDate;
import baton.model.Period;
import baton.model.Rule;
import baton.model.Settings;
import baton.model.Site;
import baton.model.Stance;
import baton.model.Statement;
import baton.model.StatementKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Small factories for validated model records, so that each test states only what its scenario is about. Dates are
 * written as in content ({@code "2024"}, {@code "2024-03"}, {@code "2024-03-07"}).
 */
final class Fixture {

  private Fixture() {}

  static PartialDate date(String text) {
    return PartialDate.parse(text).orElseThrow(() -> new IllegalArgumentException("not a date: " + text));
  }

  static LocalDate day(String text) {
    return LocalDate.parse(text);
  }

  /** A membership or term period; a null {@code to} is still running. */
  static Period period(String from, String to) {
    return Period.of(date(from), to == null ? null : date(to));
  }

  static Country country(String id, Period... membership) {
    return new Country(id, id.toUpperCase(), id.toUpperCase(), List.of(membership), null, null);
  }

  /** A country that has been a member since {@code from}. */
  static Country member(String id, String from) {
    return country(id, period(from, null));
  }

  /** {@code count} countries {@code m01, m02, ...}, members since {@code from}. */
  static List<Country> members(int count, String from) {
    List<Country> countries = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      countries.add(member(String.format("m%02d", i), from));
    }
    return countries;
  }

  /** A position of one country's government on a candidate. */
  static Statement stance(String id, String date, String country, String candidate, Stance stance) {
    return statement(id, date, "gov-" + country, List.of(country), false, candidate, stance);
  }

  /** A statement for {@code countries: members}, the body speaking for all its members on the day. */
  static Statement joint(String id, String date, String candidate, Stance stance) {
    return statement(id, date, "body", List.of(), true, candidate, stance);
  }

  /** A report that takes no stance. */
  static Statement report(String id, String date, String actor, String candidate) {
    return statement(id, date, actor, List.of(), false, candidate, null);
  }

  static Statement statement(
      String id, String date, String actor, List<String> countries, boolean allMembers, String candidate,
      Stance stance) {
    StatementKind kind = stance == null ? StatementKind.REPORT : StatementKind.POSITION;
    return new Statement(id, EntryDate.of(date(date)), actor, countries, allMembers, candidate, stance, null, kind,
        null, List.of(), List.of(), null, null, List.of(), false, null, "content/statements/" + id + ".md");
  }

  /** An event whose status is left to its default when {@code status} is null. */
  static Event event(String id, String date, EventStatus status) {
    return new Event(id, EntryDate.of(date(date)), id, EventKind.OTHER, status, List.of(), List.of(), List.of(),
        false, null, "content/events/" + id + ".md");
  }

  static Holder holder(String actor, String from, String to) {
    return new Holder(actor, period(from, to), false, null, null);
  }

  static Office office(String id, Rule rule, List<Holder> holders, String... candidates) {
    return new Office(id, id, "the body", rule, holders, null, List.of(candidates), null);
  }

  static SiteBuilder site() {
    return new SiteBuilder();
  }

  /** Collects entries in any order and sorts each list by id, as validation hands a site over. */
  static final class SiteBuilder {
    private String asOf;
    private String office;
    private final List<Office> offices = new ArrayList<>();
    private final List<Country> countries = new ArrayList<>();
    private final List<Statement> statements = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();

    SiteBuilder asOf(String date) {
      this.asOf = date;
      return this;
    }

    SiteBuilder raceOffice(String id) {
      this.office = id;
      return this;
    }

    SiteBuilder offices(Office... more) {
      offices.addAll(Arrays.asList(more));
      return this;
    }

    SiteBuilder countries(Country... more) {
      return countries(Arrays.asList(more));
    }

    SiteBuilder countries(List<Country> more) {
      countries.addAll(more);
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
      Settings settings =
          new Settings("Test", null, "en", null, office, asOf == null ? null : date(asOf), false, Map.of());
      return new Site(
          settings,
          sorted(offices, Comparator.comparing(Office::id)),
          sorted(countries, Comparator.comparing(Country::id)),
          List.of(),
          sorted(statements, Comparator.comparing(Statement::id)),
          sorted(events, Comparator.comparing(Event::id)),
          List.of());
    }

    Derived derive() {
      return Derived.of(build());
    }

    private static <T> List<T> sorted(List<T> list, Comparator<T> order) {
      List<T> copy = new ArrayList<>(list);
      copy.sort(order);
      return copy;
    }
  }
}
