package baton.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import baton.testing.TestSite;
import baton.testing.TestSite.Run;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regressions, each named after what fuzzing found, as a user of {@code baton check} sees them. The inputs the fuzzer
 * found are replayed as they are by the fuzz tests ({@code found/} in their inputs folders); these are the smallest
 * sites that show the same fault.
 */
class FoundByFuzzingTest {

  @TempDir Path dir;

  private TestSite site() {
    TestSite site = TestSite.in(dir);
    FuzzSite.BASE.forEach(site::bytes);
    return site;
  }

  @Test
  void crAtTheEndOfTheYaml() {
    Run run = site().file("content/actors/x.yaml", "name: X\nkind\r").check();

    assertThat(run.diagnostics()).containsExactly(
        "content/actors/x.yaml:3:1: invalid YAML: expected ':' after a field name (write each field as 'name: value')");
  }

  @Test
  void aLineSeparatorShiftedTheYamlLines() {
    Run run = site().file("content/actors/x.yaml", "name: \"X\u2028Y\"\nkind: [\n").check();

    assertThat(run.diagnostics()).containsExactly("content/actors/x.yaml:1:9: invalid YAML: the character U+2028 is"
        + " not allowed (YAML reads it as a line break, which most editors do not show; use a normal line break, or"
        + " remove it)");
  }

  @Test
  void aNextLineShiftedTheFrontMatterLines() {
    Run run = site().file("content/pages/x.md", "---\ntitle: X\u0085kind: [\n---\nText.\n").check();

    assertThat(run.diagnostics()).containsExactly("content/pages/x.md:2:9: invalid YAML: the character U+0085 is not"
        + " allowed (YAML reads it as a line break, which most editors do not show; use a normal line break, or remove"
        + " it)");
    assertThat(run.err()).contains("    title: X\uFFFDkind: [\n            ^\n");
  }

  @Test
  void aLoneCrInTheFrontMatterShiftedTheBodyLines() {
    Run run = site().file("content/pages/x.md", "---\ntitle: \"A\rB\"\n---\nText \u0010 here\n").check();

    assertThat(run.diagnostics()).containsExactly("content/pages/x.md:5:6: control character U+0010 in the text"
        + " (remove it; it is invisible in most editors: retype the text around it)");
    assertThat(run.err()).contains("    Text \u2410 here\n         ^\n");
  }

  @Test
  void aFenceEndingInTwoCrsIsNoFence() {
    Run run = site().file("content/pages/x.md", "---\r\r\ntitle: X\n---\nText.\n").check();

    assertThat(run.diagnostics()).containsExactly("content/pages/x.md:1:1: a .md entry starts with a line '---'"
        + " followed by its front matter (put the entry's fields between two lines '---' at the top of the file)");
  }
}
