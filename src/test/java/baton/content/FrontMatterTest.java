package baton.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a .md entry splits into front matter and body, and where its values are. */
class FrontMatterTest {

  @TempDir Path dir;

  @Test
  void aNestedValueIsAtItsRealLineAndColumnInTheFile() {
    TestSite.Result result = TestSite.withSettings(dir).file("content/statements/2024/uk-backs-rutte.md", """
        ---
        date: 2024-02-22
        actor: uk
        source:
          - outlet: Reuters
            url: https://example.com/uk
        ---
        The UK backs Rutte.
        """).load();

    assertThat(result.problems()).isEmpty();
    Seq sources = (Seq) result.value("content/statements/2024/uk-backs-rutte.md", "source");
    Mapping first = (Mapping) sources.items().get(0);
    assertThat(sources.pos()).hasToString("content/statements/2024/uk-backs-rutte.md:5:3");
    assertThat(first.field("url").keyPos()).hasToString("content/statements/2024/uk-backs-rutte.md:6:5");
    assertThat(first.field("url").value().pos()).hasToString("content/statements/2024/uk-backs-rutte.md:6:10");
    assertThat(((Scalar) first.field("url").value()).text()).isEqualTo("https://example.com/uk");
  }

  @Test
  void theBodyIsWhatFollowsTheClosingLineAndKnowsItsFirstLine() {
    TestSite.Result result = TestSite.withSettings(dir).file("content/pages/about.md", """
        ---
        title: About
        ---
        # About

        Who we are.
        """).load();

    RawEntry page = result.entry("content/pages/about.md");
    assertThat(page.body()).isEqualTo("# About\n\nWho we are.\n");
    assertThat(page.bodyLine()).isEqualTo(4);
  }

  @Test
  void fenceLinesMayEndInBlanks() {
    TestSite.Result result = TestSite.withSettings(dir)
        .file("content/pages/about.md", "---  \ntitle: About\n--- \t\nBody\n")
        .load();

    assertThat(result.problems()).isEmpty();
    assertThat(result.entry("content/pages/about.md").body()).isEqualTo("Body\n");
  }

  @Test
  void anEntryMayEndAtTheClosingLine() {
    TestSite.Result result = TestSite.withSettings(dir).file("content/pages/about.md", "---\ntitle: About\n---").load();

    assertThat(result.problems()).isEmpty();
    assertThat(result.entry("content/pages/about.md").body()).isEmpty();
  }

  @Test
  void aMarkdownFileWithoutFrontMatterIsAnError() {
    TestSite.Result result =
        TestSite.withSettings(dir).file("content/pages/about.md", "# About\n\nWho we are.\n").load();

    assertThat(result.problems()).containsExactly("content/pages/about.md:1:1: a .md entry starts with a line '---'"
        + " followed by its front matter (put the entry's fields between two lines '---' at the top of the file)");
    assertThat(result.files()).containsExactly("content/site.yaml");
  }

  @Test
  void aFirstLineWithMoreThanTheFenceIsNoOpening() {
    TestSite.Result result =
        TestSite.withSettings(dir).file("content/pages/about.md", "--- title: About\n---\n").load();

    assertThat(result.problems()).containsExactly("content/pages/about.md:1:1: a .md entry starts with a line '---'"
        + " followed by its front matter (put the entry's fields between two lines '---' at the top of the file)");
  }

  @Test
  void frontMatterThatIsNeverClosedIsAnErrorAtTheOpeningLine() {
    TestSite.Result result = TestSite.withSettings(dir)
        .file("content/pages/about.md", "---\ntitle: About\n\n# About\n")
        .load();

    assertThat(result.problems())
        .containsExactly("content/pages/about.md:1:1: front matter is never closed (add a line '---' after it)");
  }

  @Test
  void emptyFrontMatterIsAnError() {
    TestSite.Result result = TestSite.withSettings(dir).file("content/pages/about.md", "---\n---\nBody\n").load();

    assertThat(result.problems()).containsExactly("content/pages/about.md:1:1: the front matter is empty"
        + " (write the entry's fields as 'name: value' lines between the two '---' lines)");
  }

  @Test
  void aYamlErrorInFrontMatterIsAtItsLineInTheFile() {
    TestSite.Result result = TestSite.withSettings(dir).file("content/statements/x.md", """
        ---
        date: 2024-02-22
        quote: "we back him
        ---
        Body
        """).load();

    assertThat(result.problems()).containsExactly("content/statements/x.md:4:1: invalid YAML: the front matter ends"
        + " inside a value (in the quoted text that starts at line 3, column 8)");
  }

  @Test
  void theBodysLineIsCountedAsPositionsCountLinesWhateverTheLineEnds() {
    java.util.Random random = new java.util.Random(5);
    String[] ends = {"\n", "\n", "\n", "\r\n", "\r"};
    for (int i = 0; i < 2_000; i++) {
      StringBuilder text = new StringBuilder("---").append(ends[random.nextInt(ends.length)]);
      for (int lines = random.nextInt(6); lines > 0; lines--) {
        text.append("a: ").append(lines).append(ends[random.nextInt(ends.length)]);
      }
      int fence = text.length();
      text.append("---").append(ends[random.nextInt(3)]).append("Body.\n");
      java.util.List<baton.diag.Diagnostic> problems = new java.util.ArrayList<>();
      java.util.Optional<FrontMatter> split = FrontMatter.split(text.toString(), "x.md", problems);
      // A lone CR just before the closing fence joins it to the line before: no fence, then.
      if (split.isPresent()) {
        int expected = TextPositions.at("x.md", text, fence).line() + 1;
        assertThat(split.get().bodyLine()).as("%s", text.toString().replace("\r", "\\r")).isEqualTo(expected);
      }
    }
  }
}
