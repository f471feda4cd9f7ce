package baton.build;

import static org.assertj.core.api.Assertions.assertThat;

import baton.testing.TestSite;
import baton.testing.TestSite.Run;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line end to end on a small race whose figures are counted by hand: four founding members, a fifth
 * joining mid-race, one member that supports, then opposes, then withdraws its opposition.
 */
class BuildTest {

  @TempDir Path dir;

  private TestSite race() {
    return TestSite.in(dir)
        .file("content/site.yaml", "title: Small race\nasOf: 2024-06\n")
        .file("content/countries/aa.yaml", "name: A\ncode: AA\nmembership:\n  - from: 1949\n")
        .file("content/countries/bb.yaml", "name: B\ncode: BB\nmembership:\n  - from: 1949\n")
        .file("content/countries/cc.yaml", "name: C\ncode: CC\nmembership:\n  - from: 1949\n")
        .file("content/countries/dk.yaml", "name: D\ncode: DK\nmembership:\n  - from: 1949\n")
        .file("content/countries/ee.yaml", "name: E\ncode: EE\nmembership:\n  - from: 2024-03-07\n")
        .file("content/actors/cand.yaml", "name: Candidate\nkind: person\ncountry: aa\n")
        .file("content/actors/old.yaml", "name: Old holder\nkind: person\n")
        .file("content/actors/gov-b.yaml", "name: Government of B\nkind: government\ncountry: bb\n")
        .file("content/actors/council.yaml", "name: Council\nkind: organisation\n")
        .file(
            "content/offices/sg.yaml",
            """
            name: Secretary General
            rule: consensus
            holders:
              - actor: old
                from: 2014-10-01
            candidates: [cand]
            """)
        .file(
            "content/statements/2024/a-backs.md",
            "---\ndate: 2024-03-02\nactor: cand\ncandidate: cand\nstance: supports\n---\nA backs its own.\n")
        .file(
            "content/statements/2024/b-opposes.md",
            "---\ndate: 2024-03-01\nactor: gov-b\ncandidate: cand\nstance: opposes\n---\n")
        .file(
            "content/statements/2024/b-withdraws.md",
            "---\ndate: 2024-05\nactor: gov-b\ncandidate: cand\nstance: withdraws\n---\n")
        .file(
            "content/statements/2024/joint.md",
            "---\ndate: 2024-02-22\nactor: council\ncountries: members\ncandidate: cand\nstance: no-objection\n---\n")
        .file(
            "content/events/summit.md", "---\ndate: 2024-07-09\ntitle: Summit\nkind: meeting\n---\n");
  }

  private JsonNode timelineJson(TestSite site) throws IOException {
    return new ObjectMapper().readTree(site.out().resolve("data/timeline.json").toFile());
  }

  @Test
  void buildWritesTheRaceCountedByHand() throws IOException {
    TestSite site = race();
    Run run = site.build();
    assertThat(run.err()).isEmpty();
    assertThat(run.status()).isZero();
    assertThat(run.out()).startsWith("Built 16 entries into ");

    JsonNode json = timelineJson(site);
    assertThat(json.at("/site/asOf").asText()).isEqualTo("2024-06");
    assertThat(json.at("/site/office").asText()).isEqualTo("sg");
    JsonNode race = json.at("/race");
    assertThat(race.at("/members").asInt()).isEqualTo(5);
    JsonNode cand = race.at("/candidates/cand");
    // As of June 2024: A supports (its own statement came after the joint one), B withdrew its opposition so
    // its stance is none, C and D have no objection from the joint statement, E joined after it: none.
    assertThat(cand.at("/supports").asInt()).isEqualTo(1);
    assertThat(cand.at("/no-objection").asInt()).isEqualTo(2);
    assertThat(cand.at("/opposes").asInt()).isZero();
    assertThat(cand.at("/none").asInt()).isEqualTo(2);
    assertThat(cand.at("/status").asText()).isEqualTo("open");
    assertThat(cand.at("/met").asBoolean()).isFalse();
    assertThat(cand.at("/byCountry").toString())
        .isEqualTo("{\"aa\":\"supports\",\"bb\":\"none\",\"cc\":\"no-objection\",\"dk\":\"no-objection\",\"ee\":\"none\"}");

    List<String> series = new ArrayList<>();
    for (JsonNode p : race.at("/series/cand")) {
      series.add(p.at("/date").asText() + " " + p.at("/members").asInt() + " s" + p.at("/supports").asInt()
          + " n" + p.at("/no-objection").asInt() + " o" + p.at("/opposes").asInt() + " " + p.at("/status").asText());
    }
    assertThat(series)
        .containsExactly(
            "1949-01-01 4 s0 n0 o0 open",
            "2024-02-22 4 s0 n4 o0 met",
            "2024-03-01 4 s0 n3 o1 blocked",
            "2024-03-02 4 s1 n2 o1 blocked",
            "2024-03-07 5 s1 n2 o1 blocked",
            "2024-05-01 5 s1 n2 o0 open");

    List<String> timeline = new ArrayList<>();
    json.at("/timeline").forEach(n -> timeline.add(n.asText()));
    assertThat(timeline)
        .containsExactly(
            "accession:aa:0", "accession:bb:0", "accession:cc:0", "accession:dk:0",
            "term-start:sg:0",
            "statement:joint", "statement:b-opposes", "statement:a-backs", "accession:ee:0",
            "statement:b-withdraws", "event:summit");
    assertThat(json.at("/events/0/status").asText()).isEqualTo("scheduled");
    assertThat(json.at("/events/0/upcoming").asBoolean()).isTrue();
    JsonNode joint = json.at("/statements/3");
    assertThat(joint.at("/id").asText()).isEqualTo("joint");
    assertThat(joint.at("/countries").toString()).isEqualTo("[\"aa\",\"bb\",\"cc\",\"dk\"]");
  }

  @Test
  void theSameInputGivesByteIdenticalOutput() throws IOException {
    TestSite site = race();
    assertThat(site.build().status()).isZero();
    byte[] first = Files.readAllBytes(site.out().resolve("data/timeline.json"));
    assertThat(site.build().status()).isZero();
    assertThat(Files.readAllBytes(site.out().resolve("data/timeline.json"))).isEqualTo(first);
  }

  @Test
  void aFailedBuildLeavesThePreviousOutputUntouched() throws IOException {
    TestSite site = race();
    assertThat(site.build().status()).isZero();
    byte[] before = Files.readAllBytes(site.out().resolve("data/timeline.json"));
    site.file("content/statements/2024/broken.md", "---\ndate: 2024-02-30\nactor: gov-b\n---\n");
    Run run = site.build();
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).contains("nothing written");
    assertThat(Files.readAllBytes(site.out().resolve("data/timeline.json"))).isEqualTo(before);
    try (var siblings = Files.list(site.out().getParent())) {
      assertThat(siblings.map(p -> p.getFileName().toString()))
          .allMatch(n -> n.equals("site") || n.equals(".site.lock"));
    }
  }

  @Test
  void checkWritesNothing() {
    TestSite site = race();
    Run run = site.check();
    assertThat(run.status()).isZero();
    assertThat(run.out()).startsWith("Checked 16 entries: no errors");
    assertThat(site.out()).doesNotExist();
  }

  /**
   * What only rendering finds (a body's link to no page, a site template that cannot be rendered, an asset where a
   * page goes) fails {@code check} as it fails {@code build}, with the same words, and check still writes nothing:
   * a site that passes check builds.
   */
  @Test
  void checkFindsWhatOnlyRenderingFindsAndStillWritesNothing() {
    TestSite site = race()
        .file("content/statements/2024/a-backs.md",
            "---\ndate: 2024-03-02\nactor: cand\ncandidate: cand\nstance: supports\n---\n"
                + "See [the list](../../actors/nobody/index.html).\n");
    Run check = site.check();
    assertThat(check.status()).isEqualTo(1);
    assertThat(check.err()).isEqualTo(
        "content/statements/2024/a-backs.md: its page statements/a-backs/index.html has a link to a page that does"
            + " not exist: ../../actors/nobody/index.html (fix the link in the Markdown body or in the template that"
            + " makes the page; a relative link in a body starts from the page's own folder)\n"
            + "1 error, 0 warnings: nothing written\n");
    assertThat(dir.resolve("target")).doesNotExist();
    Run build = site.build();
    assertThat(build.status()).isEqualTo(1);
    assertThat(build.err()).isEqualTo(check.err());

    site.file("content/statements/2024/a-backs.md",
            "---\ndate: 2024-03-02\nactor: cand\ncandidate: cand\nstance: supports\n---\nA backs its own.\n")
        .file("templates/event.html", "<p th:text=\"${event.nosuch.field}\">x</p>\n");
    check = site.check();
    assertThat(check.status()).isEqualTo(1);
    assertThat(check.err()).startsWith("templates/event.html:1:");
    assertThat(site.build().err()).isEqualTo(check.err());

    site.file("templates/event.html", "")
        .file("assets/timeline/index.html", "<p>mine</p>\n");
    dir.resolve("templates/event.html").toFile().delete();
    check = site.check();
    assertThat(check.status()).isEqualTo(1);
    assertThat(check.diagnostics()).isEmpty();
    assertThat(check.err()).startsWith("assets/timeline/index.html:");
    assertThat(site.build().err()).isEqualTo(check.err());
    assertThat(site.out()).doesNotExist();
  }

  /**
   * A file that cannot be read (here broken YAML) does not hide the other files' unknown references, and the
   * references to it are left to its own error instead of being reported unknown wherever it is used.
   */
  @Test
  void aBrokenFileHidesNoOtherErrorAndItsIdIsNotUnknown() {
    TestSite site = race()
        .file("content/actors/gov-b.yaml", "name: [Government of B\nkind: government\n")
        .file("content/statements/2024/typo.md",
            "---\ndate: 2024-03-03\nactor: counicl\ncandidate: cand\nstance: supports\n---\n");
    Run run = site.check();
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.diagnostics()).hasSize(2);
    assertThat(run.diagnostics().get(0)).isEqualTo("content/actors/gov-b.yaml:2:5: invalid YAML: expected ',' or"
        + " ']', but got ':' (in the list '[' that starts at line 1, column 7)");
    assertThat(run.diagnostics().get(1)).isEqualTo(
        "content/statements/2024/typo.md:3:8: unknown actor 'counicl' (did you mean 'council'?)");
    assertThat(run.err()).doesNotContain("'gov-b'");
    assertThat(site.build().err()).isEqualTo(run.err());
  }

  /**
   * A file the walk of content/ cannot take (here in a sub-folder actors/ may not have) has an id no one knows: the
   * references are then not checked, rather than each use of it reported unknown.
   */
  @Test
  void aFileTheWalkRefusesGivesNoFalseUnknownIds() throws IOException {
    TestSite site = race().file("content/actors/sub/gov-b.yaml", "name: Government of B\nkind: government\n");
    Files.delete(dir.resolve("content/actors/gov-b.yaml"));
    Run run = site.check();
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.diagnostics()).containsExactly(
        "content/actors/sub: sub-folders are not allowed in actors/ (only statements/ and events/ may have"
            + " sub-folders; move its files into content/actors/, or start the folder's name with '_' to ignore it)");
  }

  /** A broken link in an actor's or an office's text is reported at the file that holds the text. */
  @Test
  void aBrokenLinkInAnActorsOrAnOfficesTextNamesItsFile() throws IOException {
    TestSite site = race()
        .file("content/actors/council.md", "---\nname: Council\nkind: organisation\n---\n"
            + "See [its seat](../../countries/zz/index.html).\n")
        .file("content/offices/sg.md", "---\nname: Secretary General\nrule: consensus\nholders:\n"
            + "  - actor: old\n    from: 2014-10-01\ncandidates: [cand]\n---\nSee [the rules](../../rules/index.html).\n");
    Files.delete(dir.resolve("content/actors/council.yaml"));
    Files.delete(dir.resolve("content/offices/sg.yaml"));
    Run run = site.check();
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.diagnostics()).containsExactly(
        "content/actors/council.md: its page actors/council/index.html has a link to a page that does not exist:"
            + " ../../countries/zz/index.html (fix the link in the Markdown body or in the template that makes the"
            + " page; a relative link in a body starts from the page's own folder)",
        "content/offices/sg.md: its page offices/sg/index.html has a link to a page that does not exist:"
            + " ../../rules/index.html (fix the link in the Markdown body or in the template that makes the page; a"
            + " relative link in a body starts from the page's own folder)");
  }

  /** A stylesheet or favicon named in site.yaml but missing from assets/ is one error at its line, not one per page. */
  @Test
  void aStylesheetMissingFromAssetsIsOneErrorAtItsLine() {
    TestSite site = race()
        .file("content/site.yaml", "title: Small race\nasOf: 2024-06\nparams:\n  stylesheet: css/site.css\n"
            + "  favicon: icon.svg\n  accent: teal\n")
        .file("assets/icon.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n");
    Run run = site.check();
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.diagnostics()).containsExactly(
        "content/site.yaml:4:15: params.stylesheet names 'css/site.css', which is not in assets/ (put the file in"
            + " assets/ under that path, or correct the path: it starts from assets/, as in css/site.css)");
    assertThat(site.build().err()).isEqualTo(run.err());

    site.file("assets/css/site.css", "body { color: teal }\n");
    assertThat(site.build().status()).isZero();
    assertThat(site.read("index.html")).contains("<link rel=\"stylesheet\" href=\"css/site.css\">");
    // a query or fragment, or a leading ./, still leads to the file
    site.file("content/site.yaml", "title: Small race\nasOf: 2024-06\nparams:\n  stylesheet: ./css/site.css?v=2\n");
    Run cacheBusted = site.build();
    assertThat(cacheBusted.status()).as(cacheBusted.err()).isZero();
  }

  /** A site's own layout may use the stylesheet param its own way: then only the check of every page judges it. */
  @Test
  void aSitesOwnLayoutMayUseTheStylesheetParamItsOwnWay() throws IOException {
    String builtIn = Files.readString(Path.of("templates/layout.html"));
    String own = builtIn.lines().filter(l -> !l.contains("site.params['stylesheet']"))
        .collect(java.util.stream.Collectors.joining("\n", "", "\n"));
    assertThat(own).isNotEqualTo(builtIn);
    TestSite site = race()
        .file("content/site.yaml", "title: Small race\nasOf: 2024-06\nparams:\n  stylesheet: https://cdn.example.org/a.css\n")
        .file("templates/layout.html", own);
    Run run = site.build();
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(site.read("index.html")).doesNotContain("cdn.example.org");
  }

  @Test
  void wrongUsageIsStatusTwo() {
    TestSite site = race();
    assertThat(site.run("bulid").status()).isEqualTo(2);
    assertThat(site.run("build", "--no-such-option").status()).isEqualTo(2);
    assertThat(baton.cli.Main.run(new String[0], new java.io.PrintWriter(new java.io.StringWriter()),
        new java.io.PrintWriter(new java.io.StringWriter()))).isEqualTo(2);
  }

  @Test
  void refusesToReplaceAFolderBatonDidNotWrite() throws IOException {
    TestSite site = race();
    Files.createDirectories(site.out());
    Files.writeString(site.out().resolve("thesis.docx"), "precious");
    Run run = site.build();
    assertThat(run.status()).isEqualTo(3);
    assertThat(run.err()).contains("exists and was not written by Baton");
    assertThat(site.out().resolve("thesis.docx")).hasContent("precious");
    // check tells as much, since the build would fail; nor does it touch the folder
    Run check = site.check();
    assertThat(check.status()).isEqualTo(3);
    assertThat(check.err()).isEqualTo(run.err());
    assertThat(site.out().resolve("thesis.docx")).hasContent("precious");
    Run into = site.run("check", "--out", dir.resolve("content/out").toString());
    assertThat(into.status()).isEqualTo(3);
    assertThat(into.err()).isEqualTo(
        "baton: the output folder " + dir.resolve("content/out").toAbsolutePath() + " is inside the site's content/"
            + " folder\n");
  }

  @Test
  void anOutputPathThroughAFileIsRefusedWithThatFile() throws IOException {
    TestSite site = race();
    Path file = Files.writeString(Files.createDirectories(dir.resolve("elsewhere")).resolve("notes.txt"), "notes");
    for (Path out : List.of(file.resolve("site"), file.resolve("sub/site"))) {
      Run run = site.run("build", "--out", out.toString());
      assertThat(run.status()).isEqualTo(3);
      assertThat(run.err())
          .isEqualTo("baton: cannot write " + out.toAbsolutePath() + ": " + file.toAbsolutePath()
              + " is a file, not a folder (give --out a path through folders only)\n");
    }
    assertThat(file).hasContent("notes");
  }

  @Test
  void assetsAreCopiedToTheOutputRoot() {
    TestSite site = race().file("assets/css/site.css", "body { color: black }\n");
    assertThat(site.build().status()).isZero();
    assertThat(site.read("css/site.css")).isEqualTo("body { color: black }\n");
  }

  @Test
  void dotFilesOfAssetsAreSkippedButWellKnownAndNoJekyll() {
    TestSite site = race()
        .file("assets/.well-known/security.txt", "Contact: mailto:desk@example.org\n")
        .file("assets/.nojekyll", "")
        .file("assets/.DS_Store", "finder")
        .file("assets/.git/config", "[core]\n")
        .file("assets/img/.thumbs", "cache")
        .file("assets/.well-known/.editor-backup", "x");

    assertThat(site.build().status()).isZero();

    assertThat(site.read(".well-known/security.txt")).isEqualTo("Contact: mailto:desk@example.org\n");
    assertThat(site.out().resolve(".nojekyll")).isRegularFile();
    for (String skipped : List.of(".DS_Store", ".git", "img/.thumbs", ".well-known/.editor-backup")) {
      assertThat(site.out().resolve(skipped)).as(skipped).doesNotExist();
    }
  }
}
