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
}
