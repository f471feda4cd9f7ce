package baton.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches {@code content/}, {@code templates/} and {@code assets/} under the site folder, through every sub-folder
 * (new ones are registered as they appear; the three folders themselves may come and go), and hands each batch of
 * changes to a callback on its own thread. A batch closes once {@link #SETTLE} passes without an event (or after
 * {@link #MAX_WAIT}), so that an editor's save (write a temporary file, rename, delete) is one rebuild; changes to
 * {@link IgnoredFiles} trigger none. Changes made while the callback runs are the next batch.
 *
 * <p>This uses the JDK's {@link WatchService}: immediate on Linux (inotify) and Windows; on macOS the JDK polls
 * instead, every 2 seconds or so at the sensitivity asked here, so a rebuild there can start a couple of seconds
 * after the save.
 */
final class SiteWatcher implements Closeable {

  static final List<String> WATCHED = List.of("content", "templates", "assets");
  static final Duration SETTLE = Duration.ofMillis(100);
  static final Duration MAX_WAIT = Duration.ofSeconds(2);

  /** One batch of changes: the paths from the site folder, when the first was seen, and when it was made. */
  record Change(List<String> paths, long seenNanos, Instant seenAt, Instant editedAt) {}

  private final Path siteDir;
  private final Consumer<Change> onChange;
  private final Consumer<String> warn;
  private final WatchService service;
  private final WatchEvent.Modifier[] modifiers = highSensitivity();
  private final Map<WatchKey, Path> folders = new HashMap<>();
  private final Thread thread;
  private volatile boolean closed;

  SiteWatcher(Path siteDir, Consumer<Change> onChange, Consumer<String> warn) throws IOException {
    this.siteDir = siteDir;
    this.onChange = onChange;
    this.warn = warn;
    this.service = siteDir.getFileSystem().newWatchService();
    try {
      // The site folder itself, only to see the watched folders appear or go.
      folders.put(siteDir.register(service, new WatchEvent.Kind<?>[] {ENTRY_CREATE, ENTRY_DELETE}, modifiers), siteDir);
      for (String name : WATCHED) {
        registerTree(siteDir.resolve(name));
      }
    } catch (IOException | RuntimeException e) {
      service.close();
      throw e;
    }
    this.thread = new Thread(this::run, "baton-watch");
    thread.setDaemon(true);
  }

  void start() {
    thread.start();
  }

  /** Stops watching; waits (boundedly) for a rebuild in progress to finish. */
  @Override
  public void close() {
    closed = true;
    try {
      service.close();
    } catch (IOException e) {
      // closing anyway
    }
    if (Thread.currentThread() != thread && thread.isAlive()) {
      try {
        thread.join(30_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private void run() {
    try {
      while (!closed) {
        Batch batch = new Batch();
        process(service.take(), batch);
        long deadline = System.nanoTime() + MAX_WAIT.toNanos();
        WatchKey next;
        while (System.nanoTime() < deadline
            && (next = service.poll(SETTLE.toMillis(), TimeUnit.MILLISECONDS)) != null) {
          process(next, batch);
        }
        batch.dropTransient();
        if (!batch.paths.isEmpty() && !closed) {
          onChange.accept(batch.change());
        }
      }
    } catch (ClosedWatchServiceException | InterruptedException e) {
      // closed
    } catch (RuntimeException e) {
      if (!closed) {
        warn.accept("the file watcher stopped (" + e + "); restart baton serve to pick up changes");
      }
    }
  }

  private void process(WatchKey key, Batch batch) {
    Path folder = folders.get(key);
    for (WatchEvent<?> event : key.pollEvents()) {
      if (event.kind() == OVERFLOW || folder == null) {
        batch.add("(too many changes to list)", null, false);
        for (String name : WATCHED) {
          registerTree(siteDir.resolve(name));
        }
        continue;
      }
      Path child = folder.resolve((Path) event.context());
      String relative = siteDir.relativize(child).toString().replace('\\', '/');
      if ((folder.equals(siteDir) && !WATCHED.contains(relative)) || IgnoredFiles.ignores(relative)) {
        continue;
      }
      if (event.kind() == ENTRY_CREATE && Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
        registerTree(child);
      }
      batch.add(relative, child, event.kind() == ENTRY_CREATE);
    }
    if (!key.reset()) {
      folders.remove(key);
    }
  }

  /** Registers a folder and every folder under it that Baton reads; links are not followed. */
  private void registerTree(Path top) {
    if (!Files.isDirectory(top, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try {
      Files.walkFileTree(
          top,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
              if (IgnoredFiles.ignores(siteDir.relativize(dir).toString().replace('\\', '/'))) {
                return FileVisitResult.SKIP_SUBTREE;
              }
              WatchKey key = dir.register(service, new WatchEvent.Kind<?>[] {ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY}, modifiers);
              folders.put(key, dir);
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              return FileVisitResult.CONTINUE; // gone already: its deletion is an event of its own
            }
          });
    } catch (ClosedWatchServiceException e) {
      // closing
    } catch (IOException e) {
      warn.accept("cannot watch " + siteDir.relativize(top) + ": " + e.getMessage() + " (changes there need a restart)");
    }
  }

  /**
   * On macOS the JDK's watch service polls, every 10 seconds unless asked for high sensitivity (about 2 seconds).
   * The modifier that asks is JDK-specific and deprecated in later JDKs, so it is looked up, not linked against;
   * other watch services accept and ignore it.
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

  /** The changes gathered for one rebuild. */
  private static final class Batch {

    final Set<String> paths = new TreeSet<>();
    final Map<String, Path> created = new HashMap<>();
    long seenNanos;
    Instant seenAt;
    Instant editedAt;

    void add(String relative, Path file, boolean create) {
      if (seenAt == null) {
        seenNanos = System.nanoTime();
        seenAt = Instant.now();
      }
      boolean first = paths.add(relative);
      if (first && create) {
        created.put(relative, file); // new in this batch: it may be gone again by its end
      }
      editedAt = earliest(editedAt, modified(file));
    }

    /**
     * Forgets files that appeared and went within the batch, such as the temporary file {@code sed -i} or an editor
     * writes and renames: they never were part of the site.
     */
    void dropTransient() {
      created.forEach((relative, file) -> {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
          paths.remove(relative);
        }
      });
    }

    /** When the file was last written, if that is plausibly this edit (not a copied file's old time). */
    private Instant modified(Path file) {
      if (file == null) {
        return null;
      }
      try {
        FileTime time = Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS);
        Instant t = time.toInstant();
        return t.isAfter(seenAt.plusSeconds(1)) || t.isBefore(seenAt.minusSeconds(30)) ? null : t;
      } catch (IOException e) {
        return null; // deleted
      }
    }

    private static Instant earliest(Instant a, Instant b) {
      return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }

    Change change() {
      return new Change(List.copyOf(paths), seenNanos, seenAt, editedAt);
    }
  }
}
