package baton.derive;

import static baton.derive.Fixture.day;
import static baton.derive.Fixture.joint;
import static baton.derive.Fixture.member;
import static baton.derive.Fixture.members;
import static baton.derive.Fixture.office;
import static baton.derive.Fixture.site;
import static baton.derive.Fixture.stance;
import static org.assertj.core.api.Assertions.assertThat;

import baton.model.Rule;
import baton.model.Stance;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeriesTest {

  private static List<SeriesPoint> series(Fixture.SiteBuilder site) {
    return site.derive().race().series().get("rutte");
  }

  @Test
  void swedenJoiningAddsAPointWithOneMoreMemberWithoutStance() {
    Fixture.SiteBuilder site = site()
        .asOf("2024-06")
        .offices(office("sg", Rule.CONSENSUS, List.of(), "rutte"))
        .countries(members(31, "1949-04-04"))
        .countries(member("se", "2024-03-07"))
        .statements(joint("nac-backs", "2024-02-22", "rutte", Stance.SUPPORTS));

    assertThat(series(site)).containsExactly(
        new SeriesPoint(day("1949-04-04"), new Tally(31, 0, 0, 0, 0, 31), RaceStatus.OPEN),
        new SeriesPoint(day("2024-02-22"), new Tally(31, 31, 0, 0, 0, 0), RaceStatus.MET),
        new SeriesPoint(day("2024-03-07"), new Tally(32, 31, 0, 0, 0, 1), RaceStatus.OPEN));
  }

  @Test
  void supportsOpposesWithdrawsFlipsConsensusOpenBlockedOpen() {
    Fixture.SiteBuilder site = site()
        .asOf("2024-12")
        .offices(office("sg", Rule.CONSENSUS, List.of(), "rutte"))
        .countries(member("hu", "1999-03-12"), member("nl", "1949-04-04"))
        .statements(
            stance("nl-1", "2023-10-20", "nl", "rutte", Stance.SUPPORTS),
            stance("hu-1", "2024-02-01", "hu", "rutte", Stance.SUPPORTS),
            stance("hu-2", "2024-03-20", "hu", "rutte", Stance.OPPOSES),
            stance("hu-3", "2024-06-18", "hu", "rutte", Stance.WITHDRAWS));

    assertThat(series(site)).extracting(p -> p.date() + " " + p.status().code() + " none=" + p.tally().none())
        .containsExactly(
            "1949-04-04 open none=1",
            "1999-03-12 open none=2",
            "2023-10-20 open none=1",
            "2024-02-01 met none=0",
            "2024-03-20 blocked none=0",
            "2024-06-18 open none=1");
  }

  @Test
  void aReiteratedStanceMakesNoNewPoint() {
    Fixture.SiteBuilder site = site()
        .asOf("2024-12")
        .offices(office("sg", Rule.MAJORITY, List.of(), "rutte"))
        .countries(member("nl", "1949-04-04"))
        .statements(
            stance("nl-1", "2024-02-01", "nl", "rutte", Stance.SUPPORTS),
            stance("nl-2", "2024-04-17", "nl", "rutte", Stance.SUPPORTS));

    assertThat(series(site)).extracting(SeriesPoint::date).containsExactly(day("1949-04-04"), day("2024-02-01"));
  }

  @Test
  void aStanceOfACountryNotYetMemberCountsWhenItJoins() {
    Fixture.SiteBuilder site = site()
        .asOf("2024-12")
        .offices(office("sg", Rule.UNANIMITY, List.of(), "rutte"))
        .countries(member("nl", "1949-04-04"), member("se", "2024-03-07"))
        .statements(
            stance("nl-1", "2024-01-10", "nl", "rutte", Stance.SUPPORTS),
            stance("se-1", "2024-01-15", "se", "rutte", Stance.SUPPORTS));

    assertThat(series(site)).extracting(p -> p.date() + " " + p.tally().members() + "/" + p.tally().supports())
        .containsExactly("1949-04-04 1/0", "2024-01-10 1/1", "2024-03-07 2/2");
  }

  @Test
  void theSeriesStopsAtTheAsOfDay() {
    Fixture.SiteBuilder site = site()
        .asOf("2024-03")
        .offices(office("sg", Rule.CONSENSUS, List.of(), "rutte"))
        .countries(member("nl", "1949-04-04"))
        .statements(
            stance("nl-1", "2024-03-31", "nl", "rutte", Stance.SUPPORTS),
            stance("nl-2", "2024-04-01", "nl", "rutte", Stance.OPPOSES));

    List<SeriesPoint> series = series(site);
    assertThat(series).extracting(SeriesPoint::date).containsExactly(day("1949-04-04"), day("2024-03-31"));
    assertThat(series.get(1).met()).isTrue();
  }

  @Test
  void theLastPointHasTheFiguresOfTheRace() {
    Fixture.SiteBuilder site = site()
        .asOf("2024-06-30")
        .offices(office("sg", Rule.TWO_THIRDS, List.of(), "rutte"))
        .countries(members(5, "1949-04-04"))
        .countries(member("se", "2024-03-07"), Fixture.country("fr", Fixture.period("1949", "2024-04")))
        .statements(
            joint("all-undecided", "2024-01", "rutte", Stance.UNDECIDED),
            stance("m01-yes", "2024-02-02", "m01", "rutte", Stance.SUPPORTS),
            stance("fr-no", "2024-02-03", "fr", "rutte", Stance.OPPOSES),
            stance("se-yes", "2024-05-05", "se", "rutte", Stance.SUPPORTS));

    Race race = site.derive().race();
    List<SeriesPoint> series = race.series().get("rutte");
    assertThat(series.get(series.size() - 1).tally()).isEqualTo(race.candidates().get("rutte").tally());
    assertThat(race.candidates().get("rutte").tally()).isEqualTo(new Tally(6, 2, 0, 4, 0, 0));
  }
}
