package baton.scaffold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import baton.testing.TestSite;
import baton.testing.TestSite.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code baton new} at the command line: where it writes, what it prints, what it refuses and with which status. */
class NewCommandTest {

  @TempDir Path dir;
  TestSite site;

  @BeforeEach
  void emptySite() {
    site = TestSite.in(dir).file("content/site.yaml", TestSite.SITE_YAML);
  }

  @ParameterizedTest
  @CsvSource({
    "statement, uk-backs-rutte, content/statements/2024/uk-backs-rutte.md",
    "event,     nato-summit,    content/events/2024/nato-summit.md",
    "actor,     mark-rutte,     content/actors/mark-rutte.yaml",
    "country,   nl,             content/countries/nl.yaml",
    "office,    nato-sg,        content/offices/nato-sg.md",
    "page,      about,          content/pages/about.md"
  })
  void writesTheEntryInItsFolderCreatingItAndPrintsOnlyThePath(String type, String id, String file) {
    Run run = site.run("new", type, id, "--date", "2024-07-09");
    assertThat(run.status()).isZero();
    assertThat(run.out()).isEqualTo(dir.resolve(file) + System.lineSeparator());
    assertThat(run.err()).contains("then run baton check");
    assertThat(dir.resolve(file)).isRegularFile();
  }

  @Test
  void theDateDefaultsToToday() throws IOException {
    LocalDate before = LocalDate.now();
    Run run = site.run("new", "statement", "s");
    LocalDate after = LocalDate.now();
    assertThat(run.status()).isZero();
    Path file = Path.of(run.out().strip());
    String date = Files.readAllLines(file).stream().filter(l -> l.startsWith("date: ")).findFirst().orElseThrow();
    assertThat(date).matches("date: (" + before + "|" + after + ") .*");
    assertThat(file.getParent().getFileName().toString()).isIn(before.getYear() + "", after.getYear() + "");
  }

  @Test
  void aReducedPrecisionDateIsKeptAndPicksTheYearFolder() throws IOException {
    Run run = site.run("new", "event", "e", "--date", "2023-10");
    assertThat(run.status()).isZero();
    assertThat(Files.readString(dir.resolve("content/events/2023/e.md"))).contains("\ndate: 2023-10 ");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "actor   | Mark Rutte | invalid id 'Mark Rutte': ids are lower-case letters and digits joined by single hyphens, at most 80 characters (try 'mark-rutte')",
        "actor   | mark--rutte| invalid id 'mark--rutte'",
        "actor   | con        | 'con' cannot be an id: Windows cannot create a file of that name",
        "page    | com1       | 'com1' cannot be an id: Windows cannot create a file of that name",
        "page    | timeline   | 'timeline' cannot be a page's id: the site's own timeline page or folder is there",
        "country | NL         | invalid id 'NL'",
        "country | NL         | (try 'nl')",
        "country | nld        | a country's id is its ISO 3166-1 alpha-2 code in lower case, e.g. nl, gb, no; not 'nld'",
        "person  | x          | unknown entry type 'person': use statement, event, actor, country, office or page",
      })
  void wrongUsageIsStatusTwoWithAClearMessageAndWritesNothing(String type, String id, String message) throws IOException {
    Run run = site.run("new", type, id);
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("baton new: ").contains(message);
    assertThat(filesUnder("content")).containsExactly("content/site.yaml");
  }

  @Test
  void anIdLongerThanEightyCharactersIsRefused() {
    assertThat(site.run("new", "page", "a".repeat(80)).status()).isZero();
    Run run = site.run("new", "page", "b".repeat(81));
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("the id is longer than 80 characters (81)");
  }

  @ParameterizedTest
  @CsvSource({"2024-02-30, there is no such date", "22/02/2024, 'write it as YYYY-MM-DD, YYYY-MM or YYYY'"})
  void aWrongDateIsStatusTwo(String date, String why) {
    Run run = site.run("new", "statement", "s", "--date", date);
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("baton new: --date '" + date + "': " + why + System.lineSeparator());
  }

  @Test
  void aStatementWhoseIdExistsInAnotherYearFolderIsRefused() throws IOException {
    site.file("content/statements/2023/uk-backs-rutte.md", "---\ndate: 2023\nactor: x\n---\n");
    Run run = site.run("new", "statement", "uk-backs-rutte", "--date", "2024-02-22");
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err())
        .startsWith(
            "baton new: a statement with the id 'uk-backs-rutte' already exists: content/statements/2023/uk-backs-rutte.md");
    assertThat(dir.resolve("content/statements/2024")).doesNotExist();
  }

  @Test
  void anActorWrittenAsMarkdownCountsAsTheSameId() {
    site.file("content/actors/mark-rutte.md", "---\nname: Mark Rutte\nkind: person\n---\n");
    Run run = site.run("new", "actor", "mark-rutte");
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).contains("an actor with the id 'mark-rutte' already exists: content/actors/mark-rutte.md");
  }

  @Test
  void anExistingFileIsNeverReplaced() throws IOException {
    assertThat(site.run("new", "page", "about").status()).isZero();
    Files.writeString(dir.resolve("content/pages/about.md"), "---\ntitle: Mine\n---\n");
    Run run = site.run("new", "page", "about");
    assertThat(run.status()).isEqualTo(1);
    assertThat(Files.readString(dir.resolve("content/pages/about.md"))).isEqualTo("---\ntitle: Mine\n---\n");
  }

  @Test
  void theSameIdInAnotherTypeOrAnIgnoredFileIsNoClash() {
    site.file("content/actors/nato-summit.yaml", "name: x\nkind: group\n")
        .file("content/events/_drafts/nato-summit.md", "---\n---\n")
        .file("content/events/2024/_nato-summit.md", "---\n---\n");
    assertThat(site.run("new", "event", "nato-summit", "--date", "2024").status()).isZero();
  }

  @Test
  void aSiteWithoutContentIsWrongUsage() throws IOException {
    Path empty = Files.createDirectory(dir.resolve("elsewhere"));
    Run run = TestSite.in(empty).run("new", "actor", "x");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("no content/ folder in ").contains("--site DIR");
    try (Stream<Path> files = Files.list(empty)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void aLinkedFolderIsRefusedSinceCheckWouldNotFollowIt() throws IOException {
    Path real = Files.createDirectories(dir.resolve("elsewhere"));
    try {
      Files.createSymbolicLink(dir.resolve("content/actors"), real);
    } catch (UnsupportedOperationException | IOException e) {
      assumeTrue(false, "symbolic links are not available here");
    }
    Run run = site.run("new", "actor", "x");
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).contains("content/actors is a symbolic link");
    try (Stream<Path> files = Files.list(real)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void noTemporaryFileIsLeftBehind() throws IOException {
    assertThat(site.run("new", "statement", "a", "--date", "2024").status()).isZero();
    assertThat(site.run("new", "statement", "a", "--date", "2024").status()).isEqualTo(1);
    assertThat(filesUnder("content/statements")).containsExactly("content/statements/2024/a.md");
  }

  private List<String> filesUnder(String folder) throws IOException {
    try (Stream<Path> files = Files.walk(dir.resolve(folder))) {
      return files.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/')).sorted().toList();
    }
  }
}
