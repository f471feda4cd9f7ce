package baton.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import baton.build.BuildOptions;
import baton.build.BuildResult;
import baton.build.Builder;
import baton.testing.TestSite;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pages are rendered on every core; what a build writes must not depend on how many there are. The same site is
 * built on one thread, on four, and on the common pool, and every file compared byte for byte.
 */
class ParallelDeterminismTest {

  @TempDir Path dir;

  @Test
  void aBuildWritesTheSameBytesOnOneThreadAndOnMany() throws Exception {
    TestSite site = busySite(dir.resolve("site"));

    Map<String, byte[]> one = buildIn(new ForkJoinPool(1), site, dir.resolve("out-1"));
    Map<String, byte[]> four = buildIn(new ForkJoinPool(4), site, dir.resolve("out-4"));
    Map<String, byte[]> common = files(build(site, dir.resolve("out-common")));

    assertThat(one).hasSizeGreaterThan(200);
    assertSameFiles(four, one);
    assertSameFiles(common, one);
  }

  @Test
  void theExampleSiteIsTheSameOnOneThreadAndOnMany() throws Exception {
    Path example = Path.of("").toAbsolutePath();
    if (!Files.isDirectory(example.resolve("content"))) {
      return; // run from elsewhere than the project folder: the other test covers it
    }
    Map<String, byte[]> one = buildIn(new ForkJoinPool(1), example, dir.resolve("example-1"));
    Map<String, byte[]> four = buildIn(new ForkJoinPool(4), example, dir.resolve("example-4"));
    assertSameFiles(four, one);
  }

  @Test
  void problemsAreReportedInTheSameOrderOnOneThreadAndOnMany() throws Exception {
    TestSite site = busySite(dir.resolve("broken"));
    // Statements are converted on every core when there are many: break a hundred of them in two ways each.
    for (int i = 0; i < 240; i += 2) {
      Path file = site.root().resolve("content/statements/s" + i + ".md");
      if (Files.exists(file)) {
        String text = Files.readString(file);
        Files.writeString(file, text.replace("mentions: [p", "due: 2024-07-01\nmentions: [nobody-" + i + ", p"));
      }
    }
    List<String> one = problemsIn(new ForkJoinPool(1), site.root());
    List<String> four = problemsIn(new ForkJoinPool(4), site.root());

    assertThat(one).hasSizeGreaterThan(64).anyMatch(p -> p.contains("'due' is only for speculations"));
    assertThat(four).isEqualTo(one);
  }

  private static List<String> problemsIn(ForkJoinPool pool, Path siteDir) throws Exception {
    try {
      BuildResult result = pool.submit(() -> new Builder().check(new BuildOptions(siteDir, siteDir.resolve("out"), false))).get();
      return result.diagnostics().inOrder().stream().map(Object::toString).toList();
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void jobsRunInParallelButResultsComeInTheirOrder() {
    List<Supplier<Integer>> jobs = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      int n = i;
      // Uneven costs, so that later jobs often finish first.
      jobs.add(() -> IntStream.range(0, (500 - n) * 50).map(x -> x % 7).sum() * 0 + n);
    }
    assertThat(InOrder.run(jobs)).containsExactlyElementsOf(IntStream.range(0, 500).boxed().toList());
  }

  @Test
  void theFirstFailureInOrderIsTheOneReported() {
    List<Supplier<String>> jobs = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      int n = i;
      jobs.add(
          () -> {
            if (n == 120 || n == 199) {
              throw new IllegalStateException("job " + n);
            }
            return "ok";
          });
    }
    for (int round = 0; round < 5; round++) {
      assertThatThrownBy(() -> InOrder.run(jobs)).hasMessage("job 120");
    }
  }

  @Test
  void anErrorInAJobIsThrownOnlyOnceEveryJobHasEnded() throws Exception {
    // A build writes files from its jobs and removes them on failure: no job may still be running by then.
    java.util.concurrent.atomic.AtomicInteger ended = new java.util.concurrent.atomic.AtomicInteger();
    List<Supplier<String>> jobs = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      int n = i;
      jobs.add(() -> {
        try {
          if (n == 0) {
            throw new StackOverflowError("job 0");
          }
          Thread.sleep(2);
          return "ok";
        } catch (InterruptedException e) {
          throw new IllegalStateException(e);
        } finally {
          ended.incrementAndGet();
        }
      });
    }
    ForkJoinPool pool = new ForkJoinPool(4);
    try {
      assertThatThrownBy(() -> pool.submit(() -> InOrder.run(jobs)).get())
          .hasCauseInstanceOf(StackOverflowError.class);
      assertThat(ended).hasValue(40);
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void jobsStartedFirstStillComeInTheirOrderAndTheFirstFailureInOrderIsReported() throws Exception {
    List<String> started = java.util.Collections.synchronizedList(new ArrayList<>());
    List<Supplier<String>> jobs = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      int n = i;
      jobs.add(() -> {
        started.add("job " + n);
        if (n == 10 || n == 48) {
          throw new IllegalStateException("job " + n);
        }
        return "job " + n;
      });
    }
    // In one thread, the order of starting is the order of the run: the positions given first (a repeated one once),
    // then the others in order.
    List<String> ok =
        new ForkJoinPool(1).submit(() -> InOrder.run(jobs.subList(11, 48), new int[] {34, 35, 36, 20, 34})).get();
    assertThat(ok).containsExactlyElementsOf(IntStream.range(11, 48).mapToObj(n -> "job " + n).toList());
    assertThat(started).hasSize(37);
    assertThat(started.subList(0, 6)).containsExactly("job 45", "job 46", "job 47", "job 31", "job 11", "job 12");
    assertThat(started).containsOnlyOnce("job 45", "job 31");

    started.clear();
    assertThatThrownBy(() -> InOrder.run(jobs, new int[] {48, 49})).hasMessage("job 10");
    assertThat(started).hasSize(50).contains("job 48", "job 49");
  }

  // ---- helpers ----

  private static Map<String, byte[]> buildIn(ForkJoinPool pool, TestSite site, Path out) throws Exception {
    return buildIn(pool, site.root(), out);
  }

  private static Map<String, byte[]> buildIn(ForkJoinPool pool, Path siteDir, Path out) throws Exception {
    try {
      return files(pool.submit(() -> build(siteDir, out)).get());
    } finally {
      pool.shutdown();
      pool.awaitTermination(10, TimeUnit.SECONDS);
    }
  }

  private static Path build(TestSite site, Path out) {
    return build(site.root(), out);
  }

  private static Path build(Path siteDir, Path out) {
    BuildResult result = new Builder().build(new BuildOptions(siteDir, out, false));
    assertThat(result.ok()).as("the site builds: %s", result.diagnostics().sorted()).isTrue();
    return out;
  }

  private static Map<String, byte[]> files(Path root) {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(p).toString(), Files.readAllBytes(p));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  private static void assertSameFiles(Map<String, byte[]> actual, Map<String, byte[]> expected) {
    assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
    for (Map.Entry<String, byte[]> e : expected.entrySet()) {
      assertThat(actual.get(e.getKey())).as(e.getKey()).isEqualTo(e.getValue());
    }
  }

  /**
   * A site with enough of everything that pages of every kind are rendered at the same time: countries joining
   * and leaving, actors of every kind, a few hundred statements with Markdown bodies, quotes, sources, joint
   * decisions and changes of stance, events of every status.
   */
  private static TestSite busySite(Path root) {
    TestSite site =
        TestSite.in(root)
            .file("content/site.yaml", "title: A busy race\ndescription: Many things at once.\nasOf: 2024-09-30\n")
            .file(
                "content/offices/sg.md",
                """
                ---
                name: Secretary General
                body: The Alliance
                rule: consensus
                holders:
                  - actor: p0
                    from: 2014-10-01
                    to: 2024-10-01
                candidates: [p1, p2, p3]
                ---
                The post, in *few* words.
                """);
    String[] codes = {"aa", "bb", "cc", "dd", "ee", "ff", "gg", "hh", "ii", "jj", "kk", "ll"};
    for (int i = 0; i < codes.length; i++) {
      String from = i < 9 ? "1949" : "2024-0" + (i - 6) + "-15";
      site.file(
          "content/countries/" + codes[i] + ".yaml",
          "name: Country " + codes[i].toUpperCase() + "\ncode: " + codes[i].toUpperCase() + "\nmembership:\n  - from: " + from + "\n");
    }
    String[] kinds = {"person", "government", "organisation", "outlet", "group"};
    for (int i = 0; i < 30; i++) {
      String country = i % 3 == 0 ? "" : "country: " + codes[i % codes.length] + "\n";
      site.file(
          "content/actors/p" + i + ".yaml",
          "name: Actor Number " + i + "\nkind: " + (i < 4 ? "person" : kinds[i % kinds.length]) + "\n" + country
              + (i % 7 == 0 ? "anonymous: true\n" : ""));
    }
    String[] stances = {"supports", "no-objection", "undecided", "opposes", "withdraws"};
    for (int i = 0; i < 40; i++) {
      site.file(
          "content/events/e" + i + ".md",
          "---\ndate: 2024-" + two(1 + i % 12) + "-" + two(1 + i % 27) + "\ntitle: Meeting number " + i
              + "\nkind: meeting\ncountries: [" + codes[i % codes.length] + "]\nactors: [p" + (4 + i % 20) + "]\n"
              + (i % 9 == 0 ? "status: cancelled\n" : "") + "---\nWhat happened at meeting " + i + ".\n");
    }
    for (int i = 0; i < 240; i++) {
      StringBuilder s = new StringBuilder("---\n");
      s.append("date: 2024-").append(two(1 + i % 9)).append(i % 5 == 0 ? "" : "-" + two(1 + i % 28)).append('\n');
      s.append("actor: p").append(4 + i % 26).append('\n');
      if (i % 11 == 0) {
        s.append("countries: members\n");
      } else if (i % 4 != 0) {
        s.append("country: ").append(codes[i % codes.length]).append('\n');
      } else {
        s.append("countries: [").append(codes[i % codes.length]).append(", ").append(codes[(i + 5) % codes.length])
            .append("]\n");
      }
      if (i % 4 != 3) {
        s.append("candidate: p").append(1 + i % 3).append('\n');
        s.append("stance: ").append(stances[i % stances.length]).append('\n');
      }
      if (i % 6 == 0) {
        s.append("quote: \"We say number ").append(i).append(", with “quotes” & <angles>.\"\n");
      }
      s.append("mentions: [p").append(i % 30).append("]\n");
      s.append("about: [e").append(i % 40).append("]\n");
      s.append("source:\n  - outlet: p").append(5 + i % 5 * 5).append("\n    url: https://example.org/n/").append(i)
          .append("\n    title: Report ").append(i).append('\n');
      s.append("---\n");
      s.append("Statement **").append(i).append("** said _something_ about [the race](https://example.org/").append(i)
          .append(").\n\n- one\n- two\n\n| a | b |\n|---|---|\n| ").append(i).append(" | x |\n");
      site.file("content/statements/s" + i + ".md", s.toString());
    }
    return site;
  }

  private static String two(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }
}
