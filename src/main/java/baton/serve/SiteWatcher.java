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
import java.util.HashSet;
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
 * <p>The events come from a {@link WatchBackend}: the JDK's watch service on Linux (inotify) and Windows, where every
 * folder is registered; on macOS, where the JDK's service polls, directory-watcher's FSEvents service, where each of
 * the three folders is registered once for its whole tree. That service does not watch the site folder itself (its
 * tree holds the output, rewritten by every build), so the three folders' appearing is looked for every
 * {@link #FOLDER_CHECK} instead. If FSEvents cannot be loaded, the JDK's service is used, polling about every 2
 * seconds.
 */
final class SiteWatcher implements Closeable {

  static final List<String> WATCHED = List.of("content", "templates", "assets");
  /**
   * How long a batch waits for one more event: an editor's save (temporary file, rename, delete) comes within a few
   * milliseconds, and every millisecond waited here is one before the page is served again.
   */
  static final Duration SETTLE = Duration.ofMillis(50);
  static final Duration MAX_WAIT = Duration.ofSeconds(2);
  /** With a backend that watches trees: how often to look for a watched folder that has appeared. */
  static final Duration FOLDER_CHECK = Duration.ofMillis(500);

  private static final WatchEvent.Kind<?>[] ENTRIES = {ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY};

  /** One batch of changes: the paths from the site folder, when the first was seen, and when it was made. */
  record Change(List<String> paths, long seenNanos, Instant seenAt, Instant editedAt) {}

  private final Path siteDir;
  private final Consumer<Change> onChange;
  private final Consumer<String> warn;
  private final WatchBackend backend;
  private final WatchService service;
  private final Map<WatchKey, Path> folders = new HashMap<>();
  /** Watched folders that a tree-watching backend could not register: not tried again until they are gone. */
  private final Set<Path> unwatchable = new HashSet<>();
  private final Thread thread;
  private volatile boolean closed;

  /** Watches with this system's backend (see {@link WatchBackend#forSystem}); not started yet. */
  static SiteWatcher open(Path siteDir, Consumer<Change> onChange, Consumer<String> warn) throws IOException {
    return open(siteDir, WatchBackend.forSystem(System.getProperty("os.name"), siteDir), onChange, warn);
  }

  /** Watches with {@code backend}, or with the JDK's watch service if that backend's native library cannot load. */
  static SiteWatcher open(Path siteDir, WatchBackend backend, Consumer<Change> onChange, Consumer<String> warn)
      throws IOException {
    try {
      return new SiteWatcher(siteDir, backend, onChange, warn);
    } catch (LinkageError e) {
      if (backend instanceof WatchBackend.Jdk) {
        throw e;
      }
      warn.accept("cannot use the system's file events (" + firstLine(e) + "); watching by polling instead, so a "
          + "rebuild can start about 2 seconds after a save");
      return new SiteWatcher(siteDir, WatchBackend.jdk(siteDir), onChange, warn);
    }
  }

  private SiteWatcher(Path siteDir, WatchBackend backend, Consumer<Change> onChange, Consumer<String> warn)
      throws IOException {
    this.siteDir = siteDir;
    this.onChange = onChange;
    this.warn = warn;
    this.backend = backend;
    this.service = backend.service();
    try {
      if (!backend.watchesTrees()) {
        // The site folder itself, only to see the watched folders appear or go.
        folders.put(backend.register(siteDir, new WatchEvent.Kind<?>[] {ENTRY_CREATE, ENTRY_DELETE}), siteDir);
      }
      for (String name : WATCHED) {
        registerTree(siteDir.resolve(name));
      }
    } catch (IOException | RuntimeException | LinkageError e) {
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
        if (!awaitFirst(batch)) {
          continue;
        }
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
    } catch (RuntimeException | LinkageError e) {
      if (!closed) {
        warn.accept("the file watcher stopped (" + e + "); restart baton serve to pick up changes");
      }
    }
  }

  /**
   * Waits for the first event of a batch and takes it in; false when there was none. A backend that watches trees
   * waits for {@link #FOLDER_CHECK} at most, then looks for a watched folder that has appeared.
   */
  private boolean awaitFirst(Batch batch) throws InterruptedException {
    if (!backend.watchesTrees()) {
      process(service.take(), batch);
      return true;
    }
    WatchKey key = service.poll(FOLDER_CHECK.toMillis(), TimeUnit.MILLISECONDS);
    if (key != null) {
      process(key, batch);
    }
    watchAppearedFolders(batch);
    return key != null || !batch.paths.isEmpty();
  }

  /** With a backend that watches trees: registers each watched folder that exists and is not watched, as a change. */
  private void watchAppearedFolders(Batch batch) {
    for (String name : WATCHED) {
      Path folder = siteDir.resolve(name);
      if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
        unwatchable.remove(folder);
      } else if (!folders.containsValue(folder) && !unwatchable.contains(folder) && registerTree(folder)) {
        batch.add(name, folder, true);
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
      Path child = folder.resolve((Path) event.context()); // a tree-watching backend's context is the whole path
      String relative = siteDir.relativize(child).toString().replace('\\', '/');
      if ((folder.equals(siteDir) && !WATCHED.contains(relative)) || IgnoredFiles.ignores(relative)) {
        continue;
      }
      if (!backend.watchesTrees()
          && event.kind() == ENTRY_CREATE
          && Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
        registerTree(child);
      }
      batch.add(relative, child, event.kind() == ENTRY_CREATE);
    }
    if (!key.reset()) {
      folders.remove(key);
    }
  }

  /**
   * Registers a folder and every folder under it that Baton reads; links are not followed. A backend that watches
   * trees is given only a watched folder, once. Returns whether the folder is watched now.
   */
  private boolean registerTree(Path top) {
    if (!Files.isDirectory(top, LinkOption.NOFOLLOW_LINKS)) {
      return false;
    }
    try {
      if (backend.watchesTrees()) {
        if (!folders.containsValue(top)) {
          folders.put(backend.register(top, ENTRIES), top);
        }
        return true;
      }
      Files.walkFileTree(
          top,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
              if (IgnoredFiles.ignores(siteDir.relativize(dir).toString().replace('\\', '/'))) {
                return FileVisitResult.SKIP_SUBTREE;
              }
              folders.put(backend.register(dir, ENTRIES), dir);
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              return FileVisitResult.CONTINUE; // gone already: its deletion is an event of its own
            }
          });
      return true;
    } catch (ClosedWatchServiceException e) {
      return false; // closing
    } catch (IOException e) {
      warn.accept("cannot watch " + siteDir.relativize(top) + ": " + e.getMessage() + " (changes there need a restart)");
      if (backend.watchesTrees()) {
        unwatchable.add(top);
      }
      return false;
    }
  }

  /** JNA's messages list every place it looked, one a line: the first says what failed. */
  private static String firstLine(Throwable e) {
    String message = e.getMessage() == null ? "" : e.getMessage().strip().lines().findFirst().orElse("");
    return e.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
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
