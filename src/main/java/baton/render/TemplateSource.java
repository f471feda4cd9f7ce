package baton.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * Finds a template-set file by name: the site's {@code templates/} folder first, then the built-in set packed in
 * the jar under {@value #BUILT_IN}. The repository's top-level {@code templates/} folder is that built-in set.
 */
public final class TemplateSource {

  /** Where the built-in templates sit on the class path. */
  public static final String BUILT_IN = "baton/templates/";

  /** The names of the built-in templates (without {@code .html}), each of which a site may override. */
  public static final java.util.Set<String> BUILT_IN_TEMPLATES =
      java.util.Set.of(
          "layout", "entry", "race", "home", "timeline", "countries", "country", "actors", "actor", "statement", "event",
          "office", "page", "404");

  private final Path siteTemplates;

  /** @param siteTemplates the site's templates/ folder, or null for the built-in set alone */
  public TemplateSource(Path siteTemplates) {
    this.siteTemplates = siteTemplates;
  }

  public static TemplateSource builtIn() {
    return new TemplateSource(null);
  }

  public Path siteTemplates() {
    return siteTemplates;
  }

  /**
   * The names (without {@code .html}, with forward slashes) of the site's own templates: regular files under
   * templates/, links not followed, names starting with a dot left out.
   */
  public java.util.Set<String> siteTemplateNames() {
    java.util.Set<String> names = new java.util.TreeSet<>();
    if (siteTemplates == null || !Files.isDirectory(siteTemplates, LinkOption.NOFOLLOW_LINKS)) {
      return names;
    }
    try (java.util.stream.Stream<Path> walk = Files.walk(siteTemplates)) {
      walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
          .map(p -> siteTemplates.relativize(p).toString().replace('\\', '/'))
          .filter(n -> n.endsWith(".html") && !n.startsWith(".") && !n.contains("/."))
          .forEach(n -> names.add(n.substring(0, n.length() - ".html".length())));
      return names;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the templates in " + siteTemplates, e);
    }
  }

  /** Whether the site overrides the named file. */
  public boolean isOverridden(String name) {
    return siteFile(name).isPresent();
  }

  /**
   * Whether the site's own file of that name changes the built-in one: it exists and its bytes differ. A site that
   * keeps a copy of a built-in file, as this repository's example site does, does not change it.
   */
  public boolean changesBuiltIn(String name) {
    Optional<byte[]> own = readOwn(name);
    if (own.isEmpty()) {
      return false;
    }
    Optional<byte[]> builtIn = readBuiltIn(name);
    return builtIn.isEmpty() || !Arrays.equals(own.get(), builtIn.get());
  }

  /** The site's own file of that name, if it has one that is a regular file (links are not followed). */
  public Optional<Path> siteFile(String name) {
    if (siteTemplates == null || name.contains("..") || name.startsWith("/")) {
      return Optional.empty();
    }
    Path p = siteTemplates.resolve(name);
    return Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) ? Optional.of(p) : Optional.empty();
  }

  /** The bytes of the named file, site first; empty when neither has it. */
  public Optional<byte[]> read(String name) {
    Optional<byte[]> own = readOwn(name);
    return own.isPresent() ? own : readBuiltIn(name);
  }

  /** The bytes of the site's own file of that name; empty when it has none. */
  public Optional<byte[]> readOwn(String name) {
    Optional<Path> own = siteFile(name);
    if (own.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Files.readAllBytes(own.get()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read template " + name, e);
    }
  }

  /** The bytes of the built-in file of that name; empty when there is none. */
  public static Optional<byte[]> readBuiltIn(String name) {
    try (InputStream in = TemplateSource.class.getClassLoader().getResourceAsStream(BUILT_IN + name)) {
      return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read template " + name, e);
    }
  }
}
