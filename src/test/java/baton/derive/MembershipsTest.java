package baton.derive;

import static baton.derive.Fixture.country;
import static baton.derive.Fixture.day;
import static baton.derive.Fixture.member;
import static baton.derive.Fixture.members;
import static baton.derive.Fixture.period;
import static org.assertj.core.api.Assertions.assertThat;

import baton.model.Country;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MembershipsTest {

  @Test
  void swedenMakesThirtyTwoFromTheSeventhOfMarch() {
    List<Country> countries = new ArrayList<>(members(31, "1949-04-04"));
    countries.add(member("se", "2024-03-07"));
    Memberships memberships = Memberships.of(countries);

    assertThat(memberships.countAt(day("2024-02-22"))).isEqualTo(31);
    assertThat(memberships.countAt(day("2024-03-06"))).isEqualTo(31);
    assertThat(memberships.countAt(day("2024-03-07"))).isEqualTo(32);
    assertThat(memberships.membersAt(day("2024-03-07"))).contains("se").isSorted();
    assertThat(memberships.isMember("se", day("2024-03-06"))).isFalse();
    assertThat(memberships.changeDays()).containsExactly(day("1949-04-04"), day("2024-03-07"));
  }

  @Test
  void aMembershipEndingInAYearLastsToItsLastDay() {
    Memberships memberships = Memberships.of(List.of(country("fr", period("1949", "2024"))));

    assertThat(memberships.membersAt(day("1949-01-01"))).containsExactly("fr");
    assertThat(memberships.membersAt(day("2024-12-31"))).containsExactly("fr");
    assertThat(memberships.membersAt(day("2025-01-01"))).isEmpty();
    assertThat(memberships.changeDays()).containsExactly(day("1949-01-01"), day("2025-01-01"));
  }

  @Test
  void aCountryCanLeaveAndRejoin() {
    Memberships memberships = Memberships.of(List.of(
        country("fr", period("1949-04-04", "1966-07-01"), period("2009-04-04", null)),
        member("nl", "1949-04-04")));

    assertThat(memberships.membersAt(day("1966-07-01"))).containsExactly("fr", "nl");
    assertThat(memberships.membersAt(day("1966-07-02"))).containsExactly("nl");
    assertThat(memberships.membersAt(day("2009-04-04"))).containsExactly("fr", "nl");
  }

  @Test
  void noOneIsAMemberBeforeTheFirstAccession() {
    Memberships memberships = Memberships.of(List.of(member("nl", "1949-04-04")));
    assertThat(memberships.membersAt(day("1949-04-03"))).isEmpty();
    assertThat(memberships.countAt(day("1900-01-01"))).isZero();
  }

  @Test
  void periodsOfOneCountryThatTouchDoNotEndItsMembership() {
    Memberships memberships = Memberships.of(List.of(
        country("nl", period("1949-04-04", "1999-12-31"), period("2000-01-01", null))));
    assertThat(memberships.membersAt(day("2000-01-01"))).containsExactly("nl");
  }

  @Test
  void aJointStatementSpeaksForTheMembersOnItsFirstDay() {
    Memberships memberships = Memberships.of(List.of(member("nl", "1949"), member("se", "2024-03-07")));
    assertThat(memberships.countriesFor(Fixture.joint("j1", "2024-03", "rutte", null))).containsExactly("nl");
    assertThat(memberships.countriesFor(Fixture.joint("j2", "2024-03-07", "rutte", null)))
        .containsExactly("nl", "se");
  }

  @Test
  void aCountryWrittenTwiceIsSpokenForOnce() {
    Memberships memberships = Memberships.of(List.of(member("nl", "1949")));
    assertThat(memberships.countriesFor(
        Fixture.statement("s", "2024", "x", List.of("nl", "be", "nl"), false, null, null)))
        .containsExactly("nl", "be");
  }
}
