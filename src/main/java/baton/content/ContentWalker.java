package baton.content;

import baton.diag.Diagnostics;
import baton.diag.SourcePos;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Finds the entries in a site's {@code content/} folder and reports everything else there, so that a misplaced or
 * misnamed file is an error rather than silently missing from the site. Folders are listed in name order, so that the
 * same site gives the same files and messages on every machine. Symbolic links are never followed: a link could pull
 * in files from outside the site, or loop. One walker walks once.
 */
final class ContentWalker {

  private static final String CONTENT = "content";
  private static final String LAYOUT_HINT = "content/ holds site.yaml and the folders offices/, countries/, actors/,"
      + " statements/, events/, pages/; names starting with '.' or '_' are ignored";

  private final Path siteDir;
  private final Limits limits;
  private final Diagnostics diagnostics;
  private final List<ContentFile> files = new ArrayList<>();

  ContentWalker(Path siteDir, Limits limits, Diagnostics diagnostics) {
    this.siteDir = siteDir;
    this.limits = limits;
    this.diagnostics = diagnostics;
  }

  /** The content files sorted by their relative path; none when the walk could not be completed. */
  List<ContentFile> walk() {
    Path content = siteDir.resolve(CONTENT);
    if (Files.isSymbolicLink(content)) {
      symbolicLink(CONTENT);
      return List.of();
    }
    if (!Files.isDirectory(content, LinkOption.NOFOLLOW_LINKS)) {
      diagnostics.error(SourcePos.wholeFile(CONTENT), "no content/ folder in " + siteDir,
          "create content/ with a site.yaml in it that has at least a title");
      return List.of();
    }
    try {
      walkContent(content);
    } catch (TooManyFiles e) {
      diagnostics.error(SourcePos.wholeFile(CONTENT), "too many content files (more than " + limits.maxFiles() + ")",
          "move files you do not publish out of content/, or start their names with '_'");
      return List.of();
    }
    if (files.stream().noneMatch(f -> f.type() == EntryType.SITE)) {
      diagnostics.error(SourcePos.wholeFile("content/site.yaml"), "missing site settings",
          "create content/site.yaml with at least a title");
    }
    files.sort(Comparator.comparing(ContentFile::file));
    return List.copyOf(files);
  }

  private void walkContent(Path dir) {
    eachLooked(list(dir, CONTENT), child -> {
      String name = child.name();
      String file = CONTENT + "/" + name;
      Optional<BasicFileAttributes> attributes = attributes(child, file);
      if (attributes.isEmpty()) {
        return;
      }
      Optional<EntryType> folder = typeOfFolder(name);
      if (attributes.get().isRegularFile() && (name.equals("site.yaml") || name.equals("site.yml"))) {
        add(new ContentFile(child.path(), file, EntryType.SITE, "site", false, FileStamp.of(attributes.get())));
      } else if (attributes.get().isDirectory() && folder.isPresent()) {
        walkTypeFolder(child.path(), file, folder.get());
      } else {
        String what = attributes.get().isDirectory() ? "not a content folder" : "not a content file";
        diagnostics.error(SourcePos.wholeFile(file), what, LAYOUT_HINT);
      }
    });
  }

  private void walkTypeFolder(Path dir, String dirFile, EntryType type) {
    eachLooked(list(dir, dirFile), child -> {
      String name = child.name();
      String file = dirFile + "/" + name;
      Optional<BasicFileAttributes> attributes = attributes(child, file);
      if (attributes.isEmpty()) {
        return;
      }
      if (attributes.get().isDirectory()) {
        subfolder(child.path(), file, type);
      } else if (attributes.get().isRegularFile()) {
        entryFile(child.path(), file, name, type, FileStamp.of(attributes.get()));
      } else {
        diagnostics.error(SourcePos.wholeFile(file), "not a regular file", "content/ holds only files and folders");
      }
    });
  }

  private void subfolder(Path dir, String file, EntryType type) {
    if (type.allowsSubfolders()) {
      walkTypeFolder(dir, file, type);
      return;
    }
    diagnostics.error(SourcePos.wholeFile(file), "sub-folders are not allowed in " + type.folder() + "/",
        "only statements/ and events/ may have sub-folders; move its files into content/" + type.folder()
            + "/, or start the folder's name with '_' to ignore it");
  }

  private void entryFile(Path path, String file, String name, EntryType type, FileStamp stamp) {
    // A page may also be a JBake .html page (read by JBakePages).
    boolean markdown = name.endsWith(".md") || (type == EntryType.PAGE && name.endsWith(".html"));
    boolean yaml = name.endsWith(".yaml") || name.endsWith(".yml");
    if (markdown || (yaml && type.allowsYaml())) {
      add(new ContentFile(path, file, type, name.substring(0, name.lastIndexOf('.')), markdown, stamp));
      return;
    }
    String holds = type.allowsYaml() ? ".md, .yaml and .yml files" : ".md files";
    diagnostics.error(SourcePos.wholeFile(file), "not a content file",
        "content/" + type.folder() + "/ holds " + holds + "; names starting with '.' or '_' are ignored");
  }

  private void add(ContentFile file) {
    if (files.size() == limits.maxFiles()) {
      throw new TooManyFiles();
    }
    files.add(file);
  }

  /** Editors, version control and drafts-in-progress leave such names around; they are never content. */
  private static boolean ignored(String name) {
    return name.startsWith(".") || name.startsWith("_");
  }

  private static Optional<EntryType> typeOfFolder(String name) {
    for (EntryType type : EntryType.values()) {
      if (type != EntryType.SITE && type.folder().equals(name)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }

  /** A folder's entry by name. */
  private record Named(String name, Path path) {}

  /**
   * A folder's entry with its attributes, links not followed: none for a name that is {@link #ignored}, or the
   * failure to read them.
   */
  private record Looked(String name, Path path, BasicFileAttributes attributes, IOException failure) {}

  /** The folder's entries in name order, or none after reporting why it cannot be listed. */
  private List<Named> list(Path dir, String file) {
    try (Stream<Path> children = Files.list(dir)) {
      // Each name made once: a comparison would otherwise make two, n log n times in a folder of thousands.
      return children.map(p -> new Named(p.getFileName().toString(), p))
          .sorted(Comparator.comparing(Named::name))
          .toList();
    } catch (IOException e) {
      diagnostics.error(SourcePos.wholeFile(file), "cannot read this folder (" + IoReasons.of(e) + ")",
          "check that it exists and that you may read it");
      return List.of();
    }
  }

  /**
   * The attributes of a folder's entries, in its order. A folder of statements may hold thousands of files, and each
   * takes a call to the file system: they are asked for on every core. Nothing is reported here, so that {@link
   * #attributes} reports in name order.
   */
  private static List<Looked> look(List<Named> children) {
    return (children.size() > PARALLEL_FROM ? children.parallelStream() : children.stream()).map(child -> {
      if (ignored(child.name())) {
        return new Looked(child.name(), child.path(), null, null);
      }
      try {
        return new Looked(child.name(), child.path(),
            Files.readAttributes(child.path(), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS), null);
      } catch (IOException e) {
        return new Looked(child.name(), child.path(), null, e);
      }
    }).toList();
  }

  /** Below this many entries a folder is looked at on one thread: starting the others would cost more. */
  private static final int PARALLEL_FROM = 64;
  /** How many entries are looked at ahead of the walk: past the limit on files, the rest are never looked at. */
  private static final int LOOK_AHEAD = 4096;

  /**
   * Hands each of the folder's entries, in order, to {@code walk} as {@link #look} sees them, looked at a few thousand
   * at a time: once the walk stops at the limit on files, the rest are never looked at.
   */
  private static void eachLooked(List<Named> children, Consumer<Looked> walk) {
    for (int from = 0; from < children.size(); from += LOOK_AHEAD) {
      look(children.subList(from, Math.min(from + LOOK_AHEAD, children.size()))).forEach(walk);
    }
  }

  /** The attributes of an entry; none for an ignored name, or after reporting a link or an unreadable path. */
  private Optional<BasicFileAttributes> attributes(Looked child, String file) {
    if (child.failure() instanceof NoSuchFileException) {
      diagnostics.error(SourcePos.wholeFile(file), "was removed while the site was being read", "build again");
      return Optional.empty();
    }
    if (child.failure() != null) {
      diagnostics.error(SourcePos.wholeFile(file), "cannot read (" + IoReasons.of(child.failure()) + ")",
          "check that you may read it");
      return Optional.empty();
    }
    if (child.attributes() == null) {
      return Optional.empty();
    }
    if (child.attributes().isSymbolicLink()) {
      symbolicLink(file);
      return Optional.empty();
    }
    return Optional.of(child.attributes());
  }

  private void symbolicLink(String file) {
    diagnostics.error(SourcePos.wholeFile(file), "symbolic links are not followed",
        "copy the file or folder into the site instead of linking to it");
  }

  /** Unwinds the walk at the first file past the limit; carries no stack trace, it is not a fault. */
  private static final class TooManyFiles extends RuntimeException {

    private static final long serialVersionUID = 1L;

    TooManyFiles() {
      super(null, null, false, false);
    }
  }
}
