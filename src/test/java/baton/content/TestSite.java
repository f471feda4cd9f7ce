package baton.content;

import static org.assertj.core.api.Assertions.assertThat;

import baton.diag.Diagnostic;
import baton.diag.Diagnostics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A site written file by file into a temporary folder, then loaded; the whole scenario reads in the test. */
final class TestSite {

  private final Path dir;

  private TestSite(Path dir) {
    this.dir = dir;
  }

  /** A site with valid settings, so that a test sees only the problems it sets up. */
  static TestSite withSettings(Path dir) {
    return new TestSite(dir).file("content/site.yaml", "title: Test site\n");
  }

  /** A folder with nothing in it. */
  static TestSite bare(Path dir) {
    return new TestSite(dir);
  }

  Path dir() {
    return dir;
  }

  Path path(String relative) {
    return dir.resolve(relative);
  }

  TestSite file(String relative, String text) {
    return bytes(relative, text.getBytes(StandardCharsets.UTF_8));
  }

  TestSite bytes(String relative, byte[] bytes) {
    try {
      Path path = dir.resolve(relative);
      Files.createDirectories(path.getParent());
      Files.write(path, bytes);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  TestSite folder(String relative) {
    try {
      Files.createDirectories(dir.resolve(relative));
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Result load() {
    return load(Limits.defaults());
  }

  Result load(Limits limits) {
    Diagnostics diagnostics = new Diagnostics(1_000);
    Loaded loaded = new ContentLoader(limits).load(dir, diagnostics);
    return new Result(loaded, diagnostics);
  }

  record Result(Loaded loaded, Diagnostics diagnostics) {

    /** Every diagnostic in its one-line form, sorted by position. */
    List<String> problems() {
      return diagnostics.sorted().stream().map(Diagnostic::format).toList();
    }

    List<String> files() {
      return loaded.entries().stream().map(RawEntry::file).toList();
    }

    RawEntry entry(String file) {
      List<RawEntry> found = loaded.entries().stream().filter(e -> e.file().equals(file)).toList();
      assertThat(found).as("entries read from %s (problems: %s)", file, problems()).hasSize(1);
      return found.get(0);
    }

    Node value(String file, String key) {
      Field field = entry(file).fields().field(key);
      assertThat(field).as("field %s of %s", key, file).isNotNull();
      return field.value();
    }

    Scalar scalar(String file, String key) {
      Node value = value(file, key);
      assertThat(value).isInstanceOf(Scalar.class);
      return (Scalar) value;
    }
  }
}
