package baton.hostile;

import baton.testing.Tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import baton.hostile.ChildJvm.Result;
import baton.testing.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.opentest4j.AssertionFailedError;

/**
 * Issue 7, point 1: every case of {@link HostileCases} built by the real command line in a JVM with a 256 MiB heap.
 * For each: the verdict and the exact first diagnostics; no stack trace; the previous output untouched when the build
 * fails; nothing written outside the output folder (the site, the folder around it and the JVM's temporary folder
 * are compared before and after); and the build done within {@link #BOUND}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputsTest {

  /** Generous: a warm build of these sites takes a tenth of that; the bound is for a hostile input that hangs. */
  static final Duration BOUND = Duration.ofSeconds(5);

  private static final String OUT = "out";
  private static final Predicate<String> OUTPUT_AND_SIBLINGS = n -> n.equals(OUT) || n.startsWith("." + OUT + ".");

  @TempDir static Path shared;
  private Path jvmTmp;
  private Path goodSite;
  private Path goodOut;
  private ChildJvm server;

  static Stream<HostileCase> cases() {
    return HostileCases.all();
  }

  @BeforeAll
  void buildTheGoodSiteOnce() throws IOException {
    jvmTmp = Files.createDirectories(shared.resolve("jvm-tmp"));
    goodSite = shared.resolve("good/site");
    goodOut = shared.resolve("good/" + OUT);
    GoodSite.writeTo(TestSite.in(goodSite));
    Result r = server().run("build", "--site", goodSite.toString(), "--out", goodOut.toString());
    assertThat(r.err()).isEmpty();
    assertThat(r.status()).isZero();
  }

  @AfterAll
  void stopTheServer() {
    if (server != null) {
      server.close();
    }
  }

  private ChildJvm server() {
    if (server == null || !server.isAlive()) {
      server = ChildJvm.server(jvmTmp, shared.resolve("server-" + System.nanoTime() + ".log"));
    }
    return server;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void hostileInput(HostileCase c, @TempDir Path dir) throws IOException {
    Path site = dir.resolve("site");
    Path out = dir.resolve(OUT);
    Tree.copy(goodSite, site);
    Tree.copy(goodOut, out);
    c.breakage().apply(TestSite.in(site));
    Map<String, String> outside = Tree.snapshot(dir, OUTPUT_AND_SIBLINGS);
    Map<String, String> previous = Tree.snapshot(out);

    Result r = buildWithinBound(site, out);

    assertThat(r.all()).as("no stack trace").doesNotContain("\tat ", "Exception", "internal error");
    if (c.verdict() instanceof HostileCase.Errors errors) {
      assertErrors(r, errors);
      assertThat(Tree.snapshot(out)).as("the previous output, untouched").isEqualTo(previous);
    } else if (c.verdict() instanceof HostileCase.Safe safe) {
      assertThat(r.err()).as("a safe build reports nothing").isEmpty();
      assertThat(r.status()).isZero();
      assertThat(out.resolve(".baton-output")).exists();
      OutputScan.assertSafe(out);
      safe.assertion().check(out);
    }
    assertThat(Tree.snapshot(dir, OUTPUT_AND_SIBLINGS)).as("nothing written outside the output folder").isEqualTo(outside);
    assertThat(Tree.snapshot(jvmTmp)).as("nothing written in the temporary folder").isEmpty();
    try (Stream<Path> siblings = Files.list(dir)) {
      assertThat(siblings.map(p -> p.getFileName().toString()))
          .as("no staging or old folder left beside the output")
          .noneMatch(n -> n.startsWith("." + OUT + ".staging-") || n.startsWith("." + OUT + ".old-"));
    }
  }

  /**
   * The build, which must end within {@link #BOUND}. Other work on a busy machine can stall a build past the bound
   * once, so a case that times out is built again in a fresh, warmed-up JVM; an input that hangs Baton times out both.
   */
  private Result buildWithinBound(Path site, Path out) throws IOException {
    try {
      return timed(site, out);
    } catch (AssertionFailedError e) {
      restartWarm();
      return timed(site, out);
    }
  }

  private Result timed(Path site, Path out) {
    try {
      return assertTimeoutPreemptively(
          BOUND, () -> server().run("build", "--site", site.toString(), "--out", out.toString()),
          "the build did not finish within " + BOUND.toSeconds() + " s");
    } catch (AssertionFailedError | RuntimeException e) {
      // A hung or dead build JVM is of no use to the next case.
      server.close();
      throw e;
    }
  }

  private void restartWarm() throws IOException {
    server.close();
    Path warm = shared.resolve("warm-" + System.nanoTime());
    Result r = server().run("build", "--site", goodSite.toString(), "--out", warm.toString());
    assertThat(r.status()).as("warming up: %s", r.all()).isZero();
  }

  private static void assertErrors(Result r, HostileCase.Errors expected) {
    List<String> printed = Printed.diagnostics(r.err());
    assertThat(r.status()).as("exit status; printed:\n%s", r.all()).isEqualTo(1);
    assertThat(printed.subList(0, Math.min(printed.size(), expected.first().size())))
        .as("the first diagnostics; printed:\n%s", r.err())
        .containsExactlyElementsOf(expected.first());
    for (String d : printed) {
      assertThat(d).as("every diagnostic says what to do").matches("(?s).*\\(.+\\)$");
    }
    assertThat(r.err()).as("summary").endsWith(
        expected.errorCount() + " error" + (expected.errorCount() == 1 ? "" : "s") + ", 0 warnings: nothing written\n");
  }
}
