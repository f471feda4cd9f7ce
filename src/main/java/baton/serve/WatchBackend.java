package baton.serve;

import io.methvin.watcher.hashing.FileHash;
import io.methvin.watcher.hashing.FileHasher;
import io.methvin.watcher.visitor.FileTreeVisitor;
import io.methvin.watchservice.MacOSXListeningWatchService;
import io.methvin.watchservice.WatchablePath;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;

/**
 * Where {@link SiteWatcher} takes its events from, chosen by operating system. The JDK's watch service uses the
 * system's notifications on Linux (inotify) and Windows, one registration per folder; on macOS it polls, so there
 * directory-watcher's service listens to FSEvents instead, one registration per tree, naming each changed path in
 * full. SiteWatcher batches, ignores and reports changes the same way over either.
 */
interface WatchBackend {

  WatchService service();

  /**
   * Whether one registration reports every change in the folder's whole tree, as the path of the changed file or
   * folder in full (from the registered folder); otherwise each folder is registered and reports its own entries by
   * name, as the JDK's service does.
   */
  boolean watchesTrees();

  WatchKey register(Path folder, WatchEvent.Kind<?>[] kinds) throws IOException;

  /** @param osName the {@code os.name} system property: macOS reports {@code Mac OS X} */
  static WatchBackend forSystem(String osName, Path siteDir) throws IOException {
    return osName.toLowerCase(Locale.ROOT).startsWith("mac") ? fsEvents(siteDir) : jdk(siteDir);
  }

  static WatchBackend jdk(Path siteDir) throws IOException {
    return new Jdk(siteDir.getFileSystem().newWatchService());
  }

  /** FSEvents; nothing native is loaded until the first folder is registered. */
  static WatchBackend fsEvents(Path siteDir) {
    return new FsEvents(new MacOSXListeningWatchService(new FsEventsConfig(siteDir)));
  }

  /** The JDK's watch service, asked for high sensitivity where it polls. */
  record Jdk(WatchService service) implements WatchBackend {

    private static final WatchEvent.Modifier[] MODIFIERS = highSensitivity();

    @Override
    public boolean watchesTrees() {
      return false;
    }

    @Override
    public WatchKey register(Path folder, WatchEvent.Kind<?>[] kinds) throws IOException {
      return folder.register(service, kinds, MODIFIERS);
    }

    /**
     * Where the JDK's watch service polls (macOS, where it is used only if FSEvents fails to load), it polls every 10
     * seconds unless asked for high sensitivity (about 2 seconds). The modifier that asks is JDK-specific and
     * deprecated in later JDKs, so it is looked up, not linked against; other watch services accept and ignore it.
     */
    private static WatchEvent.Modifier[] highSensitivity() {
      try {
        Class<?> type = Class.forName("com.sun.nio.file.SensitivityWatchEventModifier");
        for (Object constant : type.getEnumConstants()) {
          if (constant instanceof WatchEvent.Modifier m && m.name().equals("HIGH")) {
            return new WatchEvent.Modifier[] {m};
          }
        }
      } catch (ClassNotFoundException | LinkageError e) {
        // not this JDK: poll at its default rate
      }
      return new WatchEvent.Modifier[0];
    }
  }

  /**
   * directory-watcher's macOS service: one FSEvents stream per registered tree. A folder inside a tree already
   * registered gets a key that never fires, so only the top of each tree may be registered. Changes are found by
   * comparing each file's size and modification time with those it had.
   */
  record FsEvents(MacOSXListeningWatchService service) implements WatchBackend {

    @Override
    public boolean watchesTrees() {
      return true;
    }

    @Override
    public WatchKey register(Path folder, WatchEvent.Kind<?>[] kinds) throws IOException {
      return new WatchablePath(folder).register(service, kinds);
    }
  }

  /** How the FSEvents service is set up for a site. */
  final class FsEventsConfig implements MacOSXListeningWatchService.Config {

    private final Path siteDir;

    FsEventsConfig(Path siteDir) {
      this.siteDir = siteDir;
    }

    /**
     * FSEvents reports the first change at once and gathers the changes that follow for this long: shorter than
     * SiteWatcher's own settling time, so that the events of one save arrive in one batch.
     */
    @Override
    public double latency() {
      return SiteWatcher.SETTLE.toMillis() / 2 / 1000.0;
    }

    /** The changed file itself, not its folder: otherwise each event means looking at every file in the folder. */
    @Override
    public boolean fileLevelEvents() {
      return true;
    }

    /** A file's size and modification time: a stat, not a read of every file when watching starts. */
    @Override
    public FileHasher fileHasher() {
      return file -> {
        BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        long modified = a.lastModifiedTime().toInstant().getEpochSecond();
        int nanos = a.lastModifiedTime().toInstant().getNano();
        return FileHash.fromBytes(ByteBuffer.allocate(20).putLong(modified).putInt(nanos).putLong(a.size()).array());
      };
    }

    /** The files Baton reads: what {@link IgnoredFiles} ignores is not looked at, and links are not followed. */
    @Override
    public FileTreeVisitor fileTreeVisitor() {
      return (top, onFolder, onFile) ->
          Files.walkFileTree(
              top,
              new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                  if (ignored(dir)) {
                    return FileVisitResult.SKIP_SUBTREE;
                  }
                  onFolder.call(dir);
                  return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                  if (!ignored(file)) {
                    onFile.call(file);
                  }
                  return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                  return FileVisitResult.CONTINUE; // gone already: its deletion is an event of its own
                }
              });
    }

    private boolean ignored(Path path) {
      return path.startsWith(siteDir) && IgnoredFiles.ignores(siteDir.relativize(path).toString().replace('\\', '/'));
    }
  }
}
