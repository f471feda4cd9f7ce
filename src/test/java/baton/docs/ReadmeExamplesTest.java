package baton.docs;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the README's {@code console} examples, so that the documentation cannot drift from the behaviour. Each
 * {@code $ java -jar target/baton.jar ...} line runs on a copy of this repository's site, and the lines after it
 * must be what it prints ({@code …} matching anything). A block whose output shows an error gets that error
 * planted first: the README's own unknown-actor example.
 */
class ReadmeExamplesTest {

  private static final String PROMPT = "$ java -jar target/baton.jar ";

  @TempDir Path dir;

  record Example(String command, List<String> expected) {}

  static List<Example> examples() throws IOException {
    List<String> lines = Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8);
    List<Example> examples = new ArrayList<>();
    boolean inConsole = false;
    Example current = null;
    for (String line : lines) {
      if (line.startsWith("```")) {
        inConsole = !inConsole && line.equals("```console");
        current = null;
        continue;
      }
      if (!inConsole) {
        continue;
      }
      if (line.startsWith("$ ")) {
        current = line.startsWith(PROMPT) ? new Example(line.substring(PROMPT.length()), new ArrayList<>()) : null;
        if (current != null) {
          examples.add(current);
        }
      } else if (current != null) {
        current.expected().add(line);
      }
    }
    return examples;
  }

  @TestFactory
  Stream<DynamicTest> everyConsoleExampleRunsAsShown() throws IOException {
    List<Example> examples = examples();
    assertThat(examples).as("README console examples").hasSizeGreaterThanOrEqualTo(3);
    return examples.stream().map(e -> DynamicTest.dynamicTest(e.command(), () -> run(e)));
  }

  private void run(Example example) throws IOException {
    Path site = dir.resolve("site-" + Math.abs(example.command().hashCode()) + "-" + example.expected().size());
    copySite(site);
    if (example.expected().stream().anyMatch(l -> l.contains("unknown actor 'mark-rute'"))) {
      Files.writeString(
          site.resolve("content/statements/uk-backs-rutte.md"),
          "---\ndate: 2024-02-22\ncountry: gb\nactor: mark-rute\n---\n");
    }
    String[] args =
        Arrays.stream(example.command().split(" "))
            .map(a -> a.equals(".") ? site.toString() : a.startsWith("target/") ? site.resolve(a).toString() : a)
            .toArray(String[]::new);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    baton.cli.Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    List<String> actual = (out.toString() + err.toString()).lines().toList();
    assertThat(actual).as("output of: %s", example.command()).hasSameSizeAs(example.expected());
    for (int i = 0; i < actual.size(); i++) {
      assertThat(actual.get(i)).as("line %d of: %s", i + 1, example.command()).matches(pattern(example.expected().get(i)));
    }
  }

  /** The expected line as a pattern: literal, except that {@code …} matches anything. */
  private static Pattern pattern(String expected) {
    String[] parts = expected.split("…", -1);
    StringBuilder regex = new StringBuilder();
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        regex.append(".*");
      }
      regex.append(Pattern.quote(parts[i]));
    }
    return Pattern.compile(regex.toString());
  }

  private static void copySite(Path to) {
    for (String folder : List.of("content", "templates", "assets")) {
      Path from = Path.of(folder);
      if (!Files.isDirectory(from)) {
        continue;
      }
      try (Stream<Path> walk = Files.walk(from)) {
        for (Path p : (Iterable<Path>) walk::iterator) {
          Path target = to.resolve(p.toString());
          if (Files.isDirectory(p)) {
            Files.createDirectories(target);
          } else {
            Files.copy(p, target);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
