package baton.build;

import baton.content.EntryType;
import baton.content.Field;
import baton.content.Mapping;
import baton.content.RawEntry;
import baton.content.Scalar;
import baton.diag.Diagnostics;
import baton.diag.SourcePos;
import baton.render.TemplateSource;
import baton.render.Urls;
import baton.site.OutputCheck;
import baton.validate.Quote;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks on a site's {@code templates/} and {@code assets/} folders that belong to no one stage: a link in templates/
 * (the template engine would follow it out of the site), and an asset at a path where the build writes a file of its
 * own (one of the two would silently be lost).
 */
final class SiteFolders {

  private SiteFolders() {}

  /** Reports every symbolic link in templates/, or templates/ itself being one. */
  static void checkTemplateLinks(Path siteDir, Diagnostics diagnostics) {
    Path templates = siteDir.resolve("templates");
    if (Files.isSymbolicLink(templates)) {
      linked(diagnostics, "templates");
      return;
    }
    if (!Files.isDirectory(templates, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    List<String> links = new ArrayList<>();
    walk(templates, (file, attributes) -> {
      if (attributes.isSymbolicLink()) {
        links.add("templates/" + relative(templates, file));
      }
    });
    links.forEach(link -> linked(diagnostics, link));
  }

  private static void linked(Diagnostics diagnostics, String file) {
    diagnostics.error(SourcePos.wholeFile(file), "symbolic links are not followed",
        "copy the file or folder into templates/ instead of linking to it");
  }

  /** The site's own page templates ({@code templates/page.html}...), sorted; none when it has no templates/. */
  static Set<String> templateOverrides(Path siteDir) {
    Path templates = siteDir.resolve("templates");
    Set<String> names = new TreeSet<>();
    if (Files.isDirectory(templates, LinkOption.NOFOLLOW_LINKS)) {
      walk(templates, (file, attributes) -> {
        if (attributes.isRegularFile() && file.getFileName().toString().endsWith(".html")) {
          names.add("templates/" + relative(templates, file));
        }
      });
    }
    return names;
  }

  /**
   * Whether the site's templates/ changes the built-in set: it holds a file (a template, a label file, the stylesheet)
   * that the built-in set lacks or has with other bytes. A site that keeps copies of built-in files, as this
   * repository's example does, changes nothing, so a failure while rendering it is Baton's, not its templates'.
   */
  static boolean changesTemplates(Path siteDir) {
    Path templates = siteDir.resolve("templates");
    if (!Files.isDirectory(templates, LinkOption.NOFOLLOW_LINKS)) {
      return false;
    }
    TemplateSource source = new TemplateSource(templates);
    boolean[] changes = {false};
    walk(templates, (file, attributes) -> {
      if (changes[0] || !attributes.isRegularFile()) {
        return;
      }
      try {
        changes[0] = source.changesBuiltIn(relative(templates, file));
      } catch (UncheckedIOException e) {
        changes[0] = true; // unreadable: it may be what broke the build
      }
    });
    return changes[0];
  }

  /**
   * Reports each asset whose path the build writes too ({@code assets/index.html}), or that stands where the build
   * needs a folder ({@code assets/timeline} as a file) or needs a file where the asset's folder is.
   *
   * @param assets asset paths from the output root
   * @param generated the paths of the files the build writes
   */
  static void checkAssetCollisions(Set<String> assets, List<String> generated, Diagnostics diagnostics) {
    if (assets.isEmpty()) {
      return;
    }
    Set<String> files = new HashSet<>(generated);
    Set<String> folders = new HashSet<>();
    for (String f : generated) {
      for (int slash = f.indexOf('/'); slash > 0; slash = f.indexOf('/', slash + 1)) {
        folders.add(f.substring(0, slash));
      }
    }
    for (String asset : assets) {
      String clash = files.contains(asset) ? asset : folders.contains(asset) ? asset + "/" : fileAbove(asset, files);
      if (clash != null) {
        diagnostics.error(SourcePos.wholeFile("assets/" + asset),
            "the build writes " + clash + " itself, where this asset would go",
            "rename or move the asset; Baton's own file would replace it");
      }
    }
  }

  /** The site settings' params that name a file of the output for the layout to link to (README, site.yaml). */
  private static final List<String> PARAM_FILES = List.of("stylesheet", "favicon");

  /**
   * Each of {@link #PARAM_FILES} set in site.yaml must lead to a file of the output, an asset nearly always, when the
   * built-in layout links it: one error at the line that names it, rather than a link to no file on every page. It is
   * read as the check of every page reads the layout's link on a page one folder down ({@code ../} and the value). A
   * site whose own layout.html may use them its own way (a stylesheet on another server), and values other than text,
   * are left to that check.
   */
  static void checkParamFiles(
      List<RawEntry> entries, OutputCheck.Targets targets, TemplateSource templates, Diagnostics diagnostics) {
    RawEntry site = entries.stream().filter(e -> e.type() == EntryType.SITE).findFirst().orElse(null);
    Field params = site == null ? null : site.fields().field("params");
    if (params == null || !(params.value() instanceof Mapping named) || templates.changesBuiltIn("layout.html")) {
      return;
    }
    for (String key : PARAM_FILES) {
      Field f = named.field(key);
      if (f != null && f.value() instanceof Scalar value && value.text() != null
          && !OutputCheck.accepts(Urls.TIMELINE, "../" + value.text(), targets)) {
        diagnostics.error(value.pos(),
            "params." + key + " names " + Quote.of(value.text()) + ", which is not in assets/",
            "put the file in assets/ under that path, or correct the path: it starts from assets/, as in css/site.css");
      }
    }
  }

  private static String fileAbove(String asset, Set<String> files) {
    for (int slash = asset.indexOf('/'); slash > 0; slash = asset.indexOf('/', slash + 1)) {
      if (files.contains(asset.substring(0, slash))) {
        return asset.substring(0, slash);
      }
    }
    return null;
  }

  private interface Visitor {
    void visit(Path file, BasicFileAttributes attributes);
  }

  /** Visits every file and link under {@code root}, links not followed. */
  private static void walk(Path root, Visitor visitor) {
    try {
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
          visitor.visit(file, attributes);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String relative(Path root, Path file) {
    return root.relativize(file).toString().replace('\\', '/');
  }
}
