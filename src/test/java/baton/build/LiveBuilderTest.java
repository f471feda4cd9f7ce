package baton.build;

import static org.assertj.core.api.Assertions.assertThat;

import baton.diag.DiagnosticPrinter;
import baton.testing.Tree;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code baton serve}'s builds on a copy of the example site: after a change in content/, the first step writes the
 * changed entry's page and the open pages exactly as a whole build would, and once the rest is written the output is
 * byte for byte what {@code baton build} makes of the same content.
 */
class LiveBuilderTest {

  private static final String STATEMENT = "content/statements/2024/hungary-orban-backs-rutte.md";
  private static final String STATEMENT_PAGE = "statements/hungary-orban-backs-rutte/index.html";

  @TempDir Path dir;
  private Path site;
  private Path out;
  private BuildOptions options;
  private final LiveBuilder live = new LiveBuilder();

  @BeforeEach
  void copyTheExample() throws IOException {
    site = dir.resolve("site");
    out = dir.resolve("out");
    for (String folder : List.of("content", "templates", "assets")) {
      Tree.copy(Path.of(folder), site.resolve(folder));
    }
    options = new BuildOptions(site, out, false);
    LiveBuilder.Step first = live.quick(options, List.of(), Set.of());
    assertThat(first.result().ok()).isTrue();
    assertThat(first.partial()).as("the first build is whole").isFalse();
  }

  @Test
  void anEditWritesItsPageFirstThenTheRestAsAWholeBuildWould() throws IOException {
    Map<String, String> before = Tree.snapshot(out);
    edit(STATEMENT, "Hungary is ready", "Hungary stands ready");

    LiveBuilder.Step step = live.quick(options, List.of(STATEMENT), Set.of());

    assertThat(step.result().ok()).as(printed(step.result())).isTrue();
    assertThat(step.partial()).isTrue();
    assertThat(step.written()).containsExactly(STATEMENT_PAGE);
    Map<String, String> whole = wholeBuild();
    Map<String, String> now = Tree.snapshot(out);
    assertThat(now.get(STATEMENT_PAGE)).isEqualTo(whole.get(STATEMENT_PAGE)).isNotEqualTo(before.get(STATEMENT_PAGE));
    assertThat(now.get("timeline/index.html")).as("not yet").isEqualTo(before.get("timeline/index.html"));

    LiveBuilder.Rest rest = live.rest(step, () -> false).orElseThrow();
    assertThat(rest.paths()).contains("timeline/index.html", "data/timeline.json").doesNotContain(STATEMENT_PAGE);
    assertThat(live.write(rest).ok()).isTrue();

    assertSameTree(Tree.snapshot(out), whole);
  }

  @Test
  void pagesOpenInABrowserAreWrittenInTheFirstStepToo() throws IOException {
    edit(STATEMENT, "Hungary is ready", "Hungary stands ready");

    LiveBuilder.Step step =
        live.quick(options, List.of(STATEMENT),
            Set.of("timeline/index.html", "index.html", "countries/index.html", "no/such/page.html"));

    // The countries index shows no quote: rendered again, it is the same, so not written.
    assertThat(step.written()).containsExactlyInAnyOrder(STATEMENT_PAGE, "timeline/index.html", "index.html");
    Map<String, String> whole = wholeBuild();
    assertThat(Tree.snapshot(out).get("timeline/index.html")).isEqualTo(whole.get("timeline/index.html"));
  }

  @Test
  void aDeletedEntryLosesItsPageWithTheRest() throws IOException {
    Files.delete(site.resolve(STATEMENT));
    // The statement was cited nowhere else; its page goes in the second step, with every list that showed it.
    LiveBuilder.Step step = live.quick(options, List.of(STATEMENT), Set.of());
    assertThat(step.result().ok()).as(printed(step.result())).isTrue();
    assertThat(step.written()).isEmpty();

    live.write(live.rest(step, () -> false).orElseThrow());

    assertThat(out.resolve("statements/hungary-orban-backs-rutte")).doesNotExist();
    assertSameTree(Tree.snapshot(out), wholeBuild());
  }

  @Test
  void aNewFileIsFoundAndItsPageWrittenFirst() throws IOException {
    String added = "content/statements/2024/estonia-repeats-support.md";
    Files.writeString(site.resolve(added),
        "---\ndate: 2024-06-01\nactor: kaja-kallas\ncandidate: mark-rutte\nstance: supports\n---\nSaid again.\n");

    LiveBuilder.Step step = live.quick(options, List.of(added), Set.of());

    assertThat(step.result().ok()).as(printed(step.result())).isTrue();
    assertThat(step.written()).containsExactly("statements/estonia-repeats-support/index.html");
    live.write(live.rest(step, () -> false).orElseThrow());
    assertSameTree(Tree.snapshot(out), wholeBuild());
  }

  @Test
  void aStoppedRestLeavesTheFirstStepAndTheNextChangeCompletesTheSite() throws IOException {
    edit(STATEMENT, "Hungary is ready", "Hungary stands ready");
    LiveBuilder.Step step = live.quick(options, List.of(STATEMENT), Set.of());

    assertThat(live.rest(step, () -> true)).isEmpty();

    String other = editAnotherStatement("A sentence added.");
    LiveBuilder.Step next = live.quick(options, List.of(other), Set.of());
    live.write(live.rest(next, () -> false).orElseThrow());
    assertSameTree(Tree.snapshot(out), wholeBuild());
  }

  @Test
  void aRestStoppedWhileItsPagesAreCheckedEndsThere() throws IOException {
    // Asked once per rendered file (every page and three data files), then once per file checked: stop once the
    // check has begun.
    int rendered = (int) Tree.snapshot(out).keySet().stream().filter(p -> p.endsWith(".html")).count() + 3;
    edit(STATEMENT, "Hungary is ready", "Hungary stands ready");
    LiveBuilder.Step step = live.quick(options, List.of(STATEMENT), Set.of());
    java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();

    assertThat(live.rest(step, () -> asked.incrementAndGet() > rendered + 5)).isEmpty();
    assertThat(asked.get()).isGreaterThan(rendered + 5);

    live.write(live.rest(live.quick(options, List.of(STATEMENT), Set.of()), () -> false).orElseThrow());
    assertSameTree(Tree.snapshot(out), wholeBuild());
  }

  @Test
  void anErrorLeavesTheOutputAsItWasAndTheFixBuildsAgain() throws IOException {
    Map<String, String> before = Tree.snapshot(out);
    String good = Files.readString(site.resolve(STATEMENT));
    Files.writeString(site.resolve(STATEMENT), good.replace("stance:", "stanse:"));

    LiveBuilder.Step step = live.quick(options, List.of(STATEMENT), Set.of());

    assertThat(step.result().ok()).isFalse();
    assertThat(step.partial()).isFalse();
    assertThat(printed(step.result())).contains(STATEMENT).contains("stanse");
    assertSameTree(Tree.snapshot(out), before);

    Files.writeString(site.resolve(STATEMENT), good);
    LiveBuilder.Step fixed = live.quick(options, List.of(STATEMENT), Set.of());
    assertThat(fixed.result().ok()).isTrue();
    live.write(live.rest(fixed, () -> false).orElseThrow());
    assertSameTree(Tree.snapshot(out), before);
  }

  @Test
  void anActorsNewCountryReachesTheStatementsThatTakeItsCountry() throws IOException {
    // Orbán's statements name no country: they count for his. Only his file changes.
    String actor = "content/actors/viktor-orban.yaml";
    edit(actor, "country: hu", "country: sk");

    LiveBuilder.Step step = live.quick(options, List.of(actor), Set.of());
    live.write(live.rest(step, () -> false).orElseThrow());

    assertSameTree(Tree.snapshot(out), wholeBuild());
  }

  @Test
  void aProblemInAnUnchangedFileIsReportedAgainAfterAnotherEdit() throws IOException {
    edit(STATEMENT, "kind: position", "kind: position\ndue: 2024-07-01");
    LiveBuilder.Step broken = live.quick(options, List.of(STATEMENT), Set.of());
    String problem = STATEMENT + ":7:6: 'due' is only for speculations";
    assertThat(printed(broken.result())).contains(problem);

    String other = editAnotherStatement("A sentence added.");
    LiveBuilder.Step still = live.quick(options, List.of(other), Set.of());

    assertThat(still.result().ok()).isFalse();
    assertThat(printed(still.result())).isEqualTo(printed(broken.result()));
  }

  @Test
  void aDeletedActorIsReportedUnknownInTheUnchangedStatementsThatNameIt() throws IOException {
    // First an edit elsewhere, so that every statement is remembered from a validation where all references resolved.
    String other = editAnotherStatement("A sentence added.");
    assertThat(live.quick(options, List.of(other), Set.of()).result().ok()).isTrue();

    String actor = "content/actors/viktor-orban.yaml";
    String text = Files.readString(site.resolve(actor));
    Files.delete(site.resolve(actor));
    LiveBuilder.Step gone = live.quick(options, List.of(actor), Set.of());
    assertThat(gone.result().ok()).isFalse();
    assertThat(printed(gone.result())).contains("unknown actor 'viktor-orban'").contains(STATEMENT);

    Files.writeString(site.resolve(actor), text + "draft: true\n");
    LiveBuilder.Step draft = live.quick(options, List.of(actor), Set.of());
    assertThat(printed(draft.result())).contains("'viktor-orban' is a draft");

    Files.writeString(site.resolve(actor), text);
    LiveBuilder.Step back = live.quick(options, List.of(actor), Set.of());
    assertThat(back.result().ok()).isTrue();
    // And once more after an edit elsewhere, now that the references resolve again.
    editAnotherStatement("Another sentence.");
    LiveBuilder.Step again = live.quick(options, List.of(other), Set.of());
    assertThat(again.result().ok()).isTrue();
    live.write(live.rest(again, () -> false).orElseThrow());
    assertSameTree(Tree.snapshot(out), wholeBuild());
  }

  @Test
  void aProblemInAnUnchangedActorIsReportedAgainAfterAnotherEdit() throws IOException {
    String actor = "content/actors/viktor-orban.yaml";
    edit(actor, "wikidata: Q57641", "wikidata: not-an-id");
    LiveBuilder.Step broken = live.quick(options, List.of(actor), Set.of());
    assertThat(printed(broken.result())).contains(actor).contains("not a Wikidata id");

    String other = editAnotherStatement("A sentence added.");
    LiveBuilder.Step still = live.quick(options, List.of(other), Set.of());

    assertThat(still.result().ok()).isFalse();
    assertThat(printed(still.result())).isEqualTo(printed(broken.result()));
  }

  @Test
  void aTemplateOrAssetChangeIsAWholeBuild() throws IOException {
    Files.writeString(site.resolve("assets/extra.txt"), "new\n");

    LiveBuilder.Step step = live.quick(options, List.of("assets/extra.txt"), Set.of());

    assertThat(step.partial()).isFalse();
    assertThat(step.result().ok()).isTrue();
    assertThat(Files.readAllBytes(out.resolve("extra.txt"))).isEqualTo("new\n".getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void unchangedFilesAreNotReadAgain() throws IOException {
    edit(STATEMENT, "Hungary is ready", "Hungary stands ready");
    LiveBuilder.Step step = live.quick(options, List.of(STATEMENT), Set.of());
    assertThat(step.result().ok()).isTrue();
    // Every content file but the edited one came from the cache: the build read one file.
    long files;
    try (Stream<Path> all = Files.walk(site.resolve("content"))) {
      files = all.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("_")).count();
    }
    assertThat(live.cachedFilesOfLastLoad()).isEqualTo((int) files - 1);
  }

  /** An edit of the site's files, and the paths it changes, as the watcher would give them. */
  private record Edit(IoAction action, List<String> changed) {}

  private interface IoAction {
    void run() throws IOException;
  }

  @Test
  void statementsKeepTheOrderOfAWholeBuildAcrossEditsDraftsAndNewFiles() throws IOException {
    // Each step below is validated in the order the one before it found, or sorts again where that no longer fits.
    String other = "content/statements/2024/estonia-backs-rutte.md";
    String added = "content/statements/2023/aaa-first-by-id.md";
    String renamed = "content/statements/2023/zzz-last-by-id.md";
    List<Edit> edits = List.of(
        new Edit(() -> edit(STATEMENT, "Hungary is ready", "Hungary stands ready"), List.of(STATEMENT)),
        new Edit(() -> edit(other, "---\ndate:", "---\ndraft: true\ndate:"), List.of(other)),
        new Edit(() -> edit(STATEMENT, "Hungary stands ready", "Hungary is ready"), List.of(STATEMENT)),
        new Edit(() -> edit(other, "---\ndraft: true\ndate:", "---\ndate:"), List.of(other)),
        new Edit(() -> Files.writeString(site.resolve(added),
            "---\ndate: 2023-01-02\nactor: kaja-kallas\n---\nA first word.\n"), List.of(added)),
        // As many statements as before, one of them another: the order found before fits no longer.
        new Edit(() -> {
          Files.writeString(site.resolve(renamed), "---\ndate: 2023-01-02\nactor: kaja-kallas\n---\nA last word.\n");
          Files.delete(site.resolve(added));
        }, List.of(added, renamed)));
    for (Edit e : edits) {
      e.action().run();
      LiveBuilder.Step step = live.quick(options, e.changed(), Set.of());
      assertThat(step.result().ok()).as(printed(step.result())).isTrue();
      live.write(live.rest(step, () -> false).orElseThrow());
      assertSameTree(Tree.snapshot(out), wholeBuild());
    }
  }

  // ---- helpers ----

  /** Adds a sentence to a statement other than {@link #STATEMENT}; returns its file. */
  private String editAnotherStatement(String sentence) throws IOException {
    String other = "content/statements/2024/estonia-backs-rutte.md";
    Files.writeString(site.resolve(other), Files.readString(site.resolve(other)) + "\n" + sentence + "\n");
    return other;
  }

  private void edit(String file, String from, String to) throws IOException {
    Path p = site.resolve(file);
    String text = Files.readString(p);
    assertThat(text).as(file).contains(from);
    Files.writeString(p, text.replaceFirst(from, to));
  }

  private static String printed(BuildResult r) {
    return new DiagnosticPrinter(r.sourceLines()).print(r.diagnostics());
  }

  /** What {@code baton build} writes for the site as it is now. */
  private Map<String, String> wholeBuild() {
    Path fresh = dir.resolve("fresh-" + System.nanoTime());
    BuildResult r = new Builder().build(new BuildOptions(site, fresh, false));
    assertThat(r.ok()).as(printed(r)).isTrue();
    return Tree.snapshot(fresh);
  }

  private static void assertSameTree(Map<String, String> actual, Map<String, String> expected) {
    assertThat(actual).isEqualTo(expected);
  }
}
