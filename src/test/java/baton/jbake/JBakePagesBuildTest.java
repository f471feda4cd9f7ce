package baton.jbake;

import static org.assertj.core.api.Assertions.assertThat;

import baton.testing.TestSite;
import baton.testing.TestSite.Run;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * JBake-format files in a Baton site's content/pages/, read through jbake-core: a small JBake blog written here in
 * JBake's format (after the layout of JBake's example projects), with a jbake.properties beside content/.
 */
class JBakePagesBuildTest {

  @TempDir Path dir;

  static final String POST = """
      title=Second Post
      date=2013-08-25
      type=post
      tags=blog, markdown
      status=published
      ~~~~~~

      Lorem ipsum, with a [link to JBake](https://jbake.org/) and one [inside the site](../about/).

      | engine | extension |
      |---|---|
      | Markdown | .md |
      | HTML | .html |
      """;

  static final String ABOUT = """
      title=About
      date=2013-09-24
      type=page
      status=published
      ~~~~~~

      <p>Lorem ipsum <a href="https://example.org/">example</a>.</p>

      <ul>
      <li>one</li>

      <li>two</li>
      </ul>

      <pre>
          indented code

      after a blank line
      </pre>
      <script>alert(1)</script>
      """;

  static final String DRAFT = """
      title=Unfinished
      date=2013-10-01
      type=post
      status=draft
      ~~~~~~
      Not yet.
      """;

  private TestSite blog(String siteYaml) {
    return TestSite.in(dir)
        .file("jbake.properties", "site.host=https://blog.example.org/\nrender.tags=false\n")
        .file("content/site.yaml", siteYaml)
        .file("content/pages/second-post.md", POST)
        .file("content/pages/about.html", ABOUT)
        .file("content/pages/unfinished.md", DRAFT)
        .file("content/pages/method.md", "---\ntitle: Method\n---\nA Baton page beside them.\n");
  }

  @Test
  void publishedPostsAndPagesBecomePagesAndDraftsDoNot() throws Exception {
    TestSite site = blog("title: Migrated blog\nallowHtml: true\n");

    Run run = site.build();

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(Files.exists(site.out().resolve("second-post/index.html"))).isTrue();
    assertThat(Files.exists(site.out().resolve("about/index.html"))).isTrue();
    assertThat(Files.exists(site.out().resolve("method/index.html"))).isTrue();
    assertThat(Files.exists(site.out().resolve("unfinished"))).isFalse();
    JsonNode pages = json(site).get("pages");
    assertThat(pages.findValuesAsText("id")).containsExactly("about", "method", "second-post");
    assertThat(pages.findValuesAsText("title")).containsExactly("About", "Method", "Second Post");
  }

  @Test
  void draftsAreBuiltWhenAskedFor() {
    TestSite site = blog("title: Migrated blog\nallowHtml: true\n");

    Run run = site.run("build", "--drafts");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(Files.exists(site.out().resolve("unfinished/index.html"))).isTrue();
  }

  @Test
  void tablesAndLinksOfAMarkdownPostRender() {
    TestSite site = blog("title: Migrated blog\nallowHtml: true\n");
    assertThat(site.build().status()).isZero();

    Document post = Jsoup.parse(site.read("second-post/index.html"));

    assertThat(post.select("h1").text()).isEqualTo("Second Post");
    assertThat(post.select(".prose table th").eachText()).containsExactly("engine", "extension");
    assertThat(post.select(".prose table td").eachText()).containsExactly("Markdown", ".md", "HTML", ".html");
    assertThat(post.select(".prose a[href=https://jbake.org/]").text()).isEqualTo("link to JBake");
    assertThat(post.select(".prose a[href=../about/]").text()).isEqualTo("inside the site");
  }

  @Test
  void anHtmlPageKeepsItsHtmlWholeAndCleaned() {
    TestSite site = blog("title: Migrated blog\nallowHtml: true\n");
    assertThat(site.build().status()).isZero();

    Document about = Jsoup.parse(site.read("about/index.html"));

    assertThat(about.select(".prose a[href=https://example.org/]").text()).isEqualTo("example");
    assertThat(about.select(".prose ul > li").eachText()).containsExactly("one", "two");
    // The blank line and the indented line stay inside <pre>: the body was not cut into Markdown blocks.
    assertThat(about.select(".prose pre").text()).contains("indented code").contains("after a blank line");
    assertThat(about.select(".prose pre").first().wholeText()).contains("    indented code\n\nafter a blank line");
    assertThat(about.select(".prose code")).isEmpty();
    assertThat(about.select("script:not([type=application/ld+json])")).isEmpty();
  }

  @Test
  void anHtmlPageNeedsAllowHtml() {
    Run run = blog("title: Migrated blog\n").build();

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.diagnostics()).contains("content/pages/about.html:1:1: this JBake page's body is HTML, and"
        + " site.yaml does not allow HTML (add allowHtml: true to content/site.yaml (scripts, frames and event"
        + " handlers are still removed), or rewrite the page in Markdown as a .md file)");
  }

  @Test
  void siteHostOfJBakePropertiesIsTheBaseUrlWhenSiteYamlHasNone() throws Exception {
    TestSite site = blog("title: Migrated blog\nallowHtml: true\n");
    assertThat(site.build().status()).isZero();

    assertThat(json(site).get("site").get("baseUrl").asText()).isEqualTo("https://blog.example.org/");
    assertThat(site.read("sitemap.xml")).contains("https://blog.example.org/second-post/");
  }

  @Test
  void siteYamlWinsOverJBakeProperties() throws Exception {
    TestSite site = blog("title: Migrated blog\nallowHtml: true\nbaseUrl: https://new.example.org/\n");
    assertThat(site.build().status()).isZero();

    assertThat(json(site).get("site").get("baseUrl").asText()).isEqualTo("https://new.example.org/");
  }

  @Test
  void aBadSiteHostIsReportedInJBakeProperties() {
    TestSite site = blog("title: Migrated blog\nallowHtml: true\n").file("jbake.properties", "site.host = not a url\n");

    Run run = site.check();

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).contains("jbake.properties:1:13: 'baseUrl' must be an absolute http or https URL");
  }

  @Test
  void lookupsInJBakePropertiesAreNotInterpolated() throws Exception {
    TestSite site = blog("title: Migrated blog\nallowHtml: true\n")
        .file("jbake.properties", "base=https://blog.example.org\nsite.host=${base}/${env:PATH}\n");

    Run run = site.check();

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).contains("'https://blog.example.org/${env:PATH}'").doesNotContain(System.getenv("PATH"));
  }

  @Test
  void headerFieldsBatonDoesNotUseAreWarnings() {
    TestSite site = blog("title: Migrated blog\nallowHtml: true\n")
        .file("content/pages/second-post.md", "author=Jonathan\n" + POST);

    Run run = site.build();

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.diagnostics()).containsExactly("content/pages/second-post.md:1:1: warning: JBake header field"
        + " 'author' is not used by Baton (a page has a title, date, tags and status; Baton's templates do not see"
        + " other fields)");
  }

  @Test
  void aJBakeFileWithoutTypeIsAnError() {
    TestSite site = blog("title: Migrated blog\nallowHtml: true\n")
        .file("content/pages/second-post.md", "title=Second Post\nstatus=published\n~~~~~~\nBody\n");

    Run run = site.check();

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.diagnostics()).containsExactly("content/pages/second-post.md:1:1: JBake skips this file: its"
        + " header has no type (add a line type=page or type=post above ~~~~~~, or set default.type in"
        + " jbake.properties)");
  }

  @Test
  void aBadJBakeDateIsAnErrorAtTheDate() {
    TestSite site = blog("title: Migrated blog\nallowHtml: true\n")
        .file("content/pages/second-post.md", POST.replace("date=2013-08-25", "date=25 August 2013"));

    Run run = site.check();

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.diagnostics()).containsExactly("content/pages/second-post.md:2:6: cannot read the date"
        + " '25 August 2013' with date.format 'yyyy-MM-dd' (write it as yyyy-MM-dd, or change date.format in"
        + " jbake.properties)");
  }

  @Test
  void jbakePropertiesSettingsApplyToTheHeaders() {
    TestSite site = TestSite.in(dir)
        .file("jbake.properties", "date.format=dd/MM/yyyy\ndefault.status=published\ndefault.type=page\n")
        .file("content/site.yaml", "title: Migrated blog\n")
        .file("content/pages/second-post.md", "title=Second Post\ndate=25/08/2013\n~~~~~~\nBody\n");

    Run run = site.build();

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(site.read("data/timeline.json")).contains("\"second-post\"");
  }

  @Test
  void aSiteWithoutJBakeFilesIsReadAsBefore() {
    Run run = TestSite.in(dir)
        .file("content/site.yaml", "title: Plain\n")
        .file("content/pages/about.md", "title=About\n")
        .check();

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.diagnostics()).containsExactly("content/pages/about.md:1:1: a .md entry starts with a line"
        + " '---' followed by its front matter (put the entry's fields between two lines '---' at the top of the"
        + " file)");
  }

  private static JsonNode json(TestSite site) throws Exception {
    return new ObjectMapper().readTree(site.read("data/timeline.json"));
  }
}
