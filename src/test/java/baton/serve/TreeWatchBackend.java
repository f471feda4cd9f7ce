package baton.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.Watchable;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A backend that behaves as directory-watcher's macOS service does, built on the JDK's so that it runs anywhere: one
 * registration covers a folder's whole tree and answers with one key; each event names the changed path in full; a
 * new folder's files are reported with it; when the registered folder goes, its key is cancelled after a delete event
 * for it. Registering a folder inside a tree already registered is refused (directory-watcher would answer with a key
 * that never fires). With it the tests run SiteWatcher's tree-watching path on any system; on macOS they also run the
 * real one.
 */
final class TreeWatchBackend implements WatchBackend {

  private final WatchService jdk;
  private final Map<WatchKey, Path> jdkFolders = new HashMap<>();
  private final Map<Path, TreeKey> trees = new HashMap<>();
  private final WatchService service = new TreeService();

  TreeWatchBackend(Path siteDir) throws IOException {
    this.jdk = siteDir.getFileSystem().newWatchService();
  }

  @Override
  public WatchService service() {
    return service;
  }

  @Override
  public boolean watchesTrees() {
    return true;
  }

  @Override
  public synchronized WatchKey register(Path folder, WatchEvent.Kind<?>[] kinds) throws IOException {
    for (Path root : trees.keySet()) {
      if (folder.startsWith(root)) {
        throw new IllegalStateException(folder + " is inside the watched tree " + root);
      }
    }
    TreeKey key = new TreeKey(folder);
    trees.put(folder, key);
    registerAll(folder, p -> {});
    return key;
  }

  /**
   * Registers every folder under {@code top} with the JDK's service, each before what it holds is listed, so that an
   * entry made meanwhile is either listed or reported; tells {@code found} each path under top.
   */
  private void registerAll(Path top, Consumer<Path> found) throws IOException {
    Files.walkFileTree(top, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
        jdkFolders.put(dir.register(jdk, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY), dir);
        if (!dir.equals(top)) {
          found.accept(dir);
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
        found.accept(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path file, IOException e) {
        return FileVisitResult.CONTINUE;
      }
    });
  }

  /**
   * Turns one of the JDK's keys into its tree's key, holding the same events with whole paths; null for a key of a
   * tree no longer registered, which directory-watcher would never signal.
   */
  private synchronized WatchKey translate(WatchKey jdkKey) {
    Path folder = jdkFolders.get(jdkKey);
    TreeKey tree =
        folder == null ? null : trees.values().stream().filter(t -> folder.startsWith(t.root)).findFirst().orElse(null);
    List<WatchEvent<?>> events = jdkKey.pollEvents();
    if (tree == null) {
      if (!jdkKey.reset()) {
        jdkFolders.remove(jdkKey);
      }
      return null;
    }
    for (WatchEvent<?> event : events) {
      if (event.kind() != ENTRY_CREATE && event.kind() != ENTRY_DELETE && event.kind() != ENTRY_MODIFY) {
        continue;
      }
      @SuppressWarnings("unchecked")
      WatchEvent.Kind<Path> kind = (WatchEvent.Kind<Path>) event.kind();
      Path path = folder.resolve((Path) event.context());
      tree.add(kind, path);
      if (event.kind() == ENTRY_CREATE && Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
        reportNewFolder(tree, path);
      }
    }
    if (!jdkKey.reset()) {
      jdkFolders.remove(jdkKey);
      if (folder.equals(tree.root)) {
        tree.add(ENTRY_DELETE, tree.root);
        tree.valid = false;
        trees.remove(tree.root);
      }
    }
    return tree;
  }

  private void reportNewFolder(TreeKey tree, Path dir) {
    try {
      registerAll(dir, p -> tree.add(ENTRY_CREATE, p));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private final class TreeService implements WatchService {

    @Override
    public void close() throws IOException {
      jdk.close();
    }

    @Override
    public WatchKey poll() {
      for (WatchKey jdkKey = jdk.poll(); jdkKey != null; jdkKey = jdk.poll()) {
        WatchKey key = translate(jdkKey);
        if (key != null) {
          return key;
        }
      }
      return null;
    }

    @Override
    public WatchKey poll(long timeout, TimeUnit unit) throws InterruptedException {
      long deadline = System.nanoTime() + unit.toNanos(timeout);
      for (WatchKey jdkKey = jdk.poll(timeout, unit); jdkKey != null;
          jdkKey = jdk.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS)) {
        WatchKey key = translate(jdkKey);
        if (key != null) {
          return key;
        }
      }
      return null;
    }

    @Override
    public WatchKey take() throws InterruptedException {
      while (true) {
        WatchKey key = translate(jdk.take());
        if (key != null) {
          return key;
        }
      }
    }
  }

  /** The one key of a registered tree. */
  private static final class TreeKey implements WatchKey {

    final Path root;
    final List<WatchEvent<?>> events = new ArrayList<>();
    volatile boolean valid = true;

    TreeKey(Path root) {
      this.root = root;
    }

    synchronized void add(WatchEvent.Kind<Path> kind, Path path) {
      events.add(new Event(kind, path));
    }

    @Override
    public synchronized List<WatchEvent<?>> pollEvents() {
      List<WatchEvent<?>> taken = List.copyOf(events);
      events.clear();
      return taken;
    }

    @Override
    public boolean isValid() {
      return valid;
    }

    @Override
    public boolean reset() {
      return valid;
    }

    @Override
    public void cancel() {
      valid = false;
    }

    @Override
    public Watchable watchable() {
      return root;
    }
  }

  private record Event(WatchEvent.Kind<Path> kind, Path context) implements WatchEvent<Path> {

    @Override
    public int count() {
      return 1;
    }
  }
}
