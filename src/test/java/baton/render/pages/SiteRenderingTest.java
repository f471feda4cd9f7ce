package baton.render.pages;

import static org.assertj.core.api.Assertions.assertThat;

import baton.testing.TestSite;
import baton.testing.TestSite.Run;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Language, overrides, structured data and template errors: what changes the pages of a whole site. */
class SiteRenderingTest {

  @TempDir Path dir;

  @Test
  void frenchSiteHasFrenchLabelsAndDates() {
    TestSite site = SmallRace.write(dir, "fr");
    assertThat(site.build().status()).isZero();
    Document home = Jsoup.parse(site.read("index.html"));
    assertThat(home.select("html").attr("lang")).isEqualTo("fr");
    assertThat(home.select(".site-header nav a").eachText()).startsWith("Accueil", "Chronologie", "Pays");
    assertThat(home.select("article.race h3 .status").text()).isEqualTo("ouvert");
    Document tl = Jsoup.parse(site.read("timeline/index.html"));
    assertThat(tl.getElementById("m2024-05").selectFirst("h3").text()).isEqualTo("mai 2024");
    assertThat(tl.select("article.entry-speculation .entry-due").text()).isEqualTo("Échéance le 4 avril 2024 : manqué");
  }

  @Test
  void userTextIsEscapedEverywhere() {
    TestSite site = SmallRace.write(dir, "en");
    site.file("content/actors/pundit.yaml", "name: \"<script>alert('x')</script> & Co\"\nkind: person\n");
    Run run = site.build();
    assertThat(run.status()).isZero();
    String html = site.read("actors/pundit/index.html");
    assertThat(Jsoup.parse(html).select("h1").text()).isEqualTo("<script>alert('x')</script> & Co");
    assertThat(Jsoup.parse(html).select("script:not([type=application/ld+json])")).isEmpty();
    assertThat(html).doesNotContain("<script>alert");
  }

  @Test
  void structuredDataIsJsonLdThatParses() throws Exception {
    TestSite site = SmallRace.write(dir, "en");
    site.file("content/site.yaml", "title: Small race\nbaseUrl: https://example.org/race\nasOf: 2024-06-30\n");
    assertThat(site.build().status()).isZero();
    Document s = Jsoup.parse(site.read("statements/b-opposes/index.html"));
    JsonNode ld = new ObjectMapper().readTree(s.selectFirst("script[type=application/ld+json]").data());
    assertThat(ld.at("/@type").asText()).isEqualTo("Claim");
    assertThat(ld.at("/author/name").asText()).isEqualTo("Government of Borduria");
    assertThat(ld.at("/about/name").asText()).isEqualTo("Ada Candidate");
    assertThat(ld.at("/url").asText()).isEqualTo("https://example.org/race/statements/b-opposes/");
    assertThat(s.select("link[rel=canonical]").attr("href")).isEqualTo("https://example.org/race/statements/b-opposes/");
    Document notFound = Jsoup.parse(site.read("404.html"));
    assertThat(notFound.select("main a").attr("href")).isEqualTo("https://example.org/race/");
    assertThat(site.read("sitemap.xml")).contains("<loc>https://example.org/race/countries/aa/</loc>");
    assertThat(site.read("robots.txt")).contains("Sitemap: https://example.org/race/sitemap.xml");
  }

  @Test
  void aSiteTemplateOverridesTheBuiltInOne() {
    TestSite site = SmallRace.write(dir, "en");
    site.file(
        "templates/404.html",
        """
        <!DOCTYPE html>
        <html xmlns:th="http://www.thymeleaf.org" th:replace="~{layout :: page(~{::main})}">
        <body><main id="main"><h1>Lost?</h1><p th:text="${site.title}">x</p></main></body>
        </html>
        """);
    assertThat(site.build().status()).isZero();
    Document notFound = Jsoup.parse(site.read("404.html"));
    assertThat(notFound.select("main h1").text()).isEqualTo("Lost?");
    assertThat(notFound.select("main p").text()).isEqualTo("Small race");
    assertThat(notFound.select(".site-header")).hasSize(1);
  }

  @Test
  void aTemplateCannotIncludeAFileOutsideTheTemplates() throws Exception {
    TestSite site = SmallRace.write(dir.resolve("site"), "en");
    java.nio.file.Files.writeString(dir.resolve("secret.html"), "<p>TOP SECRET</p>");
    site.file(
        "templates/page.html",
        """
        <!DOCTYPE html>
        <html xmlns:th="http://www.thymeleaf.org" th:replace="~{layout :: page(~{::main})}">
        <body><main id="main"><h1>x</h1><div th:insert="~{../../secret}"></div></main></body>
        </html>
        """);
    Run run = site.build();
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).startsWith("templates/page.html:3:").contains("../../secret");
    assertThat(site.out()).doesNotExist();
  }

  @Test
  void aBrokenTemplateIsReportedWithItsFileAndLine() {
    TestSite site = SmallRace.write(dir, "en");
    site.file(
        "templates/page.html",
        """
        <!DOCTYPE html>
        <html xmlns:th="http://www.thymeleaf.org">
        <body>
        <p th:text="${title.noSuchMethod()}">x</p>
        </body>
        </html>
        """);
    Run run = site.build();
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).startsWith("templates/page.html:4:");
    assertThat(run.err()).contains("fix the template, or delete it from templates/ to use the built-in one");
    assertThat(run.err()).doesNotContain("\tat ").doesNotContain("Exception");
    assertThat(site.out()).doesNotExist();
  }
}
