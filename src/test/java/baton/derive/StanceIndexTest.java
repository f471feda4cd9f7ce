package baton.derive;

import static baton.derive.Fixture.day;
import static baton.derive.Fixture.joint;
import static baton.derive.Fixture.member;
import static baton.derive.Fixture.report;
import static baton.derive.Fixture.stance;
import static org.assertj.core.api.Assertions.assertThat;

import baton.model.Stance;
import baton.model.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

class StanceIndexTest {

  private static final Memberships NL_AND_HU =
      Memberships.of(List.of(member("hu", "1999-03-12"), member("nl", "1949-04-04")));

  private static StanceIndex index(Memberships memberships, Statement... statements) {
    return StanceIndex.of(List.of(statements), memberships);
  }

  @Test
  void supportsThenOpposesThenWithdrawsHoldsEachUntilTheNext() {
    StanceIndex stances = index(NL_AND_HU,
        stance("hu-3", "2024-06-18", "hu", "rutte", Stance.WITHDRAWS),
        stance("hu-1", "2024-02-01", "hu", "rutte", Stance.SUPPORTS),
        stance("hu-2", "2024-03-20", "hu", "rutte", Stance.OPPOSES));

    assertThat(stances.stanceAt("hu", "rutte", day("2024-01-31"))).isNull();
    assertThat(stances.stanceAt("hu", "rutte", day("2024-02-01"))).isEqualTo(Stance.SUPPORTS);
    assertThat(stances.stanceAt("hu", "rutte", day("2024-03-19"))).isEqualTo(Stance.SUPPORTS);
    assertThat(stances.stanceAt("hu", "rutte", day("2024-03-20"))).isEqualTo(Stance.OPPOSES);
    assertThat(stances.stanceAt("hu", "rutte", day("2024-06-17"))).isEqualTo(Stance.OPPOSES);
    assertThat(stances.stanceAt("hu", "rutte", day("2024-06-18"))).isNull();
    assertThat(stances.history("hu", "rutte")).extracting(StanceChange::stance)
        .containsExactly(Stance.SUPPORTS, Stance.OPPOSES, Stance.WITHDRAWS);
  }

  @Test
  void aStatementDatedToTheMonthCountsFromItsFirstDay() {
    StanceIndex stances = index(NL_AND_HU, stance("nl-1", "2024-03", "nl", "rutte", Stance.SUPPORTS));

    assertThat(stances.stanceAt("nl", "rutte", day("2024-02-29"))).isNull();
    assertThat(stances.stanceAt("nl", "rutte", day("2024-03-01"))).isEqualTo(Stance.SUPPORTS);
    assertThat(stances.history("nl", "rutte").get(0).day()).isEqualTo(day("2024-03-01"));
  }

  @Test
  void onASharedFirstDayTheFinerDateIsTheLatest() {
    StanceIndex stances = index(NL_AND_HU,
        stance("a-day", "2024-03-01", "nl", "rutte", Stance.OPPOSES),
        stance("z-month", "2024-03", "nl", "rutte", Stance.SUPPORTS));
    assertThat(stances.stanceAt("nl", "rutte", day("2024-03-01"))).isEqualTo(Stance.OPPOSES);
  }

  @Test
  void onTheSameDateTheLaterIdIsTheLatest() {
    StanceIndex stances = index(NL_AND_HU,
        stance("nl-b", "2024-03-01", "nl", "rutte", Stance.OPPOSES),
        stance("nl-a", "2024-03-01", "nl", "rutte", Stance.SUPPORTS));
    assertThat(stances.stanceAt("nl", "rutte", day("2024-03-01"))).isEqualTo(Stance.OPPOSES);
  }

  @Test
  void aJointStatementCountsForTheMembersOnItsDayOnly() {
    Memberships memberships = Memberships.of(List.of(member("nl", "1949-04-04"), member("se", "2024-03-07")));
    StanceIndex stances = index(memberships, joint("nac-backs", "2024-02-22", "rutte", Stance.SUPPORTS));

    assertThat(stances.stanceAt("nl", "rutte", day("2024-06-26"))).isEqualTo(Stance.SUPPORTS);
    assertThat(stances.stanceAt("se", "rutte", day("2024-06-26"))).isNull();
    assertThat(stances.historyOf("se")).isEmpty();
  }

  @Test
  void statementsWithoutCandidateOrStanceDoNotCount() {
    StanceIndex stances = index(NL_AND_HU,
        report("rumour", "2024-01-01", "gov-nl", "rutte"),
        Fixture.statement("no-candidate", "2024-01-01", "gov-nl", List.of("nl"), false, null, Stance.SUPPORTS));
    assertThat(stances.historyOf("nl")).isEmpty();
    assertThat(stances.changeDays("rutte")).isEmpty();
  }

  @Test
  void aCountryHistoryCoversEveryCandidateInOrder() {
    StanceIndex stances = index(NL_AND_HU,
        stance("nl-2", "2024-04", "nl", "iohannis", Stance.OPPOSES),
        stance("nl-1", "2023-11-01", "nl", "rutte", Stance.SUPPORTS),
        stance("nl-3", "2024-05-02", "nl", "rutte", Stance.SUPPORTS));

    assertThat(stances.historyOf("nl")).extracting(c -> c.statement().id())
        .containsExactly("nl-1", "nl-2", "nl-3");
    assertThat(stances.changeDays("rutte")).containsExactly(day("2023-11-01"), day("2024-05-02"));
  }
}
