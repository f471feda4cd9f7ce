package baton.content;

import baton.diag.Diagnostic;
import baton.diag.SourcePos;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Reads one content file into a raw entry: size first (a huge file is refused before a byte of it is read), then
 * strict UTF-8, then the front matter of a {@code .md} file, then the YAML. The problems of a file are returned with it
 * rather than reported at once, so that files read in parallel are still reported in a fixed order. Thread-safe.
 */
final class EntryReader {

  /** An entry, or none, and what was wrong with the file. */
  record Result(Optional<RawEntry> entry, List<Diagnostic> problems) {}

  private final Limits limits;
  private final YamlReader yaml;

  EntryReader(Limits limits) {
    this.limits = limits;
    this.yaml = new YamlReader(limits);
  }

  /** Reads the file, remembering its text in {@code sources} for printing diagnostics. */
  Result read(ContentFile file, SourceText sources) {
    return read(file, sources, JBakePages.none());
  }

  /** Reads the file; a page in JBake's format is read by {@code jbake}. */
  Result read(ContentFile file, SourceText sources, JBakePages jbake) {
    List<Diagnostic> problems = new ArrayList<>();
    Optional<Text> decoded = readBytes(file, problems).flatMap(bytes -> decode(file, bytes, sources, problems));
    if (decoded.isEmpty()) {
      return new Result(Optional.empty(), List.copyOf(problems));
    }
    String text = decoded.get().text();
    boolean jbakePage = jbake.claims(file, text);
    Optional<RawEntry> entry = jbakePage ? jbake.read(file, text, problems)
        : file.markdown() ? markdown(file, decoded.get(), problems) : yamlOnly(file, text, problems);
    if (!jbakePage && file.markdown() && entry.isPresent() && problems.isEmpty()) {
      // Diagnostics after loading point into the front matter, never into the body, which the entry holds anyway:
      // the printer is kept only the lines up to the closing '---', and the whole text is not kept twice.
      sources.put(file.file(), text.substring(0, text.length() - entry.get().body().length()));
    } else {
      sources.put(file.file(), text);
    }
    return new Result(entry, List.copyOf(problems));
  }

  private Optional<byte[]> readBytes(ContentFile file, List<Diagnostic> problems) {
    try {
      long size = Files.readAttributes(file.path(), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).size();
      if (size > limits.maxFileBytes()) {
        problems.add(tooLarge(file, size));
        return Optional.empty();
      }
      try (InputStream in = Files.newInputStream(file.path(), LinkOption.NOFOLLOW_LINKS)) {
        // Read the size measured into an array of that size; then, in case the file grew since, up to one byte past
        // the limit.
        byte[] bytes = new byte[(int) size];
        int read = in.readNBytes(bytes, 0, bytes.length);
        if (read < bytes.length) {
          return Optional.of(Arrays.copyOf(bytes, read));
        }
        int next = in.read();
        if (next < 0) {
          return Optional.of(bytes);
        }
        byte[] more = in.readNBytes((int) (limits.maxFileBytes() - size));
        long total = size + 1 + more.length;
        if (total > limits.maxFileBytes()) {
          problems.add(tooLarge(file, total));
          return Optional.empty();
        }
        byte[] grown = Arrays.copyOf(bytes, (int) total);
        grown[(int) size] = (byte) next;
        System.arraycopy(more, 0, grown, (int) size + 1, more.length);
        return Optional.of(grown);
      }
    } catch (IOException e) {
      problems.add(Diagnostic.error(SourcePos.wholeFile(file.file()),
          "cannot read this file (" + IoReasons.of(e) + ")", "check that it exists and that you may read it"));
      return Optional.empty();
    }
  }

  private Diagnostic tooLarge(ContentFile file, long size) {
    return Diagnostic.error(SourcePos.wholeFile(file.file()), "file is too large",
        size + " bytes; the limit is " + limits.maxFileBytes() + "; shorten it or split it into several entries");
  }

  /**
   * A file's text, and whether its bytes showed it free of control characters (as most files are), which spares
   * looking for them in its characters.
   */
  private record Text(String text, boolean clean) {}

  private static Optional<Text> decode(
      ContentFile file, byte[] bytes, SourceText sources, List<Diagnostic> problems) {
    Utf8.Decoded decoded = Utf8.decode(bytes, file.file());
    if (!decoded.ok()) {
      sources.put(file.file(), decoded.text());
      problems.add(decoded.error());
      return Optional.empty();
    }
    String text = decoded.text();
    if (ControlCharacters.noneIn(bytes)) {
      return Optional.of(new Text(text, true));
    }
    int nul = text.indexOf('\0');
    if (nul >= 0) {
      sources.put(file.file(), text);
      problems.add(Diagnostic.error(TextPositions.at(file.file(), text, nul), "NUL character in the file",
          "content files are text; remove it, or check that this is the right file"));
      return Optional.empty();
    }
    return Optional.of(new Text(text, false));
  }

  private Optional<RawEntry> markdown(ContentFile file, Text text, List<Diagnostic> problems) {
    return FrontMatter.split(text.text(), file.file(), problems).flatMap(front -> {
      Optional<Mapping> fields =
          yaml.read(new YamlText(file.file(), front.yaml(), front.yamlLineOffset(), true), problems);
      return text.clean() || bodyIsText(file, front, problems)
          ? fields.map(f -> new RawEntry(file.type(), file.id(), file.file(), f, front.body(), front.bodyLine()))
          : Optional.empty();
    });
  }

  /**
   * Whether the Markdown body is free of control characters (the YAML parser checks the front matter): one would be
   * published as it is, invalid in the HTML and the feeds.
   */
  private static boolean bodyIsText(ContentFile file, FrontMatter front, List<Diagnostic> problems) {
    int bad = ControlCharacters.first(front.body());
    if (bad < 0) {
      return true;
    }
    SourcePos inBody = TextPositions.at(file.file(), front.body(), bad);
    problems.add(Diagnostic.error(SourcePos.at(file.file(), inBody.line() + front.bodyLine() - 1, inBody.column()),
        "control character " + ControlCharacters.name(front.body(), bad) + " in the text",
        "remove it; it is invisible in most editors: retype the text around it"));
    return false;
  }

  /** A YAML-only entry has no body; its bodyLine is 0, the "whole file" line of a position. */
  private Optional<RawEntry> yamlOnly(ContentFile file, String text, List<Diagnostic> problems) {
    return yaml.read(new YamlText(file.file(), text, 0, false), problems)
        .map(fields -> new RawEntry(file.type(), file.id(), file.file(), fields, "", 0));
  }
}
