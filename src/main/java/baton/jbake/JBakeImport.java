package baton.jbake;

import baton.diag.Diagnostic;
import baton.diag.SourcePos;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code baton import jbake}: turns a JBake site's content into Baton pages.
 *
 * <p>Every post and page under the JBake site's content folder ({@code .md} and {@code .html} with a JBake header,
 * JBake YAML documents) becomes {@code content/pages/<id>.md} in the Baton site: YAML front matter ({@code title},
 * {@code date}, {@code tags}, {@code draft: true} unless JBake would publish it) and the body as it was (an HTML body
 * wrapped so that it stays one block of HTML, see {@link HtmlBody}). The id is the file name made valid. Whatever has
 * no place in a Baton page is reported, with where it was written: other header fields, AsciiDoc files, images and
 * other files beside the content, links whose meaning changes because pages move to {@code <id>/}, the templates, the
 * assets folder. An existing file is never replaced: its page is reported and skipped. When the Baton site has no
 * {@code content/site.yaml} yet, one is written from {@code jbake.properties}.
 *
 * <p>The files are read as JBake reads them, through jbake-core ({@link JBakeReader}); hidden files, symbolic links and
 * folders holding a {@code .jbakeignore} are left out, as JBake leaves them out.
 */
public final class JBakeImport {

  /** The largest content file read, as for a Baton site. */
  private static final long MAX_FILE_BYTES = 1 << 20;
  private static final Set<String> ASCIIDOC = Set.of("ad", "adoc", "asciidoc");
  private static final Pattern LINK = Pattern.compile(
      "(?:\\b(?:href|src)\\s*=\\s*[\"']([^\"']*)[\"'])|(?:\\]\\(\\s*<?([^)\\s>]+))", Pattern.CASE_INSENSITIVE);
  private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

  private final Clock clock;

  /** @param clock resolves {@code status=published-date} as JBake would when baking now */
  public JBakeImport(Clock clock) {
    this.clock = clock;
  }

  /**
   * Imports the JBake site in {@code source} into the Baton site in {@code site}.
   *
   * @throws IllegalArgumentException when {@code source} is not a folder
   */
  public ImportReport run(Path source, Path site) {
    if (!Files.isDirectory(source, LinkOption.NOFOLLOW_LINKS)) {
      throw new IllegalArgumentException("not a folder: " + source);
    }
    return new Run(source, site).run();
  }

  /** One import: what it found, wrote and has to say. */
  private final class Run {

    private final Path source;
    private final Path site;
    private final List<String> imported = new ArrayList<>();
    private final List<Diagnostic> notes = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();
    private int skipped;
    private boolean html;
    private String settingsWritten;
    private JBakeReader reader;

    Run(Path source, Path site) {
      this.source = source;
      this.site = site;
    }

    ImportReport run() {
      JBakeConfig config;
      try {
        config = JBakeConfig.load(source);
      } catch (JBakeConfigException e) {
        notes.add(Diagnostic.error(SourcePos.wholeFile(JBakeConfig.FILE), "jbake-core cannot read this file: "
            + e.getMessage(), "fix it and import again"));
        return report();
      }
      reader = new JBakeReader(config, clock);
      config.ignoredEncoding().ifPresent(e -> notes.add(Diagnostic.warning(SourcePos.wholeFile(JBakeConfig.FILE),
          "render.encoding " + e + " is not used: files are read as UTF-8", "convert the content files to UTF-8")));
      Path content = config.contentFolder();
      if (!Files.isDirectory(content, LinkOption.NOFOLLOW_LINKS)) {
        notes.add(Diagnostic.error(SourcePos.wholeFile(relative(content)), "no content folder",
            "a JBake site keeps its posts and pages in content/ (or the folder content.folder names)"));
        return report();
      }
      walk(content, config);
      siteNotes(config);
      return report();
    }

    private ImportReport report() {
      return new ImportReport(imported, settingsWritten, skipped, notes);
    }

    // ---- finding the files ----

    private void walk(Path dir, JBakeConfig config) {
      List<Path> children;
      try (Stream<Path> list = Files.list(dir)) {
        children = list.sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
      } catch (IOException e) {
        notes.add(Diagnostic.error(SourcePos.wholeFile(relative(dir)), "cannot list this folder: " + e.getMessage(),
            null));
        return;
      }
      for (Path child : children) {
        String name = child.getFileName().toString();
        if (name.startsWith(".")) {
          continue;
        }
        BasicFileAttributes attributes;
        try {
          attributes = Files.readAttributes(child, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
          notes.add(Diagnostic.error(SourcePos.wholeFile(relative(child)), "cannot read: " + e.getMessage(), null));
          continue;
        }
        if (attributes.isSymbolicLink()) {
          notes.add(Diagnostic.warning(SourcePos.wholeFile(relative(child)), "symbolic link not followed",
              "copy what it points to into the site and import again"));
        } else if (attributes.isDirectory()) {
          if (Files.exists(child.resolve(config.ignoreFileName()), LinkOption.NOFOLLOW_LINKS)) {
            notes.add(Diagnostic.warning(SourcePos.wholeFile(relative(child)),
                "folder skipped: it holds " + config.ignoreFileName(), null));
          } else {
            walk(child, config);
          }
        } else if (attributes.isRegularFile()) {
          file(child, config);
        }
      }
    }

    private void file(Path path, JBakeConfig config) {
      String label = relative(path);
      String name = path.getFileName().toString();
      int dot = name.lastIndexOf('.');
      String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
      String stem = dot <= 0 ? name : name.substring(0, dot);
      switch (extension) {
        case "md", "html" -> text(path, label).ifPresent(text -> {
          if (!reader.hasHeader(text)) {
            notes.add(Diagnostic.warning(SourcePos.at(label, 1, 1), "not imported: no JBake header",
                "JBake skips such a file too; add a header (title=..., type=page, status=published, "
                    + config.headerSeparator() + ") and import again"));
            return;
          }
          JBakeDocument.Format format =
              extension.equals("html") ? JBakeDocument.Format.HTML : JBakeDocument.Format.MARKDOWN;
          convert(reader.read(path, label, text, format), stem);
        });
        case "yml", "yaml" -> convert(reader.readYaml(path, label), stem);
        default -> {
          if (ASCIIDOC.contains(extension)) {
            notes.add(Diagnostic.warning(SourcePos.wholeFile(label), "not imported: AsciiDoc is not converted",
                "convert it to Markdown (for example with Asciidoctor and pandoc), keep its JBake header, and import"
                    + " again"));
          } else {
            notes.add(Diagnostic.warning(SourcePos.wholeFile(label), "not a page: not imported",
                "copy it to assets/" + relative(config.contentFolder(), path) + " in the Baton site, and link it from"
                    + " the root of the site"));
          }
        }
      }
    }

    /** The file as strict UTF-8, or none after a note. */
    private Optional<String> text(Path path, String label) {
      try (InputStream in = Files.newInputStream(path, LinkOption.NOFOLLOW_LINKS)) {
        byte[] bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
        if (bytes.length > MAX_FILE_BYTES) {
          notes.add(Diagnostic.warning(SourcePos.wholeFile(label), "not imported: larger than 1 MiB",
              "a Baton content file is at most 1 MiB; split it"));
          return Optional.empty();
        }
        return Optional.of(StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(bytes))
            .toString());
      } catch (CharacterCodingException e) {
        notes.add(Diagnostic.warning(SourcePos.wholeFile(label), "not imported: not UTF-8",
            "save it as UTF-8 and import again"));
      } catch (IOException e) {
        notes.add(Diagnostic.error(SourcePos.wholeFile(label), "cannot read: " + e.getMessage(), null));
      }
      return Optional.empty();
    }

    // ---- one page ----

    private void convert(JBakeReader.Read read, String stem) {
      notes.addAll(read.problems());
      if (read.document().isEmpty() || read.problems().stream().anyMatch(Diagnostic::isError)) {
        read.document().ifPresent(d -> notes.add(Diagnostic.warning(SourcePos.wholeFile(d.file()), "not imported",
            "fix the problems above and import again")));
        return;
      }
      JBakeDocument doc = read.document().get();
      String id = id(doc, stem);
      String to = "content/pages/" + id + ".md";
      Path target = site.resolve(to);
      if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)
          || Files.exists(site.resolve("content/pages/" + id + ".html"), LinkOption.NOFOLLOW_LINKS)) {
        skipped(doc, to);
        return;
      }
      String title = doc.title();
      if (title == null) {
        title = Character.toUpperCase(id.charAt(0)) + id.substring(1).replace('-', ' ');
        notes.add(Diagnostic.warning(SourcePos.at(doc.file(), 1, 1), "no title: titled '" + title + "' after its id",
            "edit the title in " + to));
      }
      fieldNotes(doc, to);
      String body = doc.body();
      if (doc.format() == JBakeDocument.Format.HTML) {
        body = HtmlBody.asMarkdown(body);
        html = true;
        notes.add(Diagnostic.warning(SourcePos.at(doc.file(), doc.bodyLine(), 1),
            "HTML body kept as raw HTML", "Baton shows it only when content/site.yaml has allowHtml: true"));
      }
      linkNotes(doc, id);
      String text = PageText.of(title, doc.date(), doc.tags(), !doc.published(), body);
      try {
        Files.createDirectories(target.getParent());
        try (Writer out = Files.newBufferedWriter(target, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
            StandardOpenOption.WRITE)) {
          out.write(text);
        }
        imported.add(doc.file() + " -> " + to);
      } catch (FileAlreadyExistsException e) {
        skipped(doc, to);
      } catch (IOException e) {
        notes.add(Diagnostic.error(SourcePos.wholeFile(doc.file()), "cannot write " + to + ": " + e.getMessage(),
            null));
      }
    }

    private void skipped(JBakeDocument doc, String to) {
      skipped++;
      notes.add(Diagnostic.warning(SourcePos.wholeFile(doc.file()), "skipped: " + to + " already exists",
          "import never replaces a file; move or delete it to import this page again"));
    }

    /** The page id from the file name: made valid, and numbered when another file of this import has it. */
    private String id(JBakeDocument doc, String stem) {
      String base = PageIds.fromName(stem);
      String id = base;
      for (int n = 2; !ids.add(id); n++) {
        id = PageIds.numbered(base, n);
      }
      if (!id.equals(stem)) {
        String why = id.equals(base) ? "the file name is not a valid id" : "another file already has the id " + base;
        notes.add(Diagnostic.warning(SourcePos.wholeFile(doc.file()), "imported as page '" + id + "': " + why,
            "ids are lower-case letters and digits joined by hyphens"));
      }
      return id;
    }

    private void fieldNotes(JBakeDocument doc, String to) {
      for (HeaderField f : doc.unmapped()) {
        notes.add(Diagnostic.warning(position(doc, f), "field '" + f.key() + "' not imported",
            "a Baton page has title, date, tags and draft"));
      }
      if (!doc.knownType()) {
        notes.add(Diagnostic.warning(position(doc, doc.field("type").orElse(null)),
            "type '" + doc.type() + "' imported as a page", null));
      }
      if (doc.status().equals("published-date")) {
        notes.add(Diagnostic.warning(position(doc, doc.field("status").orElse(null)),
            "status=published-date imported as " + (doc.published() ? "published: its date has passed"
                : "a draft: its date has not come"),
            doc.published() ? null : "remove draft: true from " + to + " when it is due"));
      }
    }

    /** Relative links and images: the page moves from its JBake address to {@code <id>/}. */
    private void linkNotes(JBakeDocument doc, String id) {
      List<String> lines = doc.body().lines().toList();
      Set<String> seen = new LinkedHashSet<>();
      for (int i = 0; i < lines.size(); i++) {
        Matcher m = LINK.matcher(lines.get(i));
        while (m.find()) {
          String url = m.group(1) != null ? m.group(1) : m.group(2);
          if (url.isEmpty() || url.startsWith("#") || url.startsWith("//") || SCHEME.matcher(url).find()
              || !seen.add(url)) {
            continue;
          }
          int column = (m.group(1) != null ? m.start(1) : m.start(2)) + 1;
          notes.add(Diagnostic.warning(SourcePos.at(doc.file(), doc.bodyLine() + i, column),
              "link to '" + url + "' may break: the page is published at " + id + "/",
              "Baton publishes page <id> at <id>/ and the site's assets/ at its root; point the link there"));
        }
      }
    }

    private SourcePos position(JBakeDocument doc, HeaderField f) {
      return f == null || f.line() == 0 ? SourcePos.wholeFile(doc.file())
          : SourcePos.at(doc.file(), f.line(), f.keyColumn());
    }

    // ---- the rest of the site ----

    private void siteNotes(JBakeConfig config) {
      Path assets = config.assetFolder();
      if (Files.isDirectory(assets, LinkOption.NOFOLLOW_LINKS)) {
        notes.add(Diagnostic.warning(SourcePos.wholeFile(relative(assets)), "assets not copied",
            "copy this folder's contents into assets/ of the Baton site: Baton, like JBake, copies it to the site's"
                + " root"));
      }
      Path templates = source.resolve("templates");
      if (Files.isDirectory(templates, LinkOption.NOFOLLOW_LINKS)) {
        notes.add(Diagnostic.warning(SourcePos.wholeFile("templates"), "JBake templates are not converted",
            "Baton's templates are Thymeleaf files with Baton's own model; a file in the site's templates/ overrides"
                + " the built-in one of the same name"));
      }
      Path settings = site.resolve("content/site.yaml");
      Optional<String> host = config.siteHost();
      if (Files.exists(settings, LinkOption.NOFOLLOW_LINKS)
          || Files.exists(site.resolve("content/site.yml"), LinkOption.NOFOLLOW_LINKS)) {
        host.ifPresent(h -> notes.add(Diagnostic.warning(SourcePos.wholeFile(JBakeConfig.FILE),
            "site.host not imported: content/site.yaml exists", "add baseUrl: " + h + " to it if it has none")));
        if (html) {
          notes.add(Diagnostic.warning(SourcePos.wholeFile(JBakeConfig.FILE),
              "HTML pages were imported: Baton shows them only when content/site.yaml has allowHtml: true", null));
        }
        return;
      }
      if (imported.isEmpty()) {
        return;
      }
      String title = config.siteSetting("site.title").filter(t -> !t.isBlank())
          .orElse(source.toAbsolutePath().normalize().getFileName() == null ? "Site"
              : source.toAbsolutePath().normalize().getFileName().toString());
      StringBuilder yaml = new StringBuilder("title: ").append(PageText.quote(title)).append('\n');
      host.ifPresent(h -> yaml.append("baseUrl: ").append(PageText.quote(h)).append('\n'));
      if (html) {
        yaml.append("# JBake's HTML pages: shown, cleaned of scripts, frames and event handlers.\n");
        yaml.append("allowHtml: true\n");
      }
      try (Writer out = Files.newBufferedWriter(settings, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
          StandardOpenOption.WRITE)) {
        out.write(yaml.toString());
        settingsWritten = "content/site.yaml (title" + (host.isPresent() ? ", baseUrl from site.host" : "")
            + (html ? ", allowHtml" : "") + ")";
      } catch (IOException e) {
        notes.add(Diagnostic.error(SourcePos.wholeFile(JBakeConfig.FILE), "cannot write content/site.yaml: "
            + e.getMessage(), null));
      }
    }

    private String relative(Path path) {
      return relative(source, path);
    }

    private String relative(Path base, Path path) {
      Path r = base.toAbsolutePath().normalize().relativize(path.toAbsolutePath().normalize());
      return r.toString().replace('\\', '/');
    }
  }
}
