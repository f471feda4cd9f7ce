package baton.derive;

import static baton.derive.Fixture.country;
import static baton.derive.Fixture.date;
import static baton.derive.Fixture.day;
import static baton.derive.Fixture.event;
import static baton.derive.Fixture.holder;
import static baton.derive.Fixture.joint;
import static baton.derive.Fixture.member;
import static baton.derive.Fixture.office;
import static baton.derive.Fixture.period;
import static baton.derive.Fixture.report;
import static baton.derive.Fixture.site;
import static baton.derive.Fixture.stance;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import baton.model.EntryDate;
import baton.model.Event;
import baton.model.EventKind;
import baton.model.EventStatus;
import baton.model.Holder;
import baton.model.Office;
import baton.model.Rule;
import baton.model.Stance;
import baton.model.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

class DerivationTest {

  private static final Office SG = office("sg", Rule.CONSENSUS, List.of(), "rutte", "iohannis");

  @Test
  void asOfDefaultsToTheLatestStatementOrEvent() {
    Derived derived = site()
        .statements(report("early", "2024-06-20", "x", null), report("month", "2024-06", "x", null))
        .events(event("summit", "2024-06-19", null))
        .derive();
    assertThat(derived.asOf()).isEqualTo(date("2024-06-20"));
    assertThat(derived.asOfDay()).isEqualTo(day("2024-06-20"));
  }

  @Test
  void aMonthAsOfCountsThroughTheLastDayOfTheMonth() {
    Derived derived = site()
        .asOf("2024-10")
        .offices(SG)
        .countries(member("nl", "1949-04-04"))
        .statements(stance("nl-1", "2024-10-31", "nl", "rutte", Stance.SUPPORTS))
        .events(event("in-month", "2024-10-31", null), event("after", "2024-11", null))
        .derive();

    assertThat(derived.asOfDay()).isEqualTo(day("2024-10-31"));
    assertThat(derived.race().asOf()).hasToString("2024-10");
    assertThat(derived.race().candidates().get("rutte").met()).isTrue();
    assertThat(derived.statusOf(event("in-month", "2024-10-31", null))).isEqualTo(EventStatus.HAPPENED);
    assertThat(derived.statusOf(event("after", "2024-11", null))).isEqualTo(EventStatus.SCHEDULED);
  }

  @Test
  void anEventAfterAsOfIsScheduledAndUpcoming() {
    Derived derived = site().asOf("2024-06-30").derive();
    Event summit = event("summit", "2024-07-09", null);
    assertThat(derived.statusOf(summit)).isEqualTo(EventStatus.SCHEDULED);
    assertThat(derived.isUpcoming(summit)).isTrue();
    assertThat(derived.isUpcoming(event("past", "2024-06-30", null))).isFalse();
  }

  @Test
  void aWrittenStatusWinsOverTheDefault() {
    Derived derived = site().asOf("2024-06-30").derive();
    Event overdue = event("vote", "2024-06-01", EventStatus.EXPECTED);
    Event calledOff = event("summit", "2024-07-09", EventStatus.CANCELLED);
    assertThat(derived.statusOf(overdue)).isEqualTo(EventStatus.EXPECTED);
    assertThat(derived.isUpcoming(overdue)).isTrue();
    assertThat(derived.statusOf(calledOff)).isEqualTo(EventStatus.CANCELLED);
    assertThat(derived.statusOf(event("early", "2024-07-01", EventStatus.HAPPENED))).isEqualTo(EventStatus.HAPPENED);
  }

  @Test
  void withoutStatementsOrEventsAsOfIsTheLatestTermOrMembershipDate() {
    Derived derived = site()
        .offices(office("sg", Rule.CONSENSUS, List.of(holder("stoltenberg", "2014-10-01", "2024-10-01"))))
        .countries(country("fr", period("1949-04-04", "2025")))
        .derive();
    assertThat(derived.asOf()).isEqualTo(date("2025"));
    assertThat(derived.asOfDay()).isEqualTo(day("2025-12-31"));
  }

  @Test
  void withNothingDatedThereIsNoAsOfAndNoRace() {
    Derived derived = site().offices(SG).countries(country("nl")).derive();
    assertThat(derived.asOf()).isNull();
    assertThat(derived.asOfDay()).isNull();
    assertThat(derived.raceOffice()).isEqualTo(SG);
    assertThat(derived.race()).isNull();
  }

  @Test
  void severalOfficesWithoutANamedOneHaveNoRace() {
    Office other = office("dsg", Rule.CONSENSUS, List.of(), "geoana");
    Fixture.SiteBuilder site = site().asOf("2024").offices(SG, other);
    assertThat(site.derive().race()).isNull();
    Derived named = site.raceOffice("dsg").derive();
    assertThat(named.raceOffice()).isEqualTo(other);
    assertThat(named.race().candidates()).containsOnlyKeys("geoana");
  }

  @Test
  void theRaceListsCandidatesInTheOfficeOrderAndEveryMemberByCountry() {
    Derived derived = site()
        .asOf("2024-06-26")
        .offices(SG)
        .countries(member("hu", "1999-03-12"), member("nl", "1949-04-04"), member("ua", "2100"))
        .statements(
            stance("hu-1", "2024-03-20", "hu", "rutte", Stance.OPPOSES),
            stance("hu-2", "2024-06-18", "hu", "rutte", Stance.WITHDRAWS),
            stance("nl-1", "2024-04-01", "nl", "iohannis", Stance.NO_OBJECTION))
        .derive();

    Race race = derived.race();
    assertThat(race.members()).isEqualTo(2);
    assertThat(race.day()).isEqualTo(day("2024-06-26"));
    assertThat(race.candidates().keySet()).containsExactly("rutte", "iohannis");
    assertThat(race.series().keySet()).containsExactly("rutte", "iohannis");
    RaceFigures rutte = race.candidates().get("rutte");
    assertThat(rutte.byCountry()).containsExactly(
        entry("hu", "none"), entry("nl", "none"));
    assertThat(rutte.tally()).isEqualTo(new Tally(2, 0, 0, 0, 0, 2));
    assertThat(race.candidates().get("iohannis").byCountry()).containsEntry("nl", "no-objection");
  }

  @Test
  void aWithdrawalCountsAsNoStance() {
    Derived derived = site()
        .asOf("2024-12")
        .offices(SG)
        .countries(member("hu", "1999-03-12"))
        .statements(
            stance("hu-1", "2024-03-20", "hu", "rutte", Stance.SUPPORTS),
            stance("hu-2", "2024-06-18", "hu", "rutte", Stance.WITHDRAWS))
        .derive();
    RaceFigures rutte = derived.race().candidates().get("rutte");
    assertThat(rutte.tally().none()).isEqualTo(1);
    assertThat(rutte.tally().supports()).isZero();
    assertThat(rutte.byCountry()).containsEntry("hu", "none");
    assertThat(rutte.status()).isEqualTo(RaceStatus.OPEN);
  }

  @Test
  void theTimelineHasEveryEntryOnce() {
    Derived derived = site()
        .offices(office("sg", Rule.CONSENSUS, List.of(holder("stoltenberg", "2014-10-01", "2024-10-01"),
            holder("rutte", "2024-10-01", null))))
        .countries(member("se", "2024-03-07"))
        .statements(report("s1", "2024-02", "x", null))
        .events(event("e1", "2024-07-09", null))
        .derive();
    assertThat(derived.timeline()).extracting(TimelineEntry::key).containsExactly(
        "term-start:sg:0", "statement:s1", "accession:se:0", "event:e1", "term-end:sg:0", "term-start:sg:1");
  }

  @Test
  void aTermEndingOnTheDayTheNextBeginsGivesTheDayToTheNext() {
    Office sg = office("sg", Rule.CONSENSUS, List.of(
        holder("stoltenberg", "2014-10-01", "2024-10-01"), holder("rutte", "2024-10-01", null)));
    assertThat(Terms.holderOn(sg, day("2024-09-30"))).get().extracting(Holder::actor).isEqualTo("stoltenberg");
    assertThat(Terms.holderOn(sg, day("2024-10-01"))).get().extracting(Holder::actor).isEqualTo("rutte");
    assertThat(Terms.holderOn(sg, day("2014-09-30"))).isEmpty();
  }

  @Test
  void lookupsListEntriesInTimelineOrder() {
    Statement byNl = stance("b-nl", "2024-04", "nl", "rutte", Stance.SUPPORTS);
    Statement jointEarly = joint("a-joint", "2024-02-22", "rutte", Stance.SUPPORTS);
    Statement mention = Fixture.statement("c-report", "2024-01", "press", List.of(), false, "rutte", null);
    Derived derived = site()
        .countries(member("nl", "1949-04-04"), member("se", "2024-03-07"))
        .statements(byNl, jointEarly, mention)
        .derive();

    assertThat(derived.statementsForCountry("nl")).containsExactly(jointEarly, byNl);
    assertThat(derived.statementsForCountry("se")).isEmpty();
    assertThat(derived.statementsByActor("gov-nl")).containsExactly(byNl);
    assertThat(derived.statementsMentioning("rutte")).containsExactly(mention, jointEarly, byNl);
    assertThat(derived.countriesOf(jointEarly)).containsExactly("nl");
    assertThat(derived.statementsByActor("nobody")).isEmpty();
  }

  @Test
  void eventsAreListedForTheirActorsAndCountries() {
    Event summit = new Event("summit", EntryDate.of(date("2024-07-09")), "Washington summit",
        EventKind.MEETING, null, List.of("rutte", "rutte"), List.of("us"), List.of(), false, null, null);
    Event earlier = new Event("nac", EntryDate.of(date("2024-06")), "North Atlantic Council",
        EventKind.APPOINTMENT, null, List.of("rutte"), List.of(), List.of(), false, null, null);
    Derived derived = site().events(summit, earlier).derive();

    assertThat(derived.eventsForActor("rutte")).containsExactly(earlier, summit);
    assertThat(derived.eventsForCountry("us")).containsExactly(summit);
    assertThat(derived.eventsForCountry("nl")).isEmpty();
  }
}
