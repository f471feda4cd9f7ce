package baton.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Dates sort by their first day, then coarser precision first (SPEC 2), however they are compared. */
class PartialDateOrderTest {

  /** The order of SPEC 2 as it reads: the first day the date stands for, then coarser precision first. */
  private static final Comparator<PartialDate> SPEC_ORDER =
      Comparator.comparing(PartialDate::start).thenComparing(PartialDate::precision);

  @Test
  void aCoarserDateSortsBeforeAFinerOneStartingTheSameDay() {
    PartialDate year = PartialDate.ofYear(2024);
    PartialDate month = PartialDate.ofMonth(2024, 1);
    PartialDate day = PartialDate.of(2024, 1, 1);
    assertThat(List.of(day, month, year).stream().sorted().toList()).containsExactly(year, month, day);
    assertThat(PartialDate.of(2023, 12, 31)).isLessThan(year);
    assertThat(PartialDate.ofMonth(2024, 2)).isGreaterThan(PartialDate.of(2024, 1, 31));
  }

  @Test
  void compareToAndTheOrderKeyAgreeWithTheOrderByFirstDayAndPrecision() {
    Random random = new Random(2024);
    List<PartialDate> dates = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      int year = 2022 + random.nextInt(3);
      int month = 1 + random.nextInt(3);
      int day = 1 + random.nextInt(2);
      dates.add(switch (random.nextInt(3)) {
        case 0 -> PartialDate.ofYear(year);
        case 1 -> PartialDate.ofMonth(year, month);
        default -> PartialDate.of(year, month, day);
      });
    }
    for (PartialDate a : dates) {
      for (PartialDate b : dates) {
        int expected = Integer.signum(SPEC_ORDER.compare(a, b));
        assertThat(Integer.signum(a.compareTo(b))).as("%s vs %s", a, b).isEqualTo(expected);
        assertThat(Long.signum(Long.compare(a.orderKey(), b.orderKey()))).as("keys of %s vs %s", a, b)
            .isEqualTo(expected);
      }
    }
  }
}
