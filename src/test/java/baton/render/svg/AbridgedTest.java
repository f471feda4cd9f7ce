package baton.render.svg;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The shortening that the support chart's and the tenure strip's text alternatives share. */
class AbridgedTest {

  private static List<String> abridged(int count, int most, int first, int latest) {
    return Svg.abridged(count, most, first, latest, i -> "#" + i, (from, to) -> "[" + from + ".." + (to - 1) + "]");
  }

  @Test
  void upToTheMostEveryItemIsTold() {
    assertThat(abridged(0, 5, 1, 2)).isEmpty();
    assertThat(abridged(5, 5, 1, 2)).containsExactly("#0", "#1", "#2", "#3", "#4");
  }

  @Test
  void pastTheMostTheFirstThenTheSkippedRunThenTheLatest() {
    assertThat(abridged(6, 5, 1, 2)).containsExactly("#0", "[1..3]", "#4", "#5");
    assertThat(abridged(30, 17, 2, 10))
        .containsExactly("#0", "#1", "[2..19]", "#20", "#21", "#22", "#23", "#24", "#25", "#26", "#27", "#28", "#29");
  }
}
