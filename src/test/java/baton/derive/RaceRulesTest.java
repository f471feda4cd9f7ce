package baton.derive;

import static baton.derive.RaceStatus.BLOCKED;
import static baton.derive.RaceStatus.MET;
import static baton.derive.RaceStatus.OPEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import baton.model.Rule;
import org.junit.jupiter.api.Test;

class RaceRulesTest {

  /** A tally of {@code members} with the given stances; the rest have none. */
  private static Tally tally(int members, int supports, int noObjection, int undecided, int opposes) {
    int none = members - supports - noObjection - undecided - opposes;
    return new Tally(members, supports, noObjection, undecided, opposes, none);
  }

  private static RaceStatus status(Rule rule, Tally tally) {
    return RaceRules.status(rule, tally);
  }

  @Test
  void majorityOfThreeNeedsTwo() {
    assertThat(status(Rule.MAJORITY, tally(3, 1, 0, 0, 0))).isEqualTo(OPEN);
    assertThat(status(Rule.MAJORITY, tally(3, 2, 0, 0, 0))).isEqualTo(MET);
  }

  @Test
  void majorityOfFourNeedsThreeBecauseHalfIsNotMoreThanHalf() {
    assertThat(status(Rule.MAJORITY, tally(4, 2, 0, 0, 0))).isEqualTo(OPEN);
    assertThat(status(Rule.MAJORITY, tally(4, 3, 0, 0, 0))).isEqualTo(MET);
  }

  @Test
  void majorityIsBlockedOnceHalfOppose() {
    assertThat(status(Rule.MAJORITY, tally(4, 0, 0, 0, 1))).isEqualTo(OPEN);
    assertThat(status(Rule.MAJORITY, tally(4, 2, 0, 0, 2))).isEqualTo(BLOCKED);
    assertThat(status(Rule.MAJORITY, tally(3, 1, 0, 0, 1))).isEqualTo(OPEN);
    assertThat(status(Rule.MAJORITY, tally(3, 0, 0, 0, 2))).isEqualTo(BLOCKED);
  }

  @Test
  void majorityNoObjectionIsNotSupport() {
    assertThat(status(Rule.MAJORITY, tally(3, 1, 2, 0, 0))).isEqualTo(OPEN);
  }

  @Test
  void twoThirdsOfThreeIsTwo() {
    assertThat(status(Rule.TWO_THIRDS, tally(3, 1, 0, 0, 0))).isEqualTo(OPEN);
    assertThat(status(Rule.TWO_THIRDS, tally(3, 2, 0, 0, 0))).isEqualTo(MET);
  }

  @Test
  void twoThirdsOfThirtyTwoIsTwentyTwo() {
    assertThat(status(Rule.TWO_THIRDS, tally(32, 21, 0, 0, 0))).isEqualTo(OPEN);
    assertThat(status(Rule.TWO_THIRDS, tally(32, 22, 0, 0, 0))).isEqualTo(MET);
  }

  @Test
  void twoThirdsIsBlockedOnceMoreThanAThirdOppose() {
    assertThat(status(Rule.TWO_THIRDS, tally(3, 0, 0, 0, 1))).isEqualTo(OPEN);
    assertThat(status(Rule.TWO_THIRDS, tally(3, 0, 0, 0, 2))).isEqualTo(BLOCKED);
    assertThat(status(Rule.TWO_THIRDS, tally(32, 0, 0, 0, 10))).isEqualTo(OPEN);
    assertThat(status(Rule.TWO_THIRDS, tally(32, 0, 0, 0, 11))).isEqualTo(BLOCKED);
  }

  @Test
  void consensusIsMetByAMixOfSupportAndNoObjection() {
    assertThat(status(Rule.CONSENSUS, tally(3, 1, 2, 0, 0))).isEqualTo(MET);
  }

  @Test
  void consensusWithOneUndecidedIsOpen() {
    assertThat(status(Rule.CONSENSUS, tally(3, 2, 0, 1, 0))).isEqualTo(OPEN);
  }

  @Test
  void consensusWithOneMemberSilentIsOpen() {
    assertThat(status(Rule.CONSENSUS, tally(3, 2, 0, 0, 0))).isEqualTo(OPEN);
  }

  @Test
  void consensusWithOneOpposingIsBlocked() {
    assertThat(status(Rule.CONSENSUS, tally(32, 31, 0, 0, 1))).isEqualTo(BLOCKED);
  }

  @Test
  void unanimityWithOneNoObjectionIsOpen() {
    assertThat(status(Rule.UNANIMITY, tally(3, 2, 1, 0, 0))).isEqualTo(OPEN);
    assertThat(status(Rule.UNANIMITY, tally(3, 3, 0, 0, 0))).isEqualTo(MET);
    assertThat(status(Rule.UNANIMITY, tally(3, 2, 0, 0, 1))).isEqualTo(BLOCKED);
  }

  @Test
  void aBodyWithNoMembersIsOpenUnderEveryRule() {
    for (Rule rule : Rule.values()) {
      assertThat(status(rule, Tally.EMPTY)).as(rule.code()).isEqualTo(OPEN);
    }
  }

  @Test
  void statusCodesAreTheWordsOfTheJsonExport() {
    assertThat(MET.code()).isEqualTo("met");
    assertThat(BLOCKED.code()).isEqualTo("blocked");
    assertThat(OPEN.code()).isEqualTo("open");
  }

  @Test
  void aTallyMustCountEveryMemberOnce() {
    assertThatThrownBy(() -> new Tally(3, 1, 1, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
