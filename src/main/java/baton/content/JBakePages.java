package baton.content;

import baton.diag.Diagnostic;
import baton.diag.Diagnostics;
import baton.diag.SourcePos;
import baton.jbake.HeaderField;
import baton.jbake.HtmlBody;
import baton.jbake.JBakeConfig;
import baton.jbake.JBakeConfigException;
import baton.jbake.JBakeDocument;
import baton.jbake.JBakeReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * JBake-format pages in a Baton site, read through jbake-core (see {@link baton.jbake}): a file in
 * {@code content/pages/} whose header is JBake's ({@code key=value} lines ended by {@code ~~~~~~}), {@code .md} with a
 * Markdown body or {@code .html} with an HTML body, becomes a page entry: {@code title}, {@code date}, {@code tags},
 * and {@code draft} unless JBake would publish it. A {@code jbake.properties} beside {@code content/} is read as JBake
 * reads it, for its header settings and for {@code site.host}, which stands in for a {@code baseUrl} that site.yaml
 * does not set.
 *
 * <p>One instance per load; its reads may run in parallel. The JBake configuration is only loaded when the site has a
 * {@code jbake.properties} or a JBake page, so a site without either pays nothing.
 */
final class JBakePages {

  private static final String PROPERTIES = JBakeConfig.FILE;
  private static final String DEFAULT_SEPARATOR = "~~~~~~";
  private static final String FENCE = "---";

  private final Path siteDir;
  private final boolean hasProperties;
  private final Set<String> htmlPages = ConcurrentHashMap.newKeySet();
  private volatile JBakeReader reader;
  private volatile boolean failed;
  private String propertiesText;

  private JBakePages(Path siteDir, boolean hasProperties) {
    this.siteDir = siteDir;
    this.hasProperties = hasProperties;
  }

  /** For a load of {@code siteDir}: reads its {@code jbake.properties} now, if it has one, reporting its problems. */
  static JBakePages forSite(Path siteDir, Limits limits, SourceText sources, Diagnostics diagnostics) {
    JBakePages pages = new JBakePages(siteDir, JBakeConfig.present(siteDir));
    if (pages.hasProperties) {
      pages.loadProperties(limits, sources, diagnostics);
    }
    return pages;
  }

  /** Whether the site has a {@code jbake.properties}, which its pages and its baseUrl depend on. */
  boolean usesProperties() {
    return hasProperties;
  }

  /** For readers used without a site (none of their files is taken for a JBake page). */
  static JBakePages none() {
    JBakePages pages = new JBakePages(null, false);
    pages.failed = true;
    return pages;
  }

  /**
   * Whether this page file is JBake's to read: an {@code .html} page always (Baton's own pages are {@code .md}); a
   * {@code .md} page when it does not open with Baton's {@code ---} and its header is JBake's.
   */
  boolean claims(ContentFile file, String text) {
    if (siteDir == null || file.type() != EntryType.PAGE) {
      return false;
    }
    if (isHtml(file)) {
      return true;
    }
    String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
    if (t.startsWith(FENCE) || !t.contains(separatorHint())) {
      return false;
    }
    return reader().map(r -> r.hasHeader(text)).orElse(false);
  }

  /** The page entry of a file this instance {@link #claims}; what is wrong goes to {@code problems}. */
  Optional<RawEntry> read(ContentFile file, String text, List<Diagnostic> problems) {
    Optional<JBakeReader> r = reader();
    if (r.isEmpty()) {
      problems.add(Diagnostic.error(SourcePos.at(file.file(), 1, 1), "cannot read JBake pages",
          "see the problem reported for " + PROPERTIES));
      return Optional.empty();
    }
    JBakeDocument.Format format = isHtml(file) ? JBakeDocument.Format.HTML : JBakeDocument.Format.MARKDOWN;
    JBakeReader.Read read = r.get().read(file.path(), file.file(), text, format);
    problems.addAll(read.problems());
    if (read.problems().stream().anyMatch(Diagnostic::isError)) {
      return Optional.empty();
    }
    return read.document().flatMap(doc -> entry(file, doc, problems));
  }

  /**
   * What needs every entry: {@code site.host} as the site's {@code baseUrl} when site.yaml has none, and the check that
   * HTML pages are allowed to show their HTML.
   */
  List<RawEntry> finish(List<RawEntry> entries, Diagnostics diagnostics) {
    Optional<RawEntry> site = entries.stream().filter(e -> e.type() == EntryType.SITE).findFirst();
    boolean allowHtml = site.map(s -> s.fields().field("allowHtml"))
        .map(f -> f.value() instanceof Scalar s && "true".equals(s.text()))
        .orElse(false);
    if (site.isPresent() && !allowHtml) {
      for (RawEntry e : entries) {
        if (htmlPages.contains(e.file()) && !isDraft(e)) {
          diagnostics.error(SourcePos.at(e.file(), 1, 1), "this JBake page's body is HTML, and site.yaml does not allow HTML",
              "add allowHtml: true to content/site.yaml (scripts, frames and event handlers are still removed),"
                  + " or rewrite the page in Markdown as a .md file");
        }
      }
    }
    Optional<Field> baseUrl = siteHost();
    if (site.isEmpty() || baseUrl.isEmpty() || site.get().fields().field("baseUrl") != null) {
      return entries;
    }
    List<RawEntry> out = new ArrayList<>(entries.size());
    for (RawEntry e : entries) {
      out.add(e == site.get() ? withField(e, baseUrl.get()) : e);
    }
    return out;
  }

  private Optional<RawEntry> entry(ContentFile file, JBakeDocument doc, List<Diagnostic> problems) {
    if (doc.title() == null) {
      problems.add(Diagnostic.error(SourcePos.at(file.file(), 1, 1), "the JBake header has no title",
          "add a line title=... above " + separatorHint()));
      return Optional.empty();
    }
    for (HeaderField f : doc.unmapped()) {
      problems.add(Diagnostic.warning(SourcePos.at(file.file(), f.line(), f.keyColumn()),
          "JBake header field '" + f.key() + "' is not used by Baton",
          "a page has a title, date, tags and status; Baton's templates do not see other fields"));
    }
    if (!doc.knownType()) {
      problems.add(Diagnostic.warning(position(doc, "type"), "JBake type '" + doc.type() + "' is read as a page", null));
    }
    Map<String, Field> fields = new LinkedHashMap<>();
    put(fields, doc, "title", new Scalar(doc.title(), true, position(doc, "title")));
    if (doc.date() != null) {
      put(fields, doc, "date", new Scalar(doc.date().toString(), false, position(doc, "date")));
    }
    if (!doc.tags().isEmpty()) {
      SourcePos pos = position(doc, "tags");
      put(fields, doc, "tags", new Seq(doc.tags().stream().<Node>map(t -> new Scalar(t, true, pos)).toList(), pos));
    }
    put(fields, doc, "draft", new Scalar(doc.published() ? "false" : "true", false, position(doc, "status")));
    Mapping mapping = new Mapping(fields, SourcePos.at(file.file(), 1, 1));
    String body = doc.format() == JBakeDocument.Format.HTML ? HtmlBody.asMarkdown(doc.body()) : doc.body();
    int bodyLine = doc.format() == JBakeDocument.Format.HTML ? Math.max(1, doc.bodyLine() - 1) : doc.bodyLine();
    if (doc.format() == JBakeDocument.Format.HTML) {
      htmlPages.add(file.file());
    }
    return Optional.of(new RawEntry(EntryType.PAGE, file.id(), file.file(), mapping, body, bodyLine));
  }

  private static void put(Map<String, Field> fields, JBakeDocument doc, String key, Node value) {
    SourcePos keyPos = doc.field(key)
        .map(f -> SourcePos.at(doc.file(), f.line(), f.keyColumn()))
        .orElse(value.pos());
    fields.put(key, new Field(key, keyPos, value));
  }

  private static SourcePos position(JBakeDocument doc, String key) {
    return doc.field(key)
        .map(f -> SourcePos.at(doc.file(), f.line(), f.valueColumn()))
        .orElse(SourcePos.at(doc.file(), 1, 1));
  }

  private static boolean isHtml(ContentFile file) {
    return file.file().endsWith(".html");
  }

  private static boolean isDraft(RawEntry e) {
    Field draft = e.fields().field("draft");
    return draft != null && draft.value() instanceof Scalar s && "true".equals(s.text());
  }

  private static RawEntry withField(RawEntry e, Field field) {
    Map<String, Field> fields = new LinkedHashMap<>(e.fields().fields());
    fields.put(field.key(), field);
    return new RawEntry(e.type(), e.id(), e.file(), new Mapping(fields, e.fields().pos()), e.body(), e.bodyLine());
  }

  // ---- jbake.properties ----

  private void loadProperties(Limits limits, SourceText sources, Diagnostics diagnostics) {
    Optional<String> text = readProperties(limits, diagnostics);
    if (text.isEmpty()) {
      failed = true;
      return;
    }
    propertiesText = text.get();
    sources.put(PROPERTIES, propertiesText);
    try {
      JBakeConfig config = JBakeConfig.load(siteDir);
      reader = new JBakeReader(config, Clock.systemDefaultZone());
      config.ignoredEncoding().ifPresent(encoding -> diagnostics.warning(propertyPos("render.encoding", true),
          "render.encoding " + encoding + " is not used: Baton reads content as UTF-8",
          "save the content files as UTF-8 and remove render.encoding"));
    } catch (JBakeConfigException e) {
      failed = true;
      diagnostics.error(SourcePos.wholeFile(PROPERTIES), "jbake-core cannot read this file: " + e.getMessage(),
          "fix it, or remove it if the site is no longer built with JBake");
    }
  }

  private Optional<String> readProperties(Limits limits, Diagnostics diagnostics) {
    Path path = siteDir.resolve(PROPERTIES);
    try (InputStream in = Files.newInputStream(path, LinkOption.NOFOLLOW_LINKS)) {
      byte[] bytes = in.readNBytes((int) Math.min(limits.maxFileBytes() + 1, Integer.MAX_VALUE - 16));
      if (bytes.length > limits.maxFileBytes()) {
        diagnostics.error(SourcePos.wholeFile(PROPERTIES), "file is too large", "the limit is " + limits.maxFileBytes());
        return Optional.empty();
      }
      Utf8.Decoded decoded = Utf8.decode(bytes, PROPERTIES);
      if (!decoded.ok()) {
        diagnostics.add(decoded.error());
        return Optional.empty();
      }
      return Optional.of(decoded.text());
    } catch (IOException e) {
      diagnostics.error(SourcePos.wholeFile(PROPERTIES), "cannot read this file (" + IoReasons.of(e) + ")",
          "check that you may read it");
      return Optional.empty();
    }
  }

  /** {@code site.host} as a {@code baseUrl} field, positioned in jbake.properties. */
  private Optional<Field> siteHost() {
    if (reader == null) {
      return Optional.empty();
    }
    return reader.config().siteHost().map(host -> new Field("baseUrl", propertyPos("site.host", false),
        new Scalar(host, true, propertyPos("site.host", true))));
  }

  /**
   * Where a key of jbake.properties is written (its first line; a properties key ends at '=', ':' or a blank). Only
   * for pointing at it: the value is the one jbake-core read.
   */
  private SourcePos propertyPos(String key, boolean value) {
    List<String> lines = propertiesText == null ? List.of() : propertiesText.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      int start = 0;
      while (start < line.length() && Character.isWhitespace(line.charAt(start))) {
        start++;
      }
      if (!line.startsWith(key, start)) {
        continue;
      }
      int end = start + key.length();
      if (end < line.length() && "=: \t\f".indexOf(line.charAt(end)) < 0) {
        continue;
      }
      if (!value) {
        return SourcePos.at(PROPERTIES, i + 1, start + 1);
      }
      int v = end;
      while (v < line.length() && " \t\f".indexOf(line.charAt(v)) >= 0) {
        v++;
      }
      if (v < line.length() && (line.charAt(v) == '=' || line.charAt(v) == ':')) {
        v++;
      }
      while (v < line.length() && " \t\f".indexOf(line.charAt(v)) >= 0) {
        v++;
      }
      return SourcePos.at(PROPERTIES, i + 1, v + 1);
    }
    return SourcePos.wholeFile(PROPERTIES);
  }

  // ---- the JBake configuration, loaded once, on demand ----

  private String separatorHint() {
    return reader != null ? reader.config().headerSeparator() : DEFAULT_SEPARATOR;
  }

  /** The reader; JBake's defaults are loaded the first time a site without jbake.properties needs them. */
  private synchronized Optional<JBakeReader> reader() {
    if (reader == null && !failed) {
      try {
        reader = new JBakeReader(JBakeConfig.load(siteDir), Clock.systemDefaultZone());
      } catch (JBakeConfigException e) {
        failed = true;
      }
    }
    return Optional.ofNullable(reader);
  }
}
