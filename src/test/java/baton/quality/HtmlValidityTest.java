package baton.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every page of the example site, and its stylesheet, passes the Nu HTML Checker (vnu.jar, the checker behind
 * validator.w3.org/nu) without an error: the SPEC promises valid HTML5 on every page.
 */
@ExtendWith(ExampleSite.class)
class HtmlValidityTest {

  @Test
  void everyPageOfTheExampleIsValidHtml(ExampleSite.Built site) throws Exception {
    Path vnu = QualityTools.vnuJar();
    assertThat(htmlFiles(site.root())).as("pages built").hasSizeGreaterThan(10);

    Command.Result checked = new Command(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xss8m", "-jar", vnu.toString(),
        "--errors-only", "--format", "json", "--stdout", "--skip-non-html", "--also-check-css",
        site.root().toString()), Duration.ofMinutes(10)).run();

    JsonNode report = checked.json("vnu.jar");
    List<String> errors = new ArrayList<>();
    for (JsonNode m : report.path("messages")) {
      errors.add(describe(site.root(), m));
    }
    if (!errors.isEmpty()) {
      fail("the Nu HTML Checker " + report.path("version").asText() + " found " + errors.size()
          + " errors in the example site:\n" + String.join("\n", errors));
    }
    assertThat(checked.status()).as("vnu.jar exit status%n%s", checked).isZero();
  }

  /** One error as {@code countries/hu/index.html:12:5: message  [extract]}. */
  private static String describe(Path root, JsonNode m) {
    String file = m.path("url").asText("?");
    try {
      file = root.toUri().relativize(URI.create(file.replaceFirst("^file:(?!//)", "file://"))).toString();
    } catch (IllegalArgumentException e) {
      // Keep the URL as vnu printed it.
    }
    int line = m.has("firstLine") ? m.path("firstLine").asInt() : m.path("lastLine").asInt();
    int column = m.has("firstColumn") ? m.path("firstColumn").asInt() : m.path("lastColumn").asInt();
    String extract = m.path("extract").asText("").replaceAll("\\s+", " ").strip();
    return file + ":" + line + ":" + column + ": " + m.path("type").asText() + ": " + m.path("message").asText()
        + (extract.isEmpty() ? "" : "  [" + extract + "]");
  }

  private static List<Path> htmlFiles(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(p -> p.toString().endsWith(".html")).toList();
    }
  }
}
