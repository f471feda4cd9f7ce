package baton.render.svg;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Coordinates are written with at most one decimal, the same digits as {@code %.1f} would give. */
class SvgNumbersTest {

  @Test
  void numbersHaveOneDecimalAtMostAndNoNegativeZero() {
    assertThat(Svg.num(0)).isEqualTo("0");
    assertThat(Svg.num(-0.04)).isEqualTo("0");
    assertThat(Svg.num(12)).isEqualTo("12");
    assertThat(Svg.num(12.04)).isEqualTo("12");
    assertThat(Svg.num(12.05)).isEqualTo("12.1");
    assertThat(Svg.num(-0.5)).isEqualTo("-0.5");
    assertThat(Svg.num(-12.25)).isEqualTo("-12.2"); // Math.round: half up, towards positive infinity
    assertThat(Svg.num(1234.56)).isEqualTo("1234.6");
  }

  @Test
  void agreesWithFormattingTheRoundedTenths() {
    Random random = new Random(29);
    for (int i = 0; i < 100_000; i++) {
      double v = (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(6));
      long tenths = Math.round(v * 10);
      String expected = tenths == 0 ? "0" : tenths % 10 == 0 ? Long.toString(tenths / 10)
          : String.format(Locale.ROOT, "%.1f", tenths / 10.0);
      assertThat(Svg.num(v)).as("%s", v).isEqualTo(expected);
    }
  }
}
