package baton.testing;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A site written inline in a test: files given as text blocks, laid out under a temporary folder, then built or
 * checked through the real command line. Keeps each scenario readable in one place.
 */
public final class TestSite {

  /** The smallest valid site.yaml, for scenarios about other files. */
  public static final String SITE_YAML = "title: Test race\n";

  private final Path root;

  private TestSite(Path root) {
    this.root = root;
  }

  public static TestSite in(Path root) {
    return new TestSite(root);
  }

  public Path root() {
    return root;
  }

  /** Writes a file relative to the site folder, e.g. {@code content/actors/mark-rutte.yaml}. */
  public TestSite file(String path, String text) {
    return bytes(path, text.getBytes(StandardCharsets.UTF_8));
  }

  public TestSite bytes(String path, byte[] bytes) {
    try {
      Path p = root.resolve(path);
      Files.createDirectories(p.getParent());
      Files.write(p, bytes);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs {@code baton ARGS --site ROOT} and captures what it printed. */
  public Run run(String... args) {
    List<String> all = new ArrayList<>(Arrays.asList(args));
    all.add("--site");
    all.add(root.toString());
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status =
        baton.cli.Main.run(all.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(status, out.toString(), err.toString());
  }

  public Run check() {
    return run("check");
  }

  public Run build() {
    return run("build");
  }

  public Path out() {
    return root.resolve("target/site");
  }

  public String read(String outputPath) {
    try {
      return Files.readString(out().resolve(outputPath), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What one command did. */
  public record Run(int status, String out, String err) {

    /** The one-line diagnostics printed (the lines that start with a content path), in order. */
    public List<String> diagnostics() {
      return err.lines().filter(l -> l.startsWith("content")).toList();
    }
  }
}
