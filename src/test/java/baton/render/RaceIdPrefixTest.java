package baton.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RaceIdPrefixTest {

  @Test
  void anIdThatFitsInAPicturesPrefixIsKeptAndALongerOneGivesWayToThePlace() {
    String fits = "a".repeat(53); // race- + 53 + -chart = 64
    String tooLong = "a".repeat(54);

    assertThat(SitePages.raceIdPrefix(fits, 3)).isEqualTo("race-" + fits);
    assertThat(SitePages.raceIdPrefix(tooLong, 3)).isEqualTo("race_3");
    assertThat(SitePages.raceIdPrefix("mark-rutte", 1)).isEqualTo("race-mark-rutte");
  }
}
