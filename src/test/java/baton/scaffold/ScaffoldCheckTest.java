package baton.scaffold;

import static org.assertj.core.api.Assertions.assertThat;

import baton.testing.TestSite;
import baton.testing.TestSite.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The contract between {@code new} and {@code check}, through the real command line: a skeleton fails {@code check}
 * at each of its placeholders, and nothing else, until they are replaced; filled in, it passes; and every commented
 * example in it is valid Baton once uncommented.
 */
class ScaffoldCheckTest {

  /** A placeholder line: a key, then CHANGE-ME or "" as the whole value, then the explanation. */
  private static final Pattern PLACEHOLDER = Pattern.compile("(?m)^(\\w+): (CHANGE-ME|\"\")(\\s+#.*)?$");
  /** A commented-out field, at any depth: "# key: ..." or "#   - key: ...". */
  private static final Pattern OPTIONAL_FIELD = Pattern.compile("^# (\\s*-\\s+)?\\s*[A-Za-z]+:(\\s|$).*");

  /** What a person would type in place of each placeholder, by field, using ids of the site below. */
  private static final Map<String, String> FILLED =
      Map.of("actor", "uk-foreign-office", "kind", "person", "name", "\"A name\"", "title", "\"A title\"");

  @TempDir Path dir;
  TestSite site;

  /** Every id the skeletons' examples use exists, so that uncommenting them must pass. */
  @BeforeEach
  void smallSite() {
    site =
        TestSite.in(dir)
            .file("content/site.yaml", TestSite.SITE_YAML)
            .file("content/countries/gb.yaml", "name: United Kingdom\ncode: GB\nmembership:\n  - from: 1949-08-24\n")
            .file("content/countries/fr.yaml", "name: France\ncode: FR\n")
            .file("content/countries/nl.yaml", "name: Netherlands\ncode: NL\n")
            .file("content/countries/us.yaml", "name: United States\ncode: US\n")
            .file("content/actors/uk-foreign-office.yaml", "name: UK Foreign Office\nkind: government\ncountry: gb\n")
            .file("content/actors/mark-rutte.yaml", "name: Mark Rutte\nkind: person\ncountry: nl\n")
            .file("content/actors/klaus-iohannis.yaml", "name: Klaus Iohannis\nkind: person\n")
            .file("content/actors/jens-stoltenberg.yaml", "name: Jens Stoltenberg\nkind: person\n")
            .file("content/actors/reuters.yaml", "name: Reuters\nkind: outlet\n")
            .file("content/events/nato-summit.md", "---\ndate: 2024-07-09\ntitle: Summit\n---\n");
  }

  private Path scaffold(String type, String id) {
    Run run = site.run("new", type, id, "--date", "2024-02-22");
    assertThat(run.status()).as(run.err()).isZero();
    return Path.of(run.out().strip());
  }

  @ParameterizedTest
  @CsvSource({"statement, uk-backs-rutte", "event, brussels-meeting", "actor, new-actor", "country, se",
      "office, nato-sg", "page, about"})
  void anUnfilledSkeletonFailsCheckAtEachPlaceholderLine(String type, String id) throws IOException {
    Path file = scaffold(type, id);
    String text = Files.readString(file, StandardCharsets.UTF_8);
    String relative = dir.relativize(file).toString().replace('\\', '/');
    List<String> expected = new ArrayList<>();
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = PLACEHOLDER.matcher(lines.get(i));
      if (m.matches()) {
        expected.add(relative + ":" + (i + 1) + ":" + (m.group(1).length() + 3) + ": ");
      }
    }
    assertThat(expected).isNotEmpty();

    Run check = site.check();
    assertThat(check.status()).isEqualTo(1);
    assertThat(check.diagnostics()).hasSameSizeAs(expected);
    for (int i = 0; i < expected.size(); i++) {
      assertThat(check.diagnostics().get(i)).startsWith(expected.get(i));
    }
  }

  @Test
  void theStatementPlaceholderIsAnUnknownActorAtItsLine() {
    scaffold("statement", "uk-backs-rutte");
    Run check = site.check();
    assertThat(check.diagnostics())
        .singleElement()
        .asString()
        .startsWith("content/statements/2024/uk-backs-rutte.md:8:8: unknown actor 'CHANGE-ME'");
    assertThat(check.err()).contains("    actor: CHANGE-ME ");
  }

  @ParameterizedTest
  @CsvSource({"statement, uk-backs-rutte", "event, brussels-meeting", "actor, new-actor", "country, se",
      "office, nato-sg", "page, about"})
  void filledInItPassesCheck(String type, String id) throws IOException {
    Path file = scaffold(type, id);
    Files.writeString(file, fill(Files.readString(file, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);

    Run check = site.check();
    assertThat(check.err()).isEmpty();
    assertThat(check.status()).isZero();
  }

  @ParameterizedTest
  @CsvSource({"statement, uk-backs-rutte", "event, brussels-meeting", "actor, new-actor", "country, se",
      "office, nato-sg", "page, about"})
  void everyCommentedExampleIsValidOnceUncommented(String type, String id) throws IOException {
    Path file = scaffold(type, id);
    Files.writeString(
        file, uncommentExamples(fill(Files.readString(file, StandardCharsets.UTF_8))), StandardCharsets.UTF_8);

    Run check = site.check();
    assertThat(check.err()).isEmpty();
    assertThat(check.status()).isZero();
  }

  /** Replaces every placeholder with what {@link #FILLED} says for its field; fails on one it does not know. */
  private static String fill(String text) {
    Matcher m = PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = FILLED.get(m.group(1));
      assertThat(value).as("a value for the placeholder of '" + m.group(1) + "'").isNotNull();
      m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + ": " + value));
    }
    m.appendTail(out);
    assertThat(out.toString()).doesNotContain(": CHANGE-ME").doesNotContain(": \"\"");
    return out.toString();
  }

  /**
   * Deletes the "# " before every commented-out field, except those that cannot go together with the rest:
   * {@code countries} is the alternative to {@code country}, and {@code draft: true} would leave the entry unchecked.
   */
  private static String uncommentExamples(String text) {
    StringBuilder out = new StringBuilder();
    for (String line : text.lines().toList()) {
      boolean example = OPTIONAL_FIELD.matcher(line).matches()
          && !line.startsWith("# countries: [gb, fr]") && !line.startsWith("# draft:");
      out.append(example ? line.substring(2) : line).append('\n');
    }
    return out.toString();
  }
}
