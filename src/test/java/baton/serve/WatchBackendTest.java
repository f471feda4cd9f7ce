package baton.serve;

import static org.assertj.core.api.Assertions.assertThat;

import baton.testing.TestSite;
import io.methvin.watcher.hashing.FileHasher;
import io.methvin.watchservice.MacOSXListeningWatchService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
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
  void theBackendChosenForThisSystemStartsWithoutFallingBack() throws IOException {
    TestSite.in(dir).file("content/site.yaml", "title: Watch test\n");
    List<String> warnings = new CopyOnWriteArrayList<>();
    try (SiteWatcher watcher = SiteWatcher.open(dir, change -> {}, warnings::add)) {
      assertThat(warnings).as("on macOS: FSEvents loaded").isEmpty();
    }
  }

  @Test
  void whereFsEventsCannotLoadTheJdksServiceWatchesInsteadAndSaysSo() throws Exception {
    TestSite site = TestSite.in(dir).file("content/site.yaml", "title: Watch test\n");
    BlockingQueue<SiteWatcher.Change> batches = new LinkedBlockingQueue<>();
    List<String> warnings = new CopyOnWriteArrayList<>();

    try (SiteWatcher watcher = SiteWatcher.open(dir, unloadable(), batches::add, warnings::add)) {
      assertThat(warnings).singleElement().asString()
          .startsWith("cannot use the system's file events (UnsatisfiedLinkError: Unable to load library 'Carbon'")
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

  /**
   * Off macOS, directory-watcher's own service, which cannot load Carbon there; on macOS, where it loads, a backend
   * that fails as it would.
   */
  private WatchBackend unloadable() {
    WatchBackend fsEvents = WatchBackend.fsEvents(dir);
    if (!System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("mac")) {
      return fsEvents;
    }
    return new WatchBackend() {
      @Override
      public WatchService service() {
        return fsEvents.service();
      }

      @Override
      public boolean watchesTrees() {
        return true;
      }

      @Override
      public WatchKey register(Path folder, WatchEvent.Kind<?>[] kinds) {
        throw new UnsatisfiedLinkError("Unable to load library 'Carbon':\nCarbon.framework: not found");
      }
    };
  }

  private String relative(Path p) {
    return dir.relativize(p).toString().replace('\\', '/');
  }
}
