package baton.content;

import static org.assertj.core.api.Assertions.assertThat;

import baton.diag.DiagnosticPrinter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The text of every file read, for printing a diagnostic with its line. */
class SourceTextTest {

  @TempDir Path dir;

  @Test
  void linesAreOneBasedWithoutTheirLineEnds() {
    SourceText sources = new SourceText();
    sources.put("content/a.md", "first\r\nsecond\nthird\rfourth");

    assertThat(sources.line("content/a.md", 1)).isEqualTo("first");
    assertThat(sources.line("content/a.md", 2)).isEqualTo("second");
    assertThat(sources.line("content/a.md", 3)).isEqualTo("third");
    assertThat(sources.line("content/a.md", 4)).isEqualTo("fourth");
  }

  @Test
  void unknownFilesAndLinesAreNull() {
    SourceText sources = new SourceText();
    sources.put("content/a.md", "only\n");

    assertThat(sources.line("content/b.md", 1)).isNull();
    assertThat(sources.line("content/a.md", 0)).isNull();
    assertThat(sources.line("content/a.md", 2)).isEqualTo("");
    assertThat(sources.line("content/a.md", 3)).isNull();
  }

  @Test
  void aDiagnosticInFrontMatterIsPrintedWithItsLineAndCaret() {
    TestSite.Result result = TestSite.withSettings(dir).file("content/statements/x.md", """
        ---
        date: 2024-02-22
        actor: &uk uk
        ---
        Body
        """).load();

    String printed = new DiagnosticPrinter(result.loaded().sources()::line).print(result.diagnostics());

    assertThat(printed).isEqualTo("""
        content/statements/x.md:3:8: YAML anchors and aliases are not supported (write the value out)
            actor: &uk uk
                   ^
        """);
  }

  @Test
  void ofAnEntryReadWithoutAProblemOnlyTheFrontMatterIsKept() {
    String clean = "content/statements/a.md";
    String broken = "content/statements/b.md";
    TestSite.Result result = TestSite.withSettings(dir)
        .file(clean, "---\ndate: 2024-02-22\nactor: uk\n---\nFirst line of the body.\nSecond.\n")
        .file(broken, "---\ndate: 2024-02-22\nactor: uk\n---\nA bell \u0007 rings.\n")
        .load();
    SourceText sources = result.loaded().sources();

    assertThat(sources.line(clean, 3)).isEqualTo("actor: uk");
    assertThat(sources.line(clean, 4)).isEqualTo("---");
    assertThat(sources.line(clean, 5)).as("the body, held by the entry").isIn("", null);
    assertThat(sources.line(broken, 5)).as("the line its problem points at").isEqualTo("A bell \u0007 rings.");
    assertThat(result.diagnostics().inOrder()).hasSize(1);
  }

  @Test
  void loadingTwiceGivesTheSameEntriesAndDiagnostics() {
    TestSite site = TestSite.withSettings(dir);
    for (int i = 0; i < 50; i++) {
      site.file("content/actors/ok" + i + ".yaml", "name: A" + i + "\nkind: person\n");
      site.file("content/actors/bad" + i + ".yaml", "name: [\n");
    }

    TestSite.Result first = site.load();
    TestSite.Result second = site.load();

    assertThat(first.problems()).hasSize(50).isEqualTo(second.problems());
    assertThat(first.loaded().entries()).hasSize(51).isEqualTo(second.loaded().entries());
  }
}
