package baton.derive;

import static baton.derive.Fixture.joint;
import static baton.derive.Fixture.members;
import static baton.derive.Fixture.office;
import static baton.derive.Fixture.site;
import static baton.derive.Fixture.stance;
import static org.assertj.core.api.Assertions.assertThat;

import baton.model.Rule;
import baton.model.Stance;
import baton.model.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A site at the size SPEC's users reach: the figures still agree at scale. Speed is measured in bench/, not here;
 * work that grew with statements times days would make this test stall rather than fail.
 */
class ScaleTest {

  @Test
  void aHundredThousandStatementsGiveConsistentFigures() {
    String[] candidates = {"c1", "c2", "c3", "c4", "c5"};
    Stance[] stances = Stance.values();
    List<Statement> statements = new ArrayList<>();
    LocalDate first = LocalDate.of(2000, 1, 1);
    for (int i = 0; i < 100_000; i++) {
      String id = String.format("s%06d", i);
      String date = first.plusDays(i / 10).toString();
      String candidate = candidates[i % candidates.length];
      Stance s = stances[(i / 7) % stances.length];
      statements.add(i % 100 == 0
          ? joint(id, date, candidate, s)
          : stance(id, date, String.format("m%02d", 1 + i % 32), candidate, s));
    }
    Fixture.SiteBuilder site = site()
        .offices(office("sg", Rule.TWO_THIRDS, List.of(), candidates))
        .countries(members(32, "1990"))
        .statements(statements);

    Derived derived = site.derive();

    assertThat(derived.timeline()).hasSize(100_032);
    for (String candidate : candidates) {
      List<SeriesPoint> series = derived.race().series().get(candidate);
      assertThat(series.get(series.size() - 1).tally()).isEqualTo(derived.race().candidates().get(candidate).tally());
    }
  }
}
