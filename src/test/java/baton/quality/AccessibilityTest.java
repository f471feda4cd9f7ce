package baton.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opentest4j.TestAbortedException;

/**
 * axe-core finds no violation on the example site's pages, in Debian's chromium, in the light and in the dark colour
 * scheme: every rule axe runs by default (WCAG 2.0 to 2.2, levels A and AA, and its best practices), colour
 * contrast included. One dynamic test per page and scheme; src/test/js/axe.mjs drives the browser.
 */
@ExtendWith(ExampleSite.class)
class AccessibilityTest {

  /** The pages the brief names first, then one page of every other built-in template. */
  static final List<String> PAGES = List.of(
      "index.html",
      "timeline/index.html",
      "countries/index.html",
      "countries/hu/index.html",
      "statements/hungary-szijjarto-opposes-rutte/index.html",
      "actors/index.html",
      "actors/mark-rutte/index.html",
      "events/washington-summit-2024/index.html",
      "offices/nato-secretary-general/index.html",
      "about/index.html",
      "404.html");

  @TestFactory
  Stream<DynamicTest> noAxeViolations(ExampleSite.Built site) throws Exception {
    List<String> args;
    try {
      args = new ArrayList<>(List.of(
          QualityTools.node(), QualityTools.script("axe.mjs").toString(),
          "--tools", QualityTools.browserTools().toString(),
          "--chromium", QualityTools.chromium().toString()));
    } catch (TestAbortedException missingTool) {
      // A factory that aborts is not reported as skipped; a test that aborts is, with the reason.
      return Stream.of(DynamicTest.dynamicTest("axe-core", () -> {
        throw missingTool;
      }));
    }
    args.addAll(List.of("--site", site.root().toString()));
    for (String page : PAGES) {
      assertThat(Files.isRegularFile(site.page(page))).as("the example site has %s", page).isTrue();
      args.add("--page");
      args.add(page);
    }
    Command.Result ran = new Command(args, Duration.ofMinutes(10)).run();
    assertThat(ran.status()).as("axe.mjs failed%n%s", ran).isZero();
    JsonNode report = ran.json("axe.mjs");
    System.out.printf("axe-core %s in chromium %s%n", report.path("axe").asText(), report.path("browser").asText());

    List<DynamicTest> tests = new ArrayList<>();
    for (JsonNode result : report.path("results")) {
      String name = result.path("page").asText() + " (" + result.path("scheme").asText() + ")";
      tests.add(DynamicTest.dynamicTest(name, () -> assertClean(name, result)));
    }
    assertThat(tests).as("results").hasSize(PAGES.size() * 2);
    return tests.stream();
  }

  private static void assertClean(String name, JsonNode result) {
    assertThat(texts(result.path("problems"))).as("%s loaded with problems", name).isEmpty();
    List<String> violations = new ArrayList<>();
    for (JsonNode v : result.path("violations")) {
      StringBuilder s = new StringBuilder();
      s.append(String.format("%s [%s] %s%n  %s%n", v.path("id").asText(), v.path("impact").asText(),
          v.path("help").asText(), v.path("helpUrl").asText()));
      for (JsonNode n : v.path("nodes")) {
        s.append(String.format("  - at %s%n    %s%n    %s%n", n.path("target").asText(),
            abbreviate(n.path("html").asText()), n.path("summary").asText().replace("\n", "\n    ")));
      }
      violations.add(s.toString());
    }
    if (!violations.isEmpty()) {
      fail("axe-core found " + violations.size() + " kinds of violation on " + name + ":\n"
          + String.join("\n", violations));
    }
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(n -> texts.add(n.asText()));
    return texts;
  }

  private static String abbreviate(String html) {
    String flat = html.replaceAll("\\s+", " ");
    return flat.length() <= 300 ? flat : flat.substring(0, 300) + "...";
  }
}
