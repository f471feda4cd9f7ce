package baton.site;

import baton.render.OutputFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Writes a build's files into the output folder all at once. The files are staged in a hidden folder beside the
 * output, then the staged folder replaces the output by renames; until that moment the previous output is untouched,
 * and a failure removes the staged folder. A lock file beside the output keeps two builds from interleaving: the
 * second is refused. A build killed on the way (even with SIGKILL) leaves the previous output in place, or moved aside
 * if it was killed between the two renames; the next publish, under the lock, puts it back and removes what was left.
 *
 * <p>Since the output folder is replaced whole, Baton only replaces a folder that it wrote itself (it holds the
 * marker file {@value #MARKER}) or an empty one, and never the site folder or a folder holding it.
 */
public final class SiteWriter {

  /** Marks a folder as Baton's output, safe to replace. */
  public static final String MARKER = ".baton-output";


  /**
   * Starts a publish whose files come one at a time, from any thread, as a build makes them: the output is locked and
   * the assets staged now, those of {@code assetPaths} (as {@link #assetPaths} found them, and the build checked them:
   * a file added to assets/ since is left for the next build); {@link Staged#commit} swaps the staged folder in, and
   * closing without it removes it, so that the previous output stays untouched.
   */
  public Staged stage(Path siteDir, Path out, Path assets, Set<String> assetPaths) throws PublishException {
    Path target = checkOutputFolder(siteDir, out);
    Path parent = target.getParent();
    try {
      Files.createDirectories(parent);
    } catch (IOException e) {
      throw new PublishException("cannot create " + parent + ": " + reason(e), e);
    }
    String name = target.getFileName().toString();
    Path lockFile = parent.resolve("." + name + ".lock");
    FileChannel channel = null;
    FileLock lock = null;
    Path staging = null;
    try {
      channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      lock = tryLock(channel, target);
      recover(parent, name, target);
      staging = createStaging(parent, name);
      copyAssets(assets, assetPaths, staging);
      return new Staged(target, parent, name, channel, lock, staging);
    } catch (IOException | UncheckedIOException | PublishException e) {
      try {
        if (staging != null) {
          deleteTree(staging);
        }
        if (lock != null) {
          lock.release();
        }
        if (channel != null) {
          channel.close();
        }
      } catch (IOException cleanup) {
        e.addSuppressed(cleanup);
      }
      if (e instanceof PublishException p) {
        throw p;
      }
      throw cannotWrite(target, e);
    }
  }

  /**
   * What {@link #stage} checks of the output folder before it locks or writes anything (not the site, not in it, not
   * a link, a folder Baton wrote or an empty one, reached through folders only), for {@code check}, which writes
   * nothing but tells whether a build would; returns the folder's absolute path.
   */
  public Path checkOutputFolder(Path siteDir, Path out) throws PublishException {
    Path target = out.toAbsolutePath().normalize();
    checkTarget(siteDir.toAbsolutePath().normalize(), target);
    Path ancestor = target.getParent();
    while (ancestor != null && !Files.exists(ancestor, LinkOption.NOFOLLOW_LINKS)) {
      ancestor = ancestor.getParent();
    }
    if (ancestor != null && !Files.isDirectory(ancestor)) {
      throw new PublishException("cannot write " + target + ": " + ancestor + " is a file, not a folder"
          + " (give --out a path through folders only)");
    }
    return target;
  }

  /** A publish under way: see {@link #stage}. */
  public static final class Staged implements AutoCloseable {

    /** A file that could not be written into the staged folder; {@link #failure} tells the user why. */
    public static final class WriteFailed extends RuntimeException {
      private static final long serialVersionUID = 1L;

      WriteFailed(IOException cause) {
        super(cause.getMessage(), cause);
      }
    }

    private final Path target;
    private final Path parent;
    private final String name;
    private final FileChannel channel;
    private final FileLock lock;
    private final Path staging;
    private final AtomicInteger written = new AtomicInteger();

    private Staged(Path target, Path parent, String name, FileChannel channel, FileLock lock, Path staging) {
      this.target = target;
      this.parent = parent;
      this.name = name;
      this.channel = channel;
      this.lock = lock;
      this.staging = staging;
    }

    /**
     * Writes one file into the staged folder, making its folder first; safe from any thread, side by side with other
     * writes (folders are made by the threads that write into them: made one at a time before the pages, those of
     * 10,000 statements kept a build waiting 0.15 s).
     */
    public void write(OutputFile f) {
      Path file = OutputPaths.resolve(staging, f.path());
      try {
        if (!file.getParent().equals(staging)) {
          Files.createDirectories(file.getParent());
        }
        Files.write(file, f.bytes());
      } catch (IOException e) {
        throw new WriteFailed(e);
      }
      written.incrementAndGet();
    }

    /** The error to report for a file that could not be written. */
    public PublishException failure(WriteFailed e) {
      return cannotWrite(target, (Exception) e.getCause());
    }

    /** Swaps the staged folder in as the output; returns how many files were written (assets not counted). */
    public int commit() throws PublishException {
      try {
        Files.write(staging.resolve(MARKER),
            "This folder is written by Baton and replaced whole by each build.\n".getBytes(StandardCharsets.UTF_8));
        swap(staging, target, parent, name);
        return written.get();
      } catch (IOException | UncheckedIOException e) {
        throw cannotWrite(target, e);
      }
    }

    /** Removes what is left of the staged folder (all of it, unless committed) and releases the lock. */
    @Override
    public void close() throws PublishException {
      try {
        try {
          deleteTree(staging);
        } finally {
          try {
            lock.release();
          } finally {
            channel.close();
          }
        }
      } catch (IOException | UncheckedIOException e) {
        throw cannotWrite(target, e);
      }
    }
  }

  /**
   * Brings an output folder this writer published up to date in place, for {@code baton serve}'s quick rebuilds:
   * writes each of {@code files} (each replaced whole by a rename, so a reader sees the old file or the new one) and
   * deletes {@code removed}, with the folders they leave empty. Unlike {@link #stage}, a failure midway can leave
   * the folder a mix of two builds; the server's next full build puts it right.
   */
  public void update(Path out, List<OutputFile> files, Collection<String> removed) throws PublishException {
    Path target = out.toAbsolutePath().normalize();
    if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS) || !Files.exists(target.resolve(MARKER))) {
      throw new PublishException("the output folder " + target + " is not Baton's output (build it whole first)");
    }
    try {
      for (OutputFile f : files) {
        Path p = OutputPaths.resolve(target, f.path());
        Files.createDirectories(p.getParent());
        Path temp = p.resolveSibling("." + p.getFileName() + ".baton-" + randomName());
        try {
          // A new file, never one already there (nor a link someone placed under a name they guessed).
          Files.write(temp, f.bytes(), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
          Files.move(temp, p, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
          Files.deleteIfExists(temp);
        }
      }
      for (String path : removed) {
        Path p = OutputPaths.resolve(target, path);
        Files.deleteIfExists(p);
        for (Path dir = p.getParent(); dir != null && !dir.equals(target) && dir.startsWith(target); dir = dir.getParent()) {
          if (!isEmpty(dir)) {
            break;
          }
          Files.delete(dir);
        }
      }
    } catch (IOException | UncheckedIOException e) {
      throw cannotWrite(target, e);
    }
  }

  /**
   * Tidies up after a build that was killed, under the lock, so that no live build is disturbed: a build killed
   * between its two renames left the previous output as {@code .NAME.old-*} and no output folder, which is put back;
   * then every staged or old folder of this output left behind is removed.
   */
  private static void recover(Path parent, String name, Path target) throws IOException {
    List<Path> leftovers = leftovers(parent, name);
    if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      for (Path p : leftovers) {
        if (p.getFileName().toString().startsWith("." + name + ".old-") && Files.exists(p.resolve(MARKER))) {
          move(p, target);
          break;
        }
      }
    }
    for (Path p : leftovers) {
      if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
        deleteTree(p);
      }
    }
  }

  /** The staged and old folders of this output beside it, in name order. */
  private static List<Path> leftovers(Path parent, String name) throws IOException {
    try (Stream<Path> siblings = Files.list(parent)) {
      return siblings
          .filter(p -> {
            String n = p.getFileName().toString();
            return n.startsWith("." + name + ".staging-") || n.startsWith("." + name + ".old-");
          })
          .sorted()
          .toList();
    }
  }

  /**
   * A new, empty staging folder. Not {@code Files.createTempDirectory}: its folder is readable by its owner only, and
   * being renamed into the output, it would keep a web server running as another user from reading the site.
   */
  private static Path createStaging(Path parent, String name) throws IOException {
    while (true) {
      Path staging = parent.resolve("." + name + ".staging-" + randomName());
      try {
        return Files.createDirectory(staging);
      } catch (FileAlreadyExistsException e) {
        // another name, then
      }
    }
  }
  /**
   * A name unlikely to be taken. Not a secure random number, whose generator takes 40 ms to seed: whoever uses the
   * name creates it as new, never opens one already there.
   */
  private static String randomName() {
    return Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);
  }


  private static FileLock tryLock(FileChannel channel, Path target) throws PublishException, IOException {
    try {
      FileLock lock = channel.tryLock();
      if (lock == null) {
        throw new PublishException("another build is writing " + target + " (wait for it to finish)");
      }
      return lock;
    } catch (OverlappingFileLockException e) {
      throw new PublishException("another build is writing " + target + " (wait for it to finish)", e);
    }
  }

  private static void checkTarget(Path siteDir, Path target) throws PublishException {
    if (siteDir.startsWith(target)) {
      throw new PublishException(
          "the output folder " + target + " holds the site itself (choose another, e.g. target/site)");
    }
    for (String kept : List.of("content", "templates", "assets")) {
      if (target.startsWith(siteDir.resolve(kept))) {
        throw new PublishException("the output folder " + target + " is inside the site's " + kept + "/ folder");
      }
    }
    if (Files.isSymbolicLink(target)) {
      throw new PublishException("the output folder " + target + " is a symbolic link (give its real path)");
    }
    if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
        throw new PublishException("the output " + target + " exists and is not a folder");
      }
      if (!Files.exists(target.resolve(MARKER)) && !isEmpty(target)) {
        throw new PublishException(
            "the output folder " + target + " exists and was not written by Baton; "
                + "Baton replaces its output whole (empty it, remove it, or choose another folder)");
      }
    }
  }

  /**
   * The paths, from the output root, of the assets a build will copy: regular files under {@code assets/} whose
   * names and folders do not start with a dot, except as {@link #isCopied} allows; links are not followed.
   */
  public Set<String> assetPaths(Path assets) throws PublishException {
    Set<String> paths = new TreeSet<>();
    if (assets == null || !Files.isDirectory(assets, LinkOption.NOFOLLOW_LINKS)) {
      return paths;
    }
    try (Stream<Path> walk = Files.walk(assets)) {
      walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
          .map(p -> assets.relativize(p).toString().replace('\\', '/'))
          .filter(rel -> Stream.of(rel.split("/")).allMatch(SiteWriter::isCopied))
          .forEach(paths::add);
      return paths;
    } catch (IOException | UncheckedIOException e) {
      throw new PublishException("cannot read " + assets + ": " + reason(e), e);
    }
  }

  /**
   * Whether an asset's file or folder of this name is copied: not a name starting with a dot (version control,
   * editors and systems leave them around), except {@code .well-known} (RFC 8615: security.txt, domain checks) and
   * {@code .nojekyll} (GitHub Pages), which a site publishes on purpose.
   */
  public static boolean isCopied(String name) {
    return !name.startsWith(".") || name.equals(".well-known") || name.equals(".nojekyll");
  }

  private static boolean isEmpty(Path dir) throws PublishException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.findAny().isEmpty();
    } catch (IOException e) {
      throw new PublishException("cannot read " + dir + ": " + reason(e), e);
    }
  }

  /**
   * Copies these assets into the staged output. Each is copied only while it is a regular file: one that became a
   * link or a folder since it was listed is left out, so that assets cannot pull in other files.
   */
  private static void copyAssets(Path assets, Set<String> paths, Path staging) throws IOException {
    Set<Path> folders = new HashSet<>(); // the folders on the way, each found a folder and not a link
    for (String path : paths) {
      Path from = assets.resolve(path);
      if (!isFolderPath(assets, from.getParent(), folders) || !Files.isRegularFile(from, LinkOption.NOFOLLOW_LINKS)) {
        continue;
      }
      Path to = staging.resolve(path);
      Files.createDirectories(to.getParent());
      Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Whether each folder from {@code root} down to {@code folder} is one, and not a link to one. */
  private static boolean isFolderPath(Path root, Path folder, Set<Path> known) {
    if (folder.equals(root) || known.contains(folder)) {
      return true;
    }
    if (!isFolderPath(root, folder.getParent(), known) || !Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
      return false;
    }
    known.add(folder);
    return true;
  }

  private static void swap(Path staging, Path target, Path parent, String name) throws IOException {
    if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      move(staging, target);
      return;
    }
    Path old = Files.createTempDirectory(parent, "." + name + ".old-");
    Files.delete(old);
    move(target, old);
    try {
      move(staging, target);
    } catch (IOException e) {
      move(old, target);
      throw e;
    }
    deleteTree(old);
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
      Files.move(from, to);
    }
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
            Files.delete(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
            if (e != null) {
              throw e;
            }
            Files.delete(dir);
            return FileVisitResult.CONTINUE;
          }
        });
  }

  /** The failure to write a site's output folder, with the reason the file system gave. */
  private static PublishException cannotWrite(Path target, Exception e) {
    return new PublishException("cannot write " + target + ": " + reason(e), e);
  }

  private static String reason(Exception e) {
    String m = e.getMessage();
    return e.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT)
        + (m == null ? "" : " " + m);
  }
}
