package baton.hostile;

import baton.testing.Tree;
import static org.assertj.core.api.Assertions.assertThat;

import baton.render.OutputFile;
import baton.site.SiteWriter;
import baton.testing.TestSite;
import baton.testing.TestSite.Run;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 7, point 4: a build killed at any moment loses nothing, and two builds never write one output folder at once.
 * Builds to be killed or locked out run in a child JVM ({@link ChildJvm}), as a second {@code baton} would.
 */
class CrashSafetyTest {

  /** Long enough for a busy machine to render the large site; only a hung build reaches it. */
  private static final Duration PATIENCE = Duration.ofMinutes(3);

  @TempDir Path dir;

  private Path site() {
    return dir.resolve("site");
  }

  private Path out() {
    return dir.resolve("out");
  }

  private Run build(Path site) {
    return TestSite.in(site).run("build", "--out", out().toString());
  }

  /** The good site, built: the output that must survive. */
  private Map<String, String> previousOutput() {
    GoodSite.writeTo(TestSite.in(site()));
    Run run = build(site());
    assertThat(run.status()).as(run.err()).isZero();
    return Tree.snapshot(out());
  }

  /**
   * Enough entries that rendering takes a while, and enough assets that the staged folder stands for a while before
   * it is swapped in: the window in which the build is killed.
   */
  private void makeItLarge() {
    TestSite s = TestSite.in(site());
    LocalDate start = LocalDate.of(2020, 1, 1);
    for (int i = 0; i < 600; i++) {
      s.file(String.format("content/statements/generated/s-%04d.md", i),
          "---\ndate: " + start.plusDays(i) + "\nactor: uk-foreign-office\ncandidate: mark-rutte\nstance: "
              + (i % 3 == 0 ? "undecided" : "supports") + "\nquote: \"Statement " + i + "\"\n---\nBody " + i + ".\n");
    }
    byte[] asset = "x".repeat(4_096).getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < 2_000; i++) {
      s.bytes(String.format("assets/padding/%02d/a-%04d.txt", i % 50, i), asset);
    }
  }

  @Test
  void aBuildKilledMidwayLeavesThePreviousOutputAndTheNextBuildSucceeds() throws Exception {
    Map<String, String> previous = previousOutput();
    makeItLarge();

    Process child = ChildJvm.command(Files.createDirectories(dir.resolve("tmp")), dir.resolve("child.log"),
        "build", "--site", site().toString(), "--out", out().toString());
    Optional<Path> staging = waitForStaging(child);
    child.destroyForcibly();
    assertThat(child.waitFor(1, TimeUnit.MINUTES)).isTrue();
    assertThat(staging).as("the build was killed while staging; it printed:\n%s",
        Files.readString(dir.resolve("child.log"))).isPresent();

    assertThat(leftovers()).as("what the killed build left").isNotEmpty();
    assertThat(Tree.snapshot(survivingOutput())).as("the previous output, byte for byte").isEqualTo(previous);

    Run next = build(site());
    assertThat(next.err()).isEmpty();
    assertThat(next.status()).isZero();
    assertThat(out().resolve("statements/s-0599/index.html")).exists();
    assertThat(out().resolve("padding/49/a-1999.txt")).exists();
    assertThat(leftovers()).as("the next build removes what the killed one left").isEmpty();
  }

  /** Polls for the staged folder of the child's build; empty when the child ended first. */
  private Optional<Path> waitForStaging(Process child) throws Exception {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (System.nanoTime() < deadline && child.isAlive()) {
      Optional<Path> staging = leftovers().stream()
          .filter(p -> p.getFileName().toString().startsWith(".out.staging-"))
          .findFirst();
      if (staging.isPresent()) {
        // Let it write a few files, so that the kill lands in the middle of the staging.
        Thread.sleep(50);
        return staging;
      }
      Thread.sleep(2);
    }
    return Optional.empty();
  }

  /** The staged and old folders beside the output. */
  private List<Path> leftovers() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().matches("\\.out\\.(staging|old)-.*")).sorted().toList();
    }
  }

  /**
   * The output folder, or, if the kill fell between the build's two renames (the output moved aside, the new one
   * not yet in place), the previous output where it was moved to; the next build puts it back.
   */
  private Path survivingOutput() throws IOException {
    if (Files.exists(out())) {
      return out();
    }
    return leftovers().stream().filter(p -> p.getFileName().toString().startsWith(".out.old-")).findFirst()
        .orElseThrow(() -> new AssertionError("the output is gone and nothing was kept"));
  }

  @Test
  void aBuildKilledBetweenItsTwoRenamesGetsThePreviousOutputBack() throws Exception {
    Map<String, String> previous = previousOutput();
    // As a build killed between the renames leaves it: the output moved aside, a staged folder beside it.
    Files.move(out(), dir.resolve(".out.old-k1ll3d"));
    Files.createDirectories(dir.resolve(".out.staging-k1ll3d/statements"));

    // A publish that fails while staging must leave the previous output in place, as it found it.
    List<OutputFile> broken = List.of(new OutputFile("../escape.html", new byte[0]));
    try (SiteWriter.Staged staged = new SiteWriter().stage(site(), out(), site().resolve("assets"), Set.of())) {
      broken.forEach(staged::write); // as a build writes each file it made, then commits
      staged.commit();
    } catch (Exception | AssertionError e) {
      // refused, as it should be; what matters is what is left
    }
    assertThat(Tree.snapshot(out())).isEqualTo(previous);
    assertThat(leftovers()).isEmpty();
    assertThat(dir.resolve("escape.html")).doesNotExist();

    Run next = build(site());
    assertThat(next.status()).as(next.err()).isZero();
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void aBuildIsRefusedWhileAnotherProcessHoldsTheOutput() throws Exception {
    Map<String, String> previous = previousOutput();
    TestSite.in(site()).file("content/site.yaml", "title: A second build\n");
    try (FileChannel channel = FileChannel.open(dir.resolve(".out.lock"), StandardOpenOption.WRITE);
        FileLock held = channel.lock()) {
      // This test holds the output's lock as a running build does; the build below runs in another process.
      assertThat(held.isValid()).isTrue();
      Path log = dir.resolve("second.log");
      Process second = ChildJvm.command(Files.createDirectories(dir.resolve("tmp")), log,
          "build", "--site", site().toString(), "--out", out().toString());
      assertThat(second.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
      assertThat(second.exitValue()).isEqualTo(3);
      assertThat(Files.readString(log))
          .isEqualTo("baton: another build is writing " + out() + " (wait for it to finish)\n");

      Run inProcess = build(site());
      assertThat(inProcess.status()).isEqualTo(3);
      assertThat(inProcess.err()).isEqualTo("baton: another build is writing " + out() + " (wait for it to finish)\n");
    }
    assertThat(Tree.snapshot(out())).isEqualTo(previous);
    assertThat(build(site()).status()).as("once the other is done").isZero();
  }

  @Test
  void twoBuildsAtOnceAreNeverInterleaved() throws Exception {
    previousOutput();
    Path siteA = dir.resolve("site-a");
    Path siteB = dir.resolve("site-b");
    for (Path s : List.of(siteA, siteB)) {
      Tree.copy(site(), s);
      TestSite t = TestSite.in(s).file("content/site.yaml", "title: Site " + s.getFileName() + "\n");
      for (int i = 0; i < 600; i++) {
        t.file(String.format("assets/padding/a-%04d.txt", i), "padding " + i + "\n");
      }
    }
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<String> statuses = new ArrayList<>();
      for (int round = 0; round < 5; round++) {
        CyclicBarrier start = new CyclicBarrier(2);
        List<Future<Run>> runs = new ArrayList<>();
        for (Path s : List.of(siteA, siteB)) {
          runs.add(pool.submit(() -> {
            start.await();
            return build(s);
          }));
        }
        for (Future<Run> f : runs) {
          Run r = f.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
          statuses.add(String.valueOf(r.status()));
          if (r.status() != 0) {
            assertThat(r.status()).isEqualTo(3);
            assertThat(r.err()).isEqualTo("baton: another build is writing " + out() + " (wait for it to finish)\n");
          }
        }
        String title = OutputScan.page(out(), "index.html").title();
        String json = Files.readString(out().resolve("data/timeline.json"));
        assertThat(title).isIn("Site site-a", "Site site-b");
        assertThat(json).as("every file from the same build").contains("\"title\" : \"" + title + "\"");
        try (Stream<Path> padding = Files.list(out().resolve("padding"))) {
          assertThat(padding.count()).isEqualTo(600);
        }
      }
      assertThat(statuses).contains("0");
    } finally {
      pool.shutdownNow();
    }
    assertThat(leftovers()).isEmpty();
  }
}
