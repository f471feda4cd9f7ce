package baton.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class LimitsTest {

  @Test
  void defaultsAreOneMebibyteTwentyLevelsAndAHundredThousandFiles() {
    assertThat(Limits.defaults()).isEqualTo(new Limits(1_048_576, 20, 500_000));
  }

  @Test
  void nonsenseLimitsAreRefused() {
    assertThatIllegalArgumentException().isThrownBy(() -> new Limits(0, 20, 10));
    assertThatIllegalArgumentException().isThrownBy(() -> new Limits(1_000, 0, 10));
    assertThatIllegalArgumentException().isThrownBy(() -> new Limits(1_000, 20, 0));
  }

  @Test
  void nestingMayNotBeRaisedBeyondWhatTheStackHolds() {
    assertThatIllegalArgumentException().isThrownBy(() -> new Limits(1_000, 1_001, 10));
  }
}
