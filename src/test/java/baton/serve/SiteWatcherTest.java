package baton.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import baton.testing.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The batches SiteWatcher hands on, over each backend it can use: the JDK's watch service (Linux and Windows, and
 * macOS when FSEvents cannot load), a stand-in shaped like directory-watcher's macOS service (whole trees, whole
 * paths; see {@link TreeWatchBackend}), and on macOS that service itself, over FSEvents. Every wait is for a batch,
 * bounded by {@link ServedSite#WAIT}, never a fixed sleep.
 */
class SiteWatcherTest {

  /** A file outside the scenarios, saved until a batch names it: FSEvents starts listening on a thread of its own. */
  private static final String PROBE = "content/probe.txt";

  @TempDir Path dir;

  static Stream<String> backends() {
    boolean mac = System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("mac");
    return mac ? Stream.of("jdk", "tree", "fsevents") : Stream.of("jdk", "tree");
  }

  private TestSite site() {
    return TestSite.in(dir)
        .file("content/site.yaml", "title: Watch test\n")
        .file("content/actors/ada.yaml", "name: Ada Lovelace\nkind: person\n")
        .file("content/pages/about.md", "---\ntitle: About\n---\nFirst version.\n")
        .file("assets/note.txt", "one\n");
  }

  @ParameterizedTest
  @MethodSource("backends")
  void aSaveIsOneBatchNamingTheFile(String backend) throws IOException {
    TestSite site = site();
    try (Watched watched = watch(backend)) {
      site.file("content/pages/about.md", "---\ntitle: About\n---\nSecond version.\n");
      assertThat(watched.nextBatch()).containsExactly("content/pages/about.md");
    }
  }

  @ParameterizedTest
  @MethodSource("backends")
  void aSaveThroughATemporaryFileNamesOnlyTheFile(String backend) throws IOException {
    TestSite site = site();
    try (Watched watched = watch(backend)) {
      // As sed -i and many editors save: write a new file beside it, then rename it over the old one.
      site.file("content/pages/sedX1b2c3", "---\ntitle: About\n---\nSecond version.\n");
      Files.move(dir.resolve("content/pages/sedX1b2c3"), dir.resolve("content/pages/about.md"),
          StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      assertThat(watched.nextBatch()).containsExactly("content/pages/about.md");
    }
  }

  @ParameterizedTest
  @MethodSource("backends")
  void editorFilesAndIgnoredFilesMakeNoBatch(String backend) throws IOException {
    TestSite site = site();
    try (Watched watched = watch(backend)) {
      site.file("content/actors/.ada.yaml.swp", "swap")
          .file("content/actors/4913", "")
          .file("content/actors/ada.yaml~", "backup")
          .file("content/_notes.md", "notes")
          .file("content/_drafts/x.md", "draft")
          .file("assets/.DS_Store", "finder");
      Files.delete(dir.resolve("content/actors/4913"));
      site.file("content/actors/ada.yaml", "name: Ada King\nkind: person\n");
      assertThat(watched.nextBatch()).containsExactly("content/actors/ada.yaml");
    }
  }

  @ParameterizedTest
  @MethodSource("backends")
  void aNewFolderIsWatchedWithWhatItHolds(String backend) throws IOException {
    TestSite site = site();
    try (Watched watched = watch(backend)) {
      Files.createDirectories(dir.resolve("content/events/2024"));
      watched.batchWith("content/events"::equals);

      site.file("content/events/2024/summit.md", "---\ndate: 2024-04-04\ntitle: Summit\n---\n");
      watched.batchWith("content/events/2024/summit.md"::equals);
      site.file("content/events/2024/summit.md", "---\ndate: 2024-04-05\ntitle: Summit\n---\n");
      assertThat(watched.nextBatch()).containsExactly("content/events/2024/summit.md");
    }
  }

  @ParameterizedTest
  @MethodSource("backends")
  void aWatchedFolderThatAppearsIsWatched(String backend) throws IOException {
    TestSite site = site();
    try (Watched watched = watch(backend)) {
      site.file("templates/baton.css", "body { color: black; }\n");
      watched.batchWith("templates"::equals);

      site.file("templates/baton.css", "body { color: rebeccapurple; }\n");
      assertThat(watched.nextBatch()).containsExactly("templates/baton.css");
    }
  }

  @ParameterizedTest
  @MethodSource("backends")
  void aWatchedFolderDeletedAndMadeAgainIsWatchedAgain(String backend) throws IOException {
    TestSite site = site();
    try (Watched watched = watch(backend)) {
      deleteTree(dir.resolve("assets"));
      watched.batchWith("assets"::equals);

      site.file("assets/note.txt", "two\n");
      watched.batchWith(p -> p.equals("assets") || p.equals("assets/note.txt"));
      site.file("assets/note.txt", "three\n");
      watched.batchWith("assets/note.txt"::equals);
    }
  }

  private Watched watch(String backend) throws IOException {
    WatchBackend chosen = switch (backend) {
      case "jdk" -> WatchBackend.jdk(dir);
      case "tree" -> new TreeWatchBackend(dir);
      case "fsevents" -> WatchBackend.fsEvents(dir);
      default -> throw new IllegalArgumentException(backend);
    };
    return new Watched(SiteWatcher.open(dir, chosen, this::changed, warnings::add));
  }

  private final BlockingQueue<SiteWatcher.Change> batches = new LinkedBlockingQueue<>();
  private final List<String> warnings = new CopyOnWriteArrayList<>();

  private void changed(SiteWatcher.Change change) {
    batches.add(change);
  }

  /** A started watcher; closing it checks that it warned of nothing (such as falling back from FSEvents). */
  private final class Watched implements AutoCloseable {

    private final SiteWatcher watcher;

    Watched(SiteWatcher watcher) throws IOException {
      this.watcher = watcher;
      watcher.start();
      long deadline = System.nanoTime() + ServedSite.WAIT.toNanos();
      for (int n = 0; ; n++) {
        Files.writeString(dir.resolve(PROBE), "probe " + n + "\n");
        SiteWatcher.Change change = poll(deadline, 1);
        if (change != null && change.paths().contains(PROBE)) {
          return;
        }
      }
    }

    /** The next batch that names more than the probe, without it. */
    List<String> nextBatch() {
      long deadline = System.nanoTime() + ServedSite.WAIT.toNanos();
      while (true) {
        SiteWatcher.Change change = poll(deadline, ServedSite.WAIT.toSeconds());
        List<String> paths =
            change == null ? List.of() : change.paths().stream().filter(p -> !p.equals(PROBE)).toList();
        if (!paths.isEmpty()) {
          return paths;
        }
      }
    }

    /** Waits for a batch with a path that passes {@code wanted}; earlier batches are passed over. */
    List<String> batchWith(Predicate<String> wanted) {
      long deadline = System.nanoTime() + ServedSite.WAIT.toNanos();
      while (true) {
        List<String> paths = nextBatch();
        if (paths.stream().anyMatch(wanted)) {
          return paths;
        }
        assertThat(System.nanoTime()).as("waiting for a batch; last %s", paths).isLessThan(deadline);
      }
    }

    private SiteWatcher.Change poll(long deadline, long seconds) {
      if (System.nanoTime() > deadline) {
        fail("no batch in %s s; warnings: %s", ServedSite.WAIT.toSeconds(), warnings);
      }
      try {
        return batches.poll(seconds, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }

    @Override
    public void close() {
      watcher.close();
      assertThat(warnings).isEmpty();
      ServedSite.await("directory-watcher's threads to end", () -> Thread.getAllStackTraces().keySet().stream()
          .noneMatch(t -> t.isAlive() && t.getName().startsWith("WatchService for " + dir)));
    }
  }

  private static void deleteTree(Path top) throws IOException {
    try (Stream<Path> all = Files.walk(top)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
