package baton.render;

import static org.assertj.core.api.Assertions.assertThat;

import baton.model.Settings;
import baton.render.pages.SmallRace;
import baton.testing.TestSite;
import baton.testing.TestSite.Run;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page goes through Thymeleaf exactly when the site changes its template or a template it uses (the layout, the
 * entry fragments); the other pages keep the compiled built-in templates, and an error in a site's template is still
 * reported at its file and line.
 */
class TemplateOverridesTest {

  private static final Set<String> ALL_PAGES =
      Set.of(
          "home", "timeline", "countries", "country", "actors", "actor", "statement", "event", "office", "page", "404");

  @TempDir Path dir;

  @Test
  void aChangedPageTemplateIsRenderedByThymeleafForItsPagesOnly() {
    TestSite plain = SmallRace.write(dir.resolve("plain"), "en");
    TestSite changed = SmallRace.write(dir.resolve("changed"), "en");
    changed.file(
        "templates/statement.html",
        builtIn("statement.html").replace("<dl class=\"facts\">", "<p class=\"site-own\">Our own statement page</p>\n"
            + "  <dl class=\"facts\">"));
    assertThat(viaThymeleaf(changed)).containsExactly("statement");

    Map<String, String> before = build(plain);
    Map<String, String> after = build(changed);
    assertThat(after.keySet()).isEqualTo(before.keySet());
    for (String path : before.keySet()) {
      if (path.startsWith("statements/")) {
        assertThat(after.get(path)).as(path).contains("<p class=\"site-own\">Our own statement page</p>");
        assertThat(after.get(path).replace("<p class=\"site-own\">Our own statement page</p>\n  ", ""))
            .as("%s is otherwise the built-in page", path)
            .isEqualTo(before.get(path));
      } else {
        assertThat(after.get(path)).as(path).isEqualTo(before.get(path));
      }
    }
  }

  @Test
  void aChangedLayoutChangesEveryPage() {
    TestSite site = SmallRace.write(dir, "en");
    site.file(
        "templates/layout.html",
        builtIn("layout.html").replace("<footer class=\"site-footer\">", "<footer class=\"site-footer own\">"));
    assertThat(viaThymeleaf(site)).isEqualTo(ALL_PAGES);

    Map<String, String> pages = build(site);
    assertThat(pages).hasSizeGreaterThan(20);
    pages.forEach((path, html) -> assertThat(html).as(path).contains("<footer class=\"site-footer own\">"));
  }

  @Test
  void changedEntryFragmentsSendThePagesThatShowEntriesToThymeleaf() {
    TestSite site = SmallRace.write(dir, "en");
    site.file(
        "templates/entry.html", builtIn("entry.html").replace("class=\"entry-meta\"", "class=\"entry-meta own\""));
    assertThat(viaThymeleaf(site))
        .containsExactlyInAnyOrder("home", "timeline", "countries", "country", "actor", "statement", "event");
    assertThat(build(site).get("timeline/index.html")).contains("<p class=\"entry-meta own\">");
  }

  @Test
  void aChangedRaceFragmentSendsTheHomeAndOfficePagesToThymeleaf() {
    TestSite site = SmallRace.write(dir, "en");
    site.file("templates/race.html", builtIn("race.html").replace("class=\"race-verdict\"", "class=\"race-verdict own\""));
    assertThat(viaThymeleaf(site)).containsExactlyInAnyOrder("home", "office");
    Map<String, String> pages = build(site);
    assertThat(pages.get("index.html")).contains("<p class=\"race-verdict own\">");
    assertThat(pages.get("offices/sg/index.html")).contains("<p class=\"race-verdict own\">");
  }

  @Test
  void copiesOfTheBuiltInTemplatesKeepTheCompiledOnes() {
    TestSite site = SmallRace.write(dir, "en");
    for (String name : TemplateSource.BUILT_IN_TEMPLATES) {
      site.file("templates/" + name + ".html", builtIn(name + ".html"));
    }
    site.file("templates/extra.html", "<p>a template of the site's own, used by none of the built-in ones</p>\n");
    assertThat(viaThymeleaf(site)).isEmpty();
  }

  @Test
  void thymeleafIsOnlyStartedForAPageThatNeedsIt() {
    TestSite site = SmallRace.write(dir, "en");
    PageTemplates compiled = pageTemplates(site, settings(Map.of()));
    compiled.render(new PageData.NotFound(), frame("404.html"));
    assertThat(compiled.thymeleafStarted()).isFalse();

    site.file("templates/404.html", builtIn("404.html").replace("<h1", "<h1 class=\"own\""));
    PageTemplates changed = pageTemplates(site, settings(Map.of()));
    String html = new String(changed.render(new PageData.NotFound(), frame("404.html")), StandardCharsets.UTF_8);
    assertThat(changed.thymeleafStarted()).isTrue();
    assertThat(html).contains("<h1 class=\"own\">");
  }

  @Test
  void aStylesheetThatIsNotATextLeavesEveryPageToThymeleaf() {
    TestSite site = SmallRace.write(dir, "en");
    PageTemplates list = pageTemplates(site, settings(Map.of("stylesheet", List.of("a.css", "b.css"))));
    assertThat(list.viaThymeleaf()).isEqualTo(ALL_PAGES);
    PageTemplates text = pageTemplates(site, settings(Map.of("stylesheet", "a.css", "favicon", "i.svg")));
    assertThat(text.viaThymeleaf()).isEmpty();
  }

  @Test
  void aBrokenChangedTemplateIsReportedAtItsFileAndLine() {
    TestSite site = SmallRace.write(dir, "en");
    String template = withoutComments(builtIn("statement.html"));
    site.file(
        "templates/statement.html",
        template.replace("th:text=\"${entry.headline}\"", "th:text=\"${entry.headline.noSuchMethod()}\""));
    int line = lineOf(template, "th:text=\"${entry.headline}\"");
    Run run = site.build();
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).startsWith("templates/statement.html:" + line + ":");
    assertThat(run.err()).contains("fix the template, or delete it from templates/ to use the built-in one");
    assertThat(site.out()).doesNotExist();
  }

  @Test
  void aBrokenChangedLayoutIsReportedAtItsFileAndLine() {
    TestSite site = SmallRace.write(dir, "en");
    String template = withoutComments(builtIn("layout.html"));
    site.file("templates/layout.html", template.replace("${b.href('feed.xml')}", "${b.href('feed.xml'"));
    Run run = site.build();
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).startsWith("templates/layout.html:" + lineOf(template, "${b.href('feed.xml')}") + ":");
  }

  @Test
  void aChangedOfficeTemplateCanShowTheRaceItsOwnWay() {
    TestSite site = SmallRace.write(dir, "en");
    site.file(
        "templates/office.html",
        builtIn("office.html").replace("<figure th:if=\"${tenureSvg != null}\"",
            "<div th:each=\"r : ${races}\" class=\"site-race\" th:utext=\"${r.chartSvg}\"></div>\n"
                + "  <figure th:if=\"${tenureSvg != null}\""));

    Map<String, String> pages = build(site);

    Document office = Jsoup.parse(pages.get("offices/sg/index.html"));
    Document home = Jsoup.parse(pages.get("index.html"));
    assertThat(office.select(".site-race svg.baton-support").attr("aria-labelledby"))
        .isEqualTo("race-cand-chart-title race-cand-chart-desc");
    assertThat(office.select(".site-race svg").outerHtml()).isEqualTo(home.select("svg.baton-support").outerHtml());
  }

  @Test
  void aSiteTemplateReceivesTheVariablesTheReadmeLists() {
    Set<String> common = Set.of("site", "title", "lang", "nav", "asOfText", "jsonLd", "b");
    Map<PageData, String> own =
        Map.ofEntries(
            Map.entry(new PageData.Home(null, null, null, null, null, null, null, null),
                "office officeRef holder holderSince races ruleText tenureSvg latest"),
            Map.entry(new PageData.Timeline(null, null), "years asOf"),
            Map.entry(new PageData.Countries(null, null, null, null), "candidates rows members others"),
            Map.entry(new PageData.Country(null, null, false, null, null, null, null, null),
                "country membership member histories statements events actors bodyHtml"),
            Map.entry(new PageData.Actors(null), "groups"),
            Map.entry(new PageData.Actor(null, null, null, null, null, null, null, null),
                "actor kindLabel countryRef roles made mentioned events bodyHtml"),
            Map.entry(new PageData.Statement(null, null, false, 0, null, null, null),
                "entry statement allMembers membersCount mentions about bodyHtml"),
            Map.entry(new PageData.Event(null, null, null, null, null), "entry event actors statements bodyHtml"),
            Map.entry(new PageData.Office(null, null, null, false, null, null, null, null),
                "office holders ruleText isRaceOffice races candidates tenureSvg bodyHtml"),
            Map.entry(new PageData.FreePage(null), "bodyHtml"),
            Map.entry(new PageData.NotFound(), ""));
    own.forEach(
        (page, names) -> {
          Set<String> expected = new java.util.HashSet<>(common);
          expected.addAll(Stream.of(names.split(" ")).filter(n -> !n.isEmpty()).toList());
          assertThat(PageTemplates.variables(page, frame("404.html")).keySet()).as(page.template()).isEqualTo(expected);
        });
  }

  // ---- helpers ----

  private static String builtIn(String name) {
    try (InputStream in = TemplateSource.class.getClassLoader().getResourceAsStream(TemplateSource.BUILT_IN + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The template without its comments for the reader: Thymeleaf counts the lines after a comment of several lines as
   * if it had one, so that a line number in a built-in template's copy would be off by the comment's length.
   */
  private static String withoutComments(String template) {
    return template.replaceAll("(?s)<!--/\\*.*?\\*/-->\n", "");
  }

  private static int lineOf(String text, String part) {
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(part)) {
        return i + 1;
      }
    }
    throw new AssertionError(part + " is not in the template");
  }

  private static Set<String> viaThymeleaf(TestSite site) {
    return pageTemplates(site, settings(Map.of())).viaThymeleaf();
  }

  private static PageTemplates pageTemplates(TestSite site, Settings settings) {
    TemplateSource templates = new TemplateSource(site.root().resolve("templates"));
    return new PageTemplates(templates, Messages.load(templates, "en"), settings, true);
  }

  private static Settings settings(Map<String, Object> params) {
    return new Settings("Small race", null, "en", null, null, null, false, params);
  }

  private static PageFrame frame(String path) {
    Messages messages = Messages.load(TemplateSource.builtIn(), "en");
    PageHelper b = new PageHelper(path, messages, (text, allowHtml) -> text, false, null);
    return new PageFrame(settings(Map.of()), "Page not found", "en", List.of(), null, b, null);
  }

  /** Builds the site and returns its HTML pages by path. */
  private static Map<String, String> build(TestSite site) {
    Run run = site.build();
    assertThat(run.status()).as(run.err()).isZero();
    Map<String, String> pages = new TreeMap<>();
    try (Stream<Path> files = Files.walk(site.out())) {
      for (Path p : files.filter(f -> f.toString().endsWith(".html")).toList()) {
        pages.put(site.out().relativize(p).toString(), Files.readString(p, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return pages;
  }
}
