package baton.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The example site from the keyboard, on a 360 px screen and in print, in Debian's chromium.
 * src/test/js/keyboard.mjs presses the keys and reports what it saw; the judging is here. It also leaves a
 * screenshot of the timeline with a focused entry in target/quality/timeline-keyboard.png.
 */
@ExtendWith(ExampleSite.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KeyboardE2ETest {

  private static final String TIMELINE = "timeline/index.html";
  private static final List<String> NARROW_PAGES = List.of(
      "index.html", TIMELINE, "countries/index.html", "countries/hu/index.html",
      "statements/hungary-szijjarto-opposes-rutte/index.html");
  private static final List<String> PRINTED_PAGES = List.of("index.html", TIMELINE, "countries/hu/index.html");
  /** WCAG 1.4.11: a focus indicator needs 3:1 against what is next to it. */
  private static final double FOCUS_CONTRAST = 3.0;

  private final ExampleSite.Built site;
  private JsonNode observed;
  private Throwable failed;
  private Path screenshot;

  KeyboardE2ETest(ExampleSite.Built site) {
    this.site = site;
  }

  /**
   * What keyboard.mjs saw, from one run shared by the tests of this class. Each test asks for it, so that a missing
   * tool skips each test with the reason (a skip in a {@code @BeforeAll} goes unreported).
   */
  private JsonNode seen() throws Throwable {
    String node = QualityTools.node();
    Path tools = QualityTools.browserTools();
    Path chromium = QualityTools.chromium();
    if (failed != null) {
      throw failed;
    }
    if (observed == null) {
      try {
        observed = pressTheKeys(node, tools, chromium);
      } catch (Throwable t) {
        failed = t;
        throw t;
      }
    }
    return observed;
  }

  private JsonNode pressTheKeys(String node, Path tools, Path chromium) throws Exception {
    screenshot = QualityTools.reportFolder().resolve("timeline-keyboard.png");
    Files.deleteIfExists(screenshot);
    List<String> args = new ArrayList<>(List.of(
        node, QualityTools.script("keyboard.mjs").toString(),
        "--tools", tools.toString(),
        "--chromium", chromium.toString(),
        "--site", site.root().toString(),
        "--timeline", TIMELINE,
        "--screenshot", screenshot.toString()));
    NARROW_PAGES.forEach(p -> args.addAll(List.of("--narrow", p)));
    PRINTED_PAGES.forEach(p -> args.addAll(List.of("--print", p)));
    Command.Result ran = new Command(args, Duration.ofMinutes(10)).run();
    assertThat(ran.status()).as("keyboard.mjs failed%n%s", ran).isZero();
    return ran.json("keyboard.mjs");
  }

  @Test
  void theTimelineLoadsWithoutProblems() throws Throwable {
    JsonNode seen = seen();
    assertThat(texts(seen.path("problems"))).isEmpty();
  }

  @Test
  void theFirstTabStopIsTheSkipLinkAndItShows() throws Throwable {
    JsonNode seen = seen();
    JsonNode first = seen.path("tabOrder").path(0);
    assertThat(first.path("text").asText()).as("first Tab stop: %s", first).isEqualTo("Skip to content");
    assertThat(first.path("href").asText()).isEqualTo("#main");
    assertThat(first.path("visible").asBoolean()).as("visible when focused: %s", first).isTrue();
    assertThat(first.path("inViewport").asBoolean()).as("on screen when focused: %s", first).isTrue();
  }

  @Test
  void theSkipLinkMovesTheFocusToMain() throws Throwable {
    JsonNode seen = seen();
    JsonNode skip = seen.path("skip");
    assertThat(skip.path("first").path("text").asText()).isEqualTo("Skip to content");
    assertThat(skip.path("active").path("tag").asText()).as("focus after Enter: %s", skip.path("active"))
        .isEqualTo("main");
    assertThat(skip.path("active").path("id").asText()).isEqualTo("main");
    JsonNode next = skip.path("next");
    assertThat(next.path("inMain").asBoolean()).as("the Tab after the skip: %s", next).isTrue();
    assertThat(next.path("inHeader").asBoolean()).isFalse();
    JsonNode firstInMain = firstWhere(seen.path("domOrder"), "inMain");
    assertThat(next.path("href").asText()).as("the first link in main").isEqualTo(firstInMain.path("href").asText());
  }

  @Test
  void tabFollowsTheDocumentThroughNavigationAndEntries() throws Throwable {
    JsonNode seen = seen();
    List<String> tabbed = stops(seen.path("tabOrder"));
    List<String> document = stops(seen.path("domOrder"));
    assertThat(tabbed).as("Tab order against document order").containsExactlyElementsOf(document);

    List<String> nav = new ArrayList<>();
    List<String> entries = new ArrayList<>();
    for (JsonNode e : seen.path("tabOrder")) {
      if (e.path("inHeader").asBoolean() && e.path("inNav").asBoolean()) {
        nav.add(e.path("text").asText());
      }
      if (e.path("entryTitle").asBoolean()) {
        entries.add(e.path("text").asText());
      }
    }
    assertThat(nav).as("the site navigation").startsWith("Home", "Timeline", "Countries");
    assertThat(entries).as("timeline entry links").hasSizeGreaterThanOrEqualTo(3);
    assertThat(tabbed.indexOf(stop(firstWhere(seen.path("tabOrder"), "entryTitle"))))
        .as("entries come after the navigation")
        .isGreaterThan(tabbed.indexOf(stop(firstWhere(seen.path("tabOrder"), "inNav"))));
  }

  @Test
  void everyTabStopShowsAFocusIndicatorInBothColourSchemes() throws Throwable {
    JsonNode seen = seen();
    List<String> bad = new ArrayList<>();
    assertThat(seen.path("tabOrderDark").size()).isEqualTo(seen.path("tabOrder").size());
    for (String scheme : List.of("tabOrder", "tabOrderDark")) {
      for (JsonNode e : seen.path(scheme)) {
        boolean outlined = !e.path("outlineStyle").asText("none").equals("none")
            && parsePx(e.path("outlineWidth").asText()) >= 1;
        double contrast = e.path("outlineContrast").asDouble(0);
        if (!outlined || contrast < FOCUS_CONTRAST) {
          bad.add(String.format("%s%s: outline %s %s %s, contrast %.2f against %s",
              scheme.endsWith("Dark") ? "(dark) " : "", stop(e), e.path("outlineStyle").asText(),
              e.path("outlineWidth").asText(), e.path("outlineColor").asText(), contrast,
              e.path("backdrop").asText()));
        }
      }
    }
    if (!bad.isEmpty()) {
      fail(bad.size() + " Tab stops without a visible focus indicator (an outline, "
          + FOCUS_CONTRAST + ":1 against the background):\n" + String.join("\n", bad));
    }
  }

  @Test
  void aScreenshotOfTheFocusedTimelineIsSaved() throws Throwable {
    JsonNode seen = seen();
    assertThat(seen.path("screenshotOf").path("entryTitle").asBoolean()).as("focused: %s", seen.path("screenshotOf"))
        .isTrue();
    assertThat(screenshot).exists();
    assertThat(Files.size(screenshot)).isGreaterThan(1000);
  }

  @Test
  void noPageScrollsSidewaysAt360Pixels() throws Throwable {
    JsonNode seen = seen();
    assertThat(seen.path("narrow").size()).isEqualTo(NARROW_PAGES.size());
    List<String> bad = new ArrayList<>();
    for (JsonNode p : seen.path("narrow")) {
      if (p.path("scrollWidth").asInt() > 360 || !p.path("problems").isEmpty()) {
        bad.add(String.format("%s: scrollWidth %d; too wide: %s; problems: %s", p.path("page").asText(),
            p.path("scrollWidth").asInt(), texts(p.path("overflowing")), texts(p.path("problems"))));
      }
    }
    if (!bad.isEmpty()) {
      fail("pages wider than a 360 px screen:\n" + String.join("\n", bad));
    }
  }

  @Test
  void pagesPrintWithoutErrors() throws Throwable {
    JsonNode seen = seen();
    assertThat(seen.path("print").size()).isEqualTo(PRINTED_PAGES.size());
    for (JsonNode p : seen.path("print")) {
      String page = p.path("page").asText();
      assertThat(texts(p.path("problems"))).as("printing %s", page).isEmpty();
      assertThat(p.path("pdfBytes").asInt()).as("PDF of %s", page).isGreaterThan(1000);
      assertThat(p.path("navShown").asBoolean()).as("navigation printed on %s", page).isFalse();
    }
  }

  private static List<String> stops(JsonNode elements) {
    List<String> stops = new ArrayList<>();
    elements.forEach(e -> stops.add(stop(e)));
    return stops;
  }

  /** One Tab stop as a readable key: {@code a "Home" -> ../index.html}. */
  private static String stop(JsonNode e) {
    if (e == null || e.isNull() || e.isMissingNode()) {
      return "(nothing focused)";
    }
    return e.path("tag").asText() + (e.path("id").isTextual() ? "#" + e.path("id").asText() : "")
        + " \"" + e.path("text").asText() + "\""
        + (e.path("href").isTextual() ? " -> " + e.path("href").asText() : "");
  }

  private static JsonNode firstWhere(JsonNode elements, String flag) {
    for (JsonNode e : elements) {
      if (e.path(flag).asBoolean()) {
        return e;
      }
    }
    return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
  }

  private static double parsePx(String length) {
    try {
      return Double.parseDouble(length.replace("px", ""));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(n -> texts.add(n.asText()));
    return texts;
  }
}
