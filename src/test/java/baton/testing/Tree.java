package baton.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * A folder's files and their bytes, as a map from relative path to a digest ({@code dir} for a folder, the target for
 * a link), so that two moments of a folder compare in one assertion and a difference names the file.
 */
public final class Tree {

  private Tree() {}

  public static Map<String, String> snapshot(Path root) {
    return snapshot(root, name -> false);
  }

  /** Skips the top-level entries whose names {@code skipTop} accepts (an output folder and its siblings). */
  public static Map<String, String> snapshot(Path root, Predicate<String> skipTop) {
    Map<String, String> files = new TreeMap<>();
    if (!Files.exists(root)) {
      return files;
    }
    try {
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          if (!dir.equals(root) && dir.getParent().equals(root) && skipTop.test(dir.getFileName().toString())) {
            return FileVisitResult.SKIP_SUBTREE;
          }
          if (!dir.equals(root)) {
            files.put(relative(root, dir), "dir");
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
          if (file.getParent().equals(root) && skipTop.test(file.getFileName().toString())) {
            return FileVisitResult.CONTINUE;
          }
          files.put(relative(root, file), attrs.isSymbolicLink()
              ? "link to " + Files.readSymbolicLink(file)
              : digest(Files.readAllBytes(file)));
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  private static String relative(Path root, Path p) {
    return root.relativize(p).toString().replace('\\', '/');
  }

  private static String digest(byte[] bytes) {
    try {
      return bytes.length + " bytes " + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Copies a folder as it is, links as links. */
  public static void copy(Path from, Path to) {
    try {
      Files.walkFileTree(from, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
          Files.createDirectories(to.resolve(from.relativize(dir).toString()));
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
          Path target = to.resolve(from.relativize(file).toString());
          if (attrs.isSymbolicLink()) {
            Files.createSymbolicLink(target, Files.readSymbolicLink(file));
          } else {
            Files.copy(file, target);
          }
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
