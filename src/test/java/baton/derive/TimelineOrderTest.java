package baton.derive;

import static baton.derive.Fixture.country;
import static baton.derive.Fixture.event;
import static baton.derive.Fixture.holder;
import static baton.derive.Fixture.office;
import static baton.derive.Fixture.period;
import static baton.derive.Fixture.report;
import static baton.derive.Fixture.site;
import static org.assertj.core.api.Assertions.assertThat;

import baton.model.Rule;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineOrderTest {

  private static List<String> keys(Fixture.SiteBuilder site) {
    return Timeline.of(site.build()).stream().map(TimelineEntry::key).toList();
  }

  @Test
  void onTheSameFirstDayCoarserPrecisionComesFirst() {
    Fixture.SiteBuilder site = site().statements(
        report("a-day", "2024-01-01", "x", null),
        report("b-month", "2024-01", "x", null),
        report("c-year", "2024", "x", null));
    assertThat(keys(site)).containsExactly("statement:c-year", "statement:b-month", "statement:a-day");
  }

  @Test
  void theStartOfTheDateComesBeforePrecision() {
    Fixture.SiteBuilder site = site().statements(
        report("year", "2024", "x", null), report("late-december", "2023-12-31", "x", null));
    assertThat(keys(site)).containsExactly("statement:late-december", "statement:year");
  }

  @Test
  void sameDateIsOrderedByIdAcrossStatementsAndEvents() {
    Fixture.SiteBuilder site = site()
        .statements(report("b", "2024-03-07", "x", null), report("d", "2024-03-07", "x", null))
        .events(event("a", "2024-03-07", null), event("c", "2024-03-07", null));
    assertThat(keys(site)).containsExactly("event:a", "statement:b", "event:c", "statement:d");
  }

  @Test
  void aStatementAndAnEventSharingDateAndIdAreOrderedByKey() {
    Fixture.SiteBuilder site = site()
        .statements(report("summit", "2024-07-09", "x", null))
        .events(event("summit", "2024-07-09", null));
    assertThat(keys(site)).containsExactly("event:summit", "statement:summit");
  }

  @Test
  void aTermEndsBeforeTheNextStartsOnTheSameDay() {
    Fixture.SiteBuilder site = site().offices(office("sg", Rule.CONSENSUS, List.of(
        holder("stoltenberg", "2014-10-01", "2024-10-01"),
        holder("rutte", "2024-10-01", null))));
    assertThat(keys(site)).containsExactly("term-start:sg:0", "term-end:sg:0", "term-start:sg:1");
  }

  @Test
  void accessionsAreNumberedInTheOrderOfTheMembershipList() {
    Fixture.SiteBuilder site = site().countries(
        country("fr", period("1949-04-04", "1966"), period("2009-04-04", null)));
    List<TimelineEntry> timeline = Timeline.of(site.build());
    assertThat(timeline).extracting(TimelineEntry::key).containsExactly("accession:fr:0", "accession:fr:1");
    assertThat(timeline.get(1).date()).hasToString("2009-04-04");
  }

  @Test
  void impliedEntriesTakeTheirDatesFromTheTermAndPeriod() {
    Fixture.SiteBuilder site = site()
        .offices(office("sg", Rule.CONSENSUS, List.of(holder("luns", "1971-10", "1984-06-25"))))
        .countries(country("se", period("2024-03-07", null)));
    List<TimelineEntry> timeline = Timeline.of(site.build());
    assertThat(timeline).extracting(e -> e.key() + "@" + e.date())
        .containsExactly("term-start:sg:0@1971-10", "term-end:sg:0@1984-06-25", "accession:se:0@2024-03-07");
  }

  @Test
  void orderDoesNotDependOnTheOrderEntriesWereGiven() {
    TimelineEntry day = new TimelineEntry.StatementEntry(report("a", "2024-01-01", "x", null));
    TimelineEntry month = new TimelineEntry.StatementEntry(report("z", "2024-01", "x", null));
    assertThat(TimelineEntry.ORDER.compare(month, day)).isNegative();
    assertThat(TimelineEntry.ORDER.compare(day, month)).isPositive();
  }

  @Test
  void theSortByOrderKeysGivesTheOrderingRulesOrder() {
    java.util.Random random = new java.util.Random(5);
    List<String> dates = List.of("2023", "2023-12", "2023-12-31", "2024", "2024-01", "2024-01-01", "2024-01-02");
    List<TimelineEntry> entries = new java.util.ArrayList<>();
    for (int i = 0; i < 300; i++) {
      String date = dates.get(random.nextInt(dates.size()));
      String id = "s" + random.nextInt(40);
      entries.add(random.nextBoolean()
          ? new TimelineEntry.StatementEntry(report(id, date, "x", null))
          : new TimelineEntry.EventEntry(event(id, date, baton.model.EventStatus.HAPPENED)));
    }
    List<TimelineEntry> expected = new java.util.ArrayList<>(entries);
    expected.sort(TimelineEntry.ORDER);
    assertThat(Timeline.sorted(entries)).containsExactlyElementsOf(expected);
  }
}
