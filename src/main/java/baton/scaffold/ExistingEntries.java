package baton.scaffold;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds an entry that already has an id, the way {@code check} would see it: a statement or event may sit in any
 * sub-folder, any extension its type allows counts, names starting with {@code .} or {@code _} are ignored and
 * links are not followed. Reads only.
 */
final class ExistingEntries {

  private ExistingEntries() {}

  /** The first such file in path order, relative to the site folder with forward slashes. */
  static Optional<String> find(Path siteDir, EntryKind kind, EntryId id) throws IOException {
    Path folder = siteDir.resolve("content").resolve(kind.type().folder());
    if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
      return Optional.empty();
    }
    List<String> names = new ArrayList<>();
    for (String extension : kind.entryExtensions()) {
      names.add(id.value() + extension);
    }
    List<String> found = new ArrayList<>();
    int depth = kind.isDated() ? Integer.MAX_VALUE : 1;
    Files.walkFileTree(folder, Set.of(), depth, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
        return !dir.equals(folder) && ignored(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
        if (!attributes.isDirectory() && names.contains(file.getFileName().toString())) {
          found.add(siteDir.relativize(file).toString().replace('\\', '/'));
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path file, IOException e) {
        return FileVisitResult.CONTINUE;
      }
    });
    Collections.sort(found);
    return found.stream().findFirst();
  }

  private static boolean ignored(Path path) {
    String name = path.getFileName().toString();
    return name.startsWith(".") || name.startsWith("_");
  }
}
