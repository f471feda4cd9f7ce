package baton.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import baton.testing.TestSite;
import io.methvin.watcher.hashing.FileHasher;
import io.methvin.watchservice.MacOSXListeningWatchService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which watch service serve uses where, and how the macOS one is set up. What each one reports: SiteWatcherTest. */
class WatchBackendTest {

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"Mac OS X", "macOS"})
  void onMacOsItIsFsEventsThroughDirectoryWatcher(String osName) throws IOException {
    WatchBackend backend = WatchBackend.forSystem(osName, dir);
    try {
      assertThat(backend).isInstanceOf(WatchBackend.FsEvents.class);
      assertThat(backend.service()).isInstanceOf(MacOSXListeningWatchService.class);
      assertThat(backend.watchesTrees()).isTrue();
    } finally {
      backend.service().close();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"Linux", "Windows 11", "FreeBSD"})
  void elsewhereItIsTheJdksWatchService(String osName) throws IOException {
    WatchBackend backend = WatchBackend.forSystem(osName, dir);
    try (var jdk = dir.getFileSystem().newWatchService()) {
      assertThat(backend).isInstanceOf(WatchBackend.Jdk.class);
      assertThat(backend.service()).hasSameClassAs(jdk);
      assertThat(backend.watchesTrees()).isFalse();
    } finally {
      backend.service().close();
    }
  }

  @Test
  void whereFsEventsCannotLoadTheJdksServiceWatchesInsteadAndSaysSo() throws Exception {
    assumeFalse(System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("mac"), "FSEvents loads on macOS");
    TestSite site = TestSite.in(dir).file("content/site.yaml", "title: Watch test\n");
    BlockingQueue<SiteWatcher.Change> batches = new LinkedBlockingQueue<>();
    List<String> warnings = new CopyOnWriteArrayList<>();

    try (SiteWatcher watcher = SiteWatcher.open(dir, WatchBackend.fsEvents(dir), batches::add, warnings::add)) {
      assertThat(warnings).singleElement().asString()
          .startsWith("cannot use the system's file events (UnsatisfiedLinkError: ")
          .endsWith("); watching by polling instead, so a rebuild can start about 2 seconds after a save")
          .doesNotContain("\n");
      watcher.start();
      site.file("content/site.yaml", "title: Watched all the same\n");
      SiteWatcher.Change change = batches.poll(ServedSite.WAIT.toSeconds(), TimeUnit.SECONDS);
      assertThat(change).isNotNull();
      assertThat(change.paths()).containsExactly("content/site.yaml");
    }
  }

  @Test
  void fsEventsGathersTheEventsOfASaveWithinOneBatch() {
    var config = new WatchBackend.FsEventsConfig(dir);
    assertThat(config.latency()).isPositive().isLessThan(SiteWatcher.SETTLE.toMillis() / 1000.0);
    assertThat(config.fileLevelEvents()).as("the changed file, not every file of its folder").isTrue();
  }

  @Test
  void fsEventsLooksOnlyAtWhatBatonReads() throws IOException {
    TestSite.in(dir)
        .file("content/actors/ada.yaml", "name: Ada\n")
        .file("content/actors/.ada.yaml.swp", "swap")
        .file("content/_drafts/x.md", "draft")
        .file("content/.git/HEAD", "ref")
        .file("assets/_logo.svg", "<svg/>");
    var visitor = new WatchBackend.FsEventsConfig(dir).fileTreeVisitor();
    List<String> folders = new ArrayList<>();
    List<String> files = new ArrayList<>();
    visitor.recursiveVisitFiles(dir.resolve("content"), p -> folders.add(relative(p)), p -> files.add(relative(p)));
    visitor.recursiveVisitFiles(dir.resolve("assets"), p -> folders.add(relative(p)), p -> files.add(relative(p)));

    assertThat(folders).containsExactlyInAnyOrder("content", "content/actors", "assets");
    assertThat(files).containsExactlyInAnyOrder("content/actors/ada.yaml", "assets/_logo.svg");
  }

  @Test
  void fsEventsTellsAChangedFileByItsSizeAndTime() throws IOException {
    FileHasher hasher = new WatchBackend.FsEventsConfig(dir).fileHasher();
    Path file = dir.resolve("a.md");
    Files.writeString(file, "one\n");
    Files.setLastModifiedTime(file, FileTime.fromMillis(1_700_000_000_000L));
    var first = hasher.hash(file);

    assertThat(hasher.hash(file)).as("unchanged").isEqualTo(first);
    Files.setLastModifiedTime(file, FileTime.fromMillis(1_700_000_000_001L));
    assertThat(hasher.hash(file)).as("touched").isNotEqualTo(first);
    Files.writeString(file, "three\n");
    Files.setLastModifiedTime(file, FileTime.fromMillis(1_700_000_000_000L));
    assertThat(hasher.hash(file)).as("same time, other size").isNotEqualTo(first);
  }

  private String relative(Path p) {
    return dir.relativize(p).toString().replace('\\', '/');
  }
}
