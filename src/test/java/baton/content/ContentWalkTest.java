package baton.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which files in content/ are entries, of which type and id, and what else there is an error. */
class ContentWalkTest {

  @TempDir Path dir;

  private static final String ACTOR = "name: Mark Rutte\nkind: person\n";
  private static final String STATEMENT = "---\ndate: 2024-02-22\nactor: uk\n---\nThe UK backs Rutte.\n";

  @Test
  void aSiteWithoutContentFolderIsOneError() {
    TestSite.Result result = TestSite.bare(dir).load();

    assertThat(result.problems()).containsExactly("content: no content/ folder in " + dir
        + " (create content/ with a site.yaml in it that has at least a title)");
    assertThat(result.loaded().entries()).isEmpty();
  }

  @Test
  void aContentFileInsteadOfAFolderIsTheSameError() {
    TestSite.Result result = TestSite.bare(dir).file("content", "title: x\n").load();

    assertThat(result.problems()).containsExactly("content: no content/ folder in " + dir
        + " (create content/ with a site.yaml in it that has at least a title)");
  }

  @Test
  void missingSiteSettingsAreAnErrorButOtherEntriesStillLoad() {
    TestSite.Result result = TestSite.bare(dir).file("content/actors/rutte.yaml", ACTOR).load();

    assertThat(result.problems())
        .containsExactly("content/site.yaml: missing site settings (create content/site.yaml with at least a title)");
    assertThat(result.files()).containsExactly("content/actors/rutte.yaml");
  }

  @Test
  void siteYamlIsTheSiteEntryWithIdSite() {
    TestSite.Result result = TestSite.withSettings(dir).load();

    RawEntry site = result.entry("content/site.yaml");
    assertThat(site.type()).isEqualTo(EntryType.SITE);
    assertThat(site.id()).isEqualTo("site");
    assertThat(site.body()).isEmpty();
    assertThat(result.problems()).isEmpty();
  }

  @Test
  void siteYmlIsAcceptedToo() {
    TestSite.Result result = TestSite.bare(dir).file("content/site.yml", "title: Test\n").load();

    assertThat(result.problems()).isEmpty();
    assertThat(result.entry("content/site.yml").type()).isEqualTo(EntryType.SITE);
  }

  @Test
  void siteYamlAndSiteYmlTogetherAreAnError() {
    TestSite.Result result = TestSite.withSettings(dir).file("content/site.yml", "title: Other\n").load();

    assertThat(result.problems())
        .containsExactly("content/site.yml: duplicate site settings (also content/site.yaml; keep one of them)");
    assertThat(result.files()).containsExactly("content/site.yaml");
  }

  @Test
  void eachFolderGivesItsTypeAndTheFileNameGivesTheId() {
    TestSite.Result result = TestSite.withSettings(dir)
        .file("content/offices/nato-sg.yaml", "name: Secretary General\n")
        .file("content/countries/no.yml", "name: Norway\ncode: NO\n")
        .file("content/actors/rutte.md", "---\n" + ACTOR + "---\n")
        .file("content/statements/uk-backs-rutte.md", STATEMENT)
        .file("content/events/summit.yaml", "date: 2024-07-09\ntitle: Summit\n")
        .file("content/pages/about.md", "---\ntitle: About\n---\n")
        .load();

    assertThat(result.problems()).isEmpty();
    assertThat(result.loaded().entries())
        .extracting(RawEntry::type, RawEntry::id)
        .containsExactly(
            tuple(EntryType.ACTOR, "rutte"),
            tuple(EntryType.COUNTRY, "no"),
            tuple(EntryType.EVENT, "summit"),
            tuple(EntryType.OFFICE, "nato-sg"),
            tuple(EntryType.PAGE, "about"),
            tuple(EntryType.SITE, "site"),
            tuple(EntryType.STATEMENT, "uk-backs-rutte"));
  }

  @Test
  void aStrayFileInContentNamesTheLayout() {
    TestSite.Result result = TestSite.withSettings(dir).file("content/notes.txt", "to do\n").load();

    assertThat(result.problems()).containsExactly("content/notes.txt: not a content file (content/ holds site.yaml"
        + " and the folders offices/, countries/, actors/, statements/, events/, pages/; names starting with '.' or"
        + " '_' are ignored)");
  }

  @Test
  void aStrayFolderInContentIsAnError() {
    TestSite.Result result = TestSite.withSettings(dir).file("content/people/rutte.yaml", ACTOR).load();

    assertThat(result.problems()).containsExactly("content/people: not a content folder (content/ holds site.yaml"
        + " and the folders offices/, countries/, actors/, statements/, events/, pages/; names starting with '.' or"
        + " '_' are ignored)");
  }

  @Test
  void aFileWithAnotherExtensionInATypeFolderIsAnError() {
    TestSite.Result result = TestSite.withSettings(dir).file("content/actors/rutte.json", "{}").load();

    assertThat(result.problems()).containsExactly("content/actors/rutte.json: not a content file"
        + " (content/actors/ holds .md, .yaml and .yml files; names starting with '.' or '_' are ignored)");
  }

  @Test
  void pagesAreMarkdownOnly() {
    TestSite.Result result = TestSite.withSettings(dir).file("content/pages/about.yaml", "title: About\n").load();

    assertThat(result.problems()).containsExactly("content/pages/about.yaml: not a content file"
        + " (content/pages/ holds .md files; names starting with '.' or '_' are ignored)");
  }

  @Test
  void namesStartingWithDotOrUnderscoreAreIgnoredAtAnyLevel() {
    TestSite.Result result = TestSite.withSettings(dir)
        .bytes("content/.DS_Store", new byte[] {0, 1, 2, (byte) 0xFF})
        .file("content/_notes.txt", "not content")
        .file("content/.git/config", "[core]")
        .file("content/statements/_draft.md", "no front matter, would be an error if read")
        .file("content/statements/2024/.hidden.md", "also not read")
        .file("content/statements/_old/x.md", "nor this")
        .file("content/actors/_archive/x.yaml", ACTOR)
        .file("content/actors/rutte.yaml", ACTOR)
        .load();

    assertThat(result.problems()).isEmpty();
    assertThat(result.files()).containsExactly("content/actors/rutte.yaml", "content/site.yaml");
  }

  @Test
  void statementsMayBeGroupedInSubFoldersWithoutChangingTheirIds() {
    TestSite.Result result = TestSite.withSettings(dir)
        .file("content/statements/2024/02/uk-backs-rutte.md", STATEMENT)
        .file("content/events/2024/summit.yaml", "date: 2024-07-09\ntitle: Summit\n")
        .load();

    assertThat(result.problems()).isEmpty();
    RawEntry statement = result.entry("content/statements/2024/02/uk-backs-rutte.md");
    assertThat(statement.id()).isEqualTo("uk-backs-rutte");
    assertThat(statement.type()).isEqualTo(EntryType.STATEMENT);
    assertThat(result.entry("content/events/2024/summit.yaml").id()).isEqualTo("summit");
  }

  @Test
  void actorsMayNotHaveSubFolders() {
    TestSite.Result result = TestSite.withSettings(dir).file("content/actors/old/rutte.yaml", ACTOR).load();

    assertThat(result.problems()).containsExactly("content/actors/old: sub-folders are not allowed in actors/"
        + " (only statements/ and events/ may have sub-folders; move its files into content/actors/, or start the"
        + " folder's name with '_' to ignore it)");
    assertThat(result.files()).containsExactly("content/site.yaml");
  }

  @Test
  void aSymbolicLinkIsNotFollowed() throws IOException {
    TestSite site = TestSite.withSettings(dir).file("outside/secret.yaml", ACTOR).folder("content/actors");
    createLinkOrSkip(site.path("content/actors/rutte.yaml"), site.path("outside/secret.yaml"));

    TestSite.Result result = site.load();

    assertThat(result.problems()).containsExactly("content/actors/rutte.yaml: symbolic links are not followed"
        + " (copy the file or folder into the site instead of linking to it)");
    assertThat(result.files()).containsExactly("content/site.yaml");
  }

  @Test
  void aSymbolicLinkToAFolderIsNotFollowed() throws IOException {
    TestSite site = TestSite.withSettings(dir).file("outside/2024/x.md", STATEMENT).folder("content/statements");
    createLinkOrSkip(site.path("content/statements/2024"), site.path("outside/2024"));

    TestSite.Result result = site.load();

    assertThat(result.problems()).containsExactly("content/statements/2024: symbolic links are not followed"
        + " (copy the file or folder into the site instead of linking to it)");
  }

  @Test
  void twoStatementsWithOneIdInDifferentSubFoldersAreAnErrorAtTheSecond() {
    TestSite.Result result = TestSite.withSettings(dir)
        .file("content/statements/2023/x.md", STATEMENT)
        .file("content/statements/2024/x.md", STATEMENT)
        .load();

    assertThat(result.problems()).containsExactly("content/statements/2024/x.md: duplicate statement id 'x'"
        + " (also content/statements/2023/x.md; rename one of them)");
    assertThat(result.files()).containsExactly("content/site.yaml", "content/statements/2023/x.md");
  }

  @Test
  void anActorInMarkdownAndInYamlIsADuplicateId() {
    TestSite.Result result = TestSite.withSettings(dir)
        .file("content/actors/rutte.md", "---\n" + ACTOR + "---\n")
        .file("content/actors/rutte.yaml", ACTOR)
        .load();

    assertThat(result.problems()).containsExactly(
        "content/actors/rutte.yaml: duplicate actor id 'rutte' (also content/actors/rutte.md; rename one of them)");
  }

  @Test
  void oneIdInTwoTypesIsNoDuplicate() {
    TestSite.Result result = TestSite.withSettings(dir)
        .file("content/actors/nl.yaml", "name: Netherlands government\nkind: government\n")
        .file("content/countries/nl.yaml", "name: Netherlands\ncode: NL\n")
        .load();

    assertThat(result.problems()).isEmpty();
    assertThat(result.files()).containsExactly("content/actors/nl.yaml", "content/countries/nl.yaml",
        "content/site.yaml");
  }

  @Test
  void moreFilesThanTheLimitStopTheLoad() {
    TestSite site = TestSite.withSettings(dir);
    IntStream.range(0, 3).forEach(i -> site.file("content/actors/a" + i + ".yaml", ACTOR));

    TestSite.Result result = site.load(new Limits(1_048_576, 20, 3));

    assertThat(result.problems()).containsExactly("content: too many content files (more than 3) (move files you do"
        + " not publish out of content/, or start their names with '_')");
    assertThat(result.loaded().entries()).isEmpty();
  }

  @Test
  void aLargeFolderPastTheLimitStopsTheLoadToo() {
    // A folder's entries are looked at some thousands at a time: the limit is still counted file by file.
    TestSite site = TestSite.withSettings(dir);
    IntStream.range(0, 4_200).forEach(i -> site.file("content/statements/s" + (10_000 + i) + ".md", STATEMENT));

    TestSite.Result result = site.load(new Limits(1_048_576, 20, 4_150));

    assertThat(result.problems()).containsExactly("content: too many content files (more than 4150) (move files you"
        + " do not publish out of content/, or start their names with '_')");
    assertThat(result.loaded().entries()).isEmpty();
  }

  @Test
  void filesAtTheLimitStillLoad() {
    TestSite site = TestSite.withSettings(dir);
    IntStream.range(0, 2).forEach(i -> site.file("content/actors/a" + i + ".yaml", ACTOR));

    TestSite.Result result = site.load(new Limits(1_048_576, 20, 3));

    assertThat(result.problems()).isEmpty();
    assertThat(result.loaded().entries()).hasSize(3);
  }

  @Test
  void entriesComeOutSortedByPathThoughFilesAreReadInParallel() {
    TestSite site = TestSite.withSettings(dir);
    // "2024-old" sorts before "2024/" as a path but after "2024" as a folder name: the entry order is by path.
    site.file("content/statements/2024/b.md", STATEMENT).file("content/statements/2024-old/a.md", STATEMENT);
    IntStream.range(0, 300).forEach(i -> site.file("content/actors/a" + (1000 - i) + ".yaml", ACTOR));

    TestSite.Result result = site.load();

    assertThat(result.problems()).isEmpty();
    assertThat(result.files()).hasSize(303).isSorted();
    assertThat(result.files()).endsWith("content/statements/2024-old/a.md", "content/statements/2024/b.md");
  }

  @Test
  void inALargeFolderProblemsAreStillReportedInNameOrder() throws IOException {
    // Past 64 entries a folder's files are looked at on every core; what they show is reported in name order.
    TestSite site = TestSite.withSettings(dir).file("outside/secret.md", STATEMENT);
    IntStream.range(0, 200).forEach(i -> site.file("content/statements/s" + (1000 + i) + ".md", STATEMENT));
    site.file("content/statements/s1050.txt", "stray\n").file("content/statements/s1150.txt", "stray\n")
        .file("content/statements/_draft.txt", "ignored\n");
    createLinkOrSkip(site.path("content/statements/s1100.link.md"), site.path("outside/secret.md"));

    TestSite.Result result = site.load();

    String notContent = ": not a content file (content/statements/ holds .md, .yaml and .yml files; names starting"
        + " with '.' or '_' are ignored)";
    assertThat(result.problems()).containsExactly(
        "content/statements/s1050.txt" + notContent,
        "content/statements/s1100.link.md: symbolic links are not followed (copy the file or folder into the site"
            + " instead of linking to it)",
        "content/statements/s1150.txt" + notContent);
    assertThat(result.files()).hasSize(201).isSorted();
  }

  @Test
  void everyBrokenFileIsReportedInOneRunAndTheOthersStillLoad() {
    TestSite.Result result = TestSite.withSettings(dir)
        .file("content/actors/a.yaml", "- not a mapping\n")
        .file("content/actors/b.yaml", ACTOR)
        .file("content/pages/c.md", "no front matter\n")
        .load();

    assertThat(result.problems()).containsExactly(
        "content/actors/a.yaml:1:1: expected a mapping of fields, found a list (write the fields as 'name: value'"
            + " lines)",
        "content/pages/c.md:1:1: a .md entry starts with a line '---' followed by its front matter (put the entry's"
            + " fields between two lines '---' at the top of the file)");
    assertThat(result.files()).containsExactly("content/actors/b.yaml", "content/site.yaml");
  }

  private static void createLinkOrSkip(Path link, Path target) throws IOException {
    try {
      Files.createSymbolicLink(link, target);
    } catch (UnsupportedOperationException | SecurityException e) {
      assumeTrue(false, "symbolic links are not available here");
    }
  }
}
