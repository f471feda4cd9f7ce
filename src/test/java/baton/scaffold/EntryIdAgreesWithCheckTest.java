package baton.scaffold;

import static org.assertj.core.api.Assertions.assertThat;

import baton.testing.TestSite;
import baton.testing.TestSite.Run;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link EntryId} repeats the id rules that {@code baton.validate} keeps to itself. For ids on both sides of each
 * rule, {@code new} must refuse exactly those that {@code check} rejects as a file name.
 */
class EntryIdAgreesWithCheckTest {

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(
      strings = {
        "a", "mark-rutte", "a1-2b", "x-", "-x", "a--b", "a_b", "A", "aux", "aux1", "lpt9", "lpt0", "com10",
        "nul-x", "\u00e9lys\u00e9e"
      })
  void newRefusesExactlyTheIdsCheckRejects(String id) {
    TestSite site = TestSite.in(dir).file("content/site.yaml", TestSite.SITE_YAML);
    boolean newAccepts = site.run("new", "page", id).status() == 0;

    site.file("content/pages/" + id + ".md", "---\ntitle: A page\n---\n");
    Run check = site.check();
    boolean checkAccepts = check.status() == 0;

    assertThat(newAccepts).as("new accepts '" + id + "' as check does: " + check.err()).isEqualTo(checkAccepts);
  }
}
