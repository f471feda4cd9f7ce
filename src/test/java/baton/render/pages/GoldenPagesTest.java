package baton.render.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import baton.testing.TestSite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reviewed golden pages of {@link SmallRace}: any change to what a page says or how it is marked up shows here as a
 * difference to review. After a deliberate change, regenerate them with
 * {@code mvn test -Dtest=GoldenPagesTest -Dbaton.golden.update=true} and review the diff before committing.
 */
class GoldenPagesTest {

  private static final Path GOLDEN = Path.of("src/test/resources/golden/small-race");
  private static final boolean UPDATE = Boolean.getBoolean("baton.golden.update");

  @TempDir static Path dir;
  static TestSite site;

  @BeforeAll
  static void build() {
    site = SmallRace.write(dir, "en");
    assertThat(site.build().status()).isZero();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "index.html", "timeline/index.html", "countries/index.html", "countries/bb/index.html",
        "statements/b-opposes/index.html", "events/summit/index.html", "offices/sg/index.html", "feed.xml",
        "calendar.ics"
      })
  void pageMatchesItsGoldenFile(String path) throws IOException {
    byte[] actual = Files.readAllBytes(site.out().resolve(path));
    Path golden = GOLDEN.resolve(path);
    if (UPDATE) {
      Files.createDirectories(golden.getParent());
      Files.write(golden, actual);
      return;
    }
    if (!Files.exists(golden)) {
      fail("no golden file " + golden + ": create it with -Dbaton.golden.update=true and review it");
    }
    List<String> expected = Files.readAllLines(golden, StandardCharsets.UTF_8);
    List<String> lines = new String(actual, StandardCharsets.UTF_8).lines().toList();
    assertThat(lines).as("%s differs from its golden file %s", path, golden).containsExactlyElementsOf(expected);
    assertThat(actual).isEqualTo(Files.readAllBytes(golden));
  }
}
