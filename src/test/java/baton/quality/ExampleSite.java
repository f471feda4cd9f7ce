package baton.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Hands tests the example site (the repository's {@code content/}, built-in templates), built through the real
 * command line into a temporary folder on first use, once per test run, and deleted after it: the quality tests only
 * read it. Use with {@code @ExtendWith(ExampleSite.class)} and a {@link Built} parameter; the build waits until a test
 * asks for {@link Built#root()}, after it has found its tools.
 */
final class ExampleSite implements ParameterResolver {

  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(ExampleSite.class);

  /** The built site's output folder, built on first use; closing it deletes the folder. */
  static final class Built implements AutoCloseable {

    private Path root;

    synchronized Path root() {
      if (root == null) {
        root = build();
      }
      return root;
    }

    Path page(String relative) {
      return root().resolve(relative);
    }

    @Override
    public synchronized void close() throws IOException {
      if (root == null) {
        return;
      }
      try (Stream<Path> files = Files.walk(root.getParent())) {
        files.sorted(Comparator.reverseOrder()).forEach(ExampleSite::delete);
      }
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == Built.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(Built.class, k -> new Built(), Built.class);
  }

  private static Path build() {
    try {
      Path out = Files.createTempDirectory("baton-quality-").resolve("site");
      StringWriter said = new StringWriter();
      String[] args = {"build", "--site", QualityTools.repository().toString(), "--out", out.toString()};
      int status = baton.cli.Main.run(args, new PrintWriter(said, true), new PrintWriter(said, true));
      assertEquals(0, status, () -> "building the example site failed:\n" + said);
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
