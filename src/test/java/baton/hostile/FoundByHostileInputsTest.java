package baton.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import baton.testing.TestSite;
import baton.testing.TestSite.Run;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regressions, each named after what the hostile inputs found broken. (Most findings are cases of
 * {@link HostileCases} of the same name; these are the ones that need a closer look than a case gives.)
 */
class FoundByHostileInputsTest {

  @TempDir Path dir;

  private TestSite site() {
    return GoodSite.writeTo(TestSite.in(dir));
  }

  @Test
  void aHalfMegabyteValueWasEchoedWholeInItsMessage() {
    Run run = site().file("content/actors/long.yaml", "name: Long\nkind: " + "x".repeat(500_000) + "\n").build();
    assertThat(run.diagnostics()).containsExactly("content/actors/long.yaml:2:7: 'kind' cannot be '"
        + "x".repeat(57) + "…' (one of: person, government, organisation, outlet, group)");
    assertThat(run.err().length()).isLessThan(1_000);
  }

  @Test
  void escapeSequencesInAFileReachedTheTerminal() {
    Run run = site()
        .file("content/pages/bell.md", "---\ntitle: Bell\n---\nRing \u001b[2J\u001b[31m the bell\n")
        .file("content/actors/\u001b[31mred.yaml", "name: Red\nkind: person\n")
        .build();
    assertThat(run.err()).doesNotContain("\u001b");
    assertThat(run.diagnostics()).containsExactly(
        "content/actors/␛[31mred.yaml:1:1: invalid id '␛[31mred' (ids are lower-case letters and digits joined by"
            + " single hyphens, at most 80 characters: rename the file, e.g. to '31mred')",
        "content/pages/bell.md:4:6: control character U+001B in the text"
            + " (remove it; it is invisible in most editors: retype the text around it)");
    assertThat(run.err()).contains("    Ring ␛[2J␛[31m the bell\n         ^\n");
  }

  @Test
  void aControlCharacterWrittenAsAnEscapeWasPublished() {
    Run run = site().file("content/actors/reuters.yaml", "name: \"Reu\\0ters\"\nkind: outlet\n").build();
    assertThat(run.diagnostics()).containsExactly("content/actors/reuters.yaml:1:7: the text holds the control character"
        + " U+0000 (remove the escape that writes it, such as \\e or \\0: text may not hold control characters)");
  }

  @Test
  void theOutputFolderCouldOnlyBeReadByItsOwner() throws IOException {
    Assumptions.assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
    TestSite site = site();
    assertThat(site.build().status()).isZero();
    // Whatever the umask, the output folder gets the permissions any new folder gets, as a web server expects.
    Path plain = Files.createDirectory(dir.resolve("target/plain"));
    assertThat(Files.getPosixFilePermissions(site.out())).isEqualTo(Files.getPosixFilePermissions(plain));
  }

  @Test
  void aLongKeyWasReportedAsAMissingColon() {
    Run run = site().file("content/actors/key.yaml", "name: Key\nkind: person\n" + "k".repeat(2_000) + ": 1\n").build();
    assertThat(run.diagnostics()).containsExactly("content/actors/key.yaml:3:2001: invalid YAML: a field name longer"
        + " than 1024 characters (field names are short words such as 'name' or 'date'; check that this line is what you"
        + " meant)");
  }

  @Test
  void aReferenceThatIsAPathWasToldToCreateAFileThere() {
    Run run = site().file("content/actors/mark-rutte.yaml", "name: Mark Rutte\nkind: person\ncountry: ../nl\n")
        .file("content/statements/s.md", "---\ndate: 2024-03-01\nactor: Mark-Rutte\n---\n")
        .build();
    assertThat(run.diagnostics()).containsExactly(
        "content/actors/mark-rutte.yaml:3:10: unknown country '../nl' (this is not an id: write the country's id,"
            + " its file name without extension, e.g. nl for content/countries/nl.yaml)",
        "content/statements/s.md:3:8: unknown actor 'Mark-Rutte' (did you mean 'mark-rutte'?)");
  }

  @Test
  void theSuggestedNameForAReservedOrOverlongIdWasTheSameName() {
    Run run = site().file("content/actors/aux.yaml", "name: Aux\nkind: person\n")
        .file("content/actors/" + "ab-".repeat(30) + "c.yaml", "name: Long\nkind: person\n")
        .build();
    assertThat(run.diagnostics()).containsExactly(
        "content/actors/" + "ab-".repeat(30) + "c.yaml:1:1: id is longer than 80 characters (ids are lower-case"
            + " letters and digits joined by single hyphens, at most 80 characters: rename the file, e.g. to '"
            + "ab-".repeat(26) + "ab')",
        "content/actors/aux.yaml:1:1: id 'aux' is a reserved file name on Windows (Windows can create no file of"
            + " that name, whatever its extension: rename the file, e.g. to 'aux-1')");
  }
}
