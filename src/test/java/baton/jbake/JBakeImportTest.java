package baton.jbake;

import static org.assertj.core.api.Assertions.assertThat;

import baton.cli.Main;
import baton.testing.TestSite;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code baton import jbake SRC --site DEST} on a small JBake site written here in JBake's layout (jbake.properties,
 * content/ with posts in sub-folders, an image beside them, an AsciiDoc post, assets/ and templates/).
 */
class JBakeImportTest {

  @TempDir Path dir;
  Path jbake;
  Path baton;

  record Result(int status, String out, String err) {}

  @BeforeEach
  void jbakeSite() {
    jbake = dir.resolve("my-blog");
    baton = dir.resolve("baton-site");
    TestSite.in(jbake)
        .file("jbake.properties", "site.host=https://blog.example.org\nrender.tags=false\n")
        .file("content/blog/2013/second-post.md", JBakePagesBuildTest.POST.replace("type=post\n",
            "type=post\nauthor=Jonathan\n"))
        .file("content/about.html", JBakePagesBuildTest.ABOUT)
        .file("content/blog/2013/unfinished.md", JBakePagesBuildTest.DRAFT)
        .file("content/blog/2013/Third Post.md", """
            title="Quotes": a # and NO
            type=post
            status=published
            ~~~~~~
            See ![the logo](logo.png) and [the about page](../../about.html).
            """)
        .file("content/blog/2013/logo.png", "not really a png")
        .file("content/blog/2013/fourth-post.adoc", "= Fourth Post\n:jbake-type: post\n")
        .file("content/.hidden.md", "title=Hidden\ntype=post\nstatus=published\n~~~~~~\n")
        .file("assets/css/site.css", "body {}\n")
        .file("templates/post.ftl", "<#-- -->\n");
  }

  @Test
  void importWritesOnePagePerPostAndPage() throws IOException {
    Result r = importJBake();

    assertThat(r.status()).as(r.err()).isZero();
    assertThat(pages()).containsExactly("about.md", "second-post.md", "third-post.md", "unfinished.md");
    assertThat(read("content/pages/second-post.md")).isEqualTo("""
        ---
        title: "Second Post"
        date: 2013-08-25
        tags: ["blog", "markdown"]
        ---
        """ + JBakePagesBuildTest.POST.substring(JBakePagesBuildTest.POST.indexOf("~~~~~~\n") + 7));
    assertThat(read("content/pages/unfinished.md")).isEqualTo("""
        ---
        title: "Unfinished"
        date: 2013-10-01
        draft: true
        ---
        Not yet.
        """);
    assertThat(read("content/pages/third-post.md")).startsWith("---\ntitle: \"\\\"Quotes\\\": a # and NO\"\n---\n");
    assertThat(read("content/pages/about.md")).startsWith("---\ntitle: \"About\"\ndate: 2013-09-24\n---\n<div>\n");
    assertThat(read("content/site.yaml")).isEqualTo("""
        title: "my-blog"
        baseUrl: "https://blog.example.org"
        # JBake's HTML pages: shown, cleaned of scripts, frames and event handlers.
        allowHtml: true
        """);
    assertThat(r.out()).contains("imported content/blog/2013/second-post.md -> content/pages/second-post.md")
        .contains("Imported 4 pages into ");
  }

  @Test
  void importReportsWhatItCouldNotMap() {
    Result r = importJBake();

    assertThat(r.err().lines()).contains(
        "content/blog/2013/second-post.md:4:1: warning: field 'author' not imported (a Baton page has title, date,"
            + " tags and draft)",
        "content/blog/2013/logo.png: warning: not a page: not imported (copy it to assets/blog/2013/logo.png in the"
            + " Baton site, and link it from the root of the site)",
        "content/blog/2013/fourth-post.adoc: warning: not imported: AsciiDoc is not converted (convert it to"
            + " Markdown (for example with Asciidoctor and pandoc), keep its JBake header, and import again)",
        "content/blog/2013/Third Post.md: warning: imported as page 'third-post': the file name is not a valid id"
            + " (ids are lower-case letters and digits joined by hyphens)",
        "content/blog/2013/Third Post.md:5:17: warning: link to 'logo.png' may break: the page is published at"
            + " third-post/ (Baton publishes page <id> at <id>/ and the site's assets/ at its root; point the link"
            + " there)",
        "content/about.html:6:1: warning: HTML body kept as raw HTML (Baton shows it only when content/site.yaml"
            + " has allowHtml: true)",
        "assets: warning: assets not copied (copy this folder's contents into assets/ of the Baton site: Baton,"
            + " like JBake, copies it to the site's root)",
        "templates: warning: JBake templates are not converted (Baton's templates are Thymeleaf files with Baton's"
            + " own model; a file in the site's templates/ overrides the built-in one of the same name)");
    assertThat(r.err()).doesNotContain("hidden");
  }

  @Test
  void theImportedSiteBuildsWithItsPublishedPagesOnly() throws IOException {
    assertThat(importJBake().status()).isZero();
    // Done by hand after the import, as its notes say: the links of the third post pointed at JBake addresses.
    String thirdText = Files.readString(baton.resolve("content/pages/third-post.md"));
    TestSite site = TestSite.in(baton).file("content/pages/third-post.md",
        thirdText.replace("See ![the logo](logo.png) and [the about page](../../about.html).", "See [about](../about/)."));

    TestSite.Run run = site.build();

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(Files.exists(site.out().resolve("unfinished"))).isFalse();
    Document post = Jsoup.parse(site.read("second-post/index.html"));
    assertThat(post.select(".prose table td").eachText()).containsExactly("Markdown", ".md", "HTML", ".html");
    assertThat(post.select(".prose a[href=https://jbake.org/]")).hasSize(1);
    Document about = Jsoup.parse(site.read("about/index.html"));
    assertThat(about.select(".prose ul > li").eachText()).containsExactly("one", "two");
    Document third = Jsoup.parse(site.read("third-post/index.html"));
    assertThat(third.select("h1").text()).isEqualTo("\"Quotes\": a # and NO");
    assertThat(third.select(".prose a[href=../about/]").text()).isEqualTo("about");
  }

  @Test
  void importNeverOverwrites() throws IOException {
    Files.createDirectories(baton.resolve("content/pages"));
    Files.writeString(baton.resolve("content/pages/about.md"), "---\ntitle: Mine\n---\n");
    Files.writeString(baton.resolve("content/site.yaml"), "title: Mine\n");

    Result first = importJBake();

    assertThat(first.status()).isZero();
    assertThat(read("content/pages/about.md")).isEqualTo("---\ntitle: Mine\n---\n");
    assertThat(read("content/site.yaml")).isEqualTo("title: Mine\n");
    assertThat(first.err()).contains("content/about.html: warning: skipped: content/pages/about.md already exists"
        + " (import never replaces a file; move or delete it to import this page again)");
    assertThat(first.err()).contains("jbake.properties: warning: site.host not imported: content/site.yaml exists"
        + " (add baseUrl: https://blog.example.org to it if it has none)");

    String before = read("content/pages/second-post.md");
    Result again = importJBake();

    assertThat(again.status()).isEqualTo(1);
    assertThat(again.err()).contains("Nothing imported: 4 already there");
    assertThat(read("content/pages/second-post.md")).isEqualTo(before);
  }

  @Test
  void aSiteWithNothingToImportExitsWithOne() throws IOException {
    Path empty = dir.resolve("empty");
    Files.createDirectories(empty.resolve("content"));

    Result r = run("import", "jbake", empty.toString(), "--site", baton.toString());

    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err()).contains("Nothing imported");
    assertThat(Files.exists(baton.resolve("content"))).isFalse();
  }

  @Test
  void aFolderWithoutContentExitsWithOne() throws IOException {
    Path bare = Files.createDirectories(dir.resolve("bare"));

    Result r = run("import", "jbake", bare.toString(), "--site", baton.toString());

    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err()).contains("content: no content folder");
  }

  @Test
  void wrongUsageExitsWithTwo() {
    assertThat(run("import").status()).isEqualTo(2);
    assertThat(run("import", "jbake").status()).isEqualTo(2);
    assertThat(run("import", "hugo", jbake.toString()).status()).isEqualTo(2);
    assertThat(run("import", "jbake", dir.resolve("missing").toString()).status()).isEqualTo(2);
    assertThat(run("import", "jbake", jbake.toString(), "--nope").status()).isEqualTo(2);
  }

  @Test
  void aYamlDocumentWithAJavaTagIsRefusedAndReported() throws IOException {
    Files.writeString(jbake.resolve("content/evil.yaml"),
        "title: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL"
            + " [\"http://localhost/\"]]]]\ntype: page\nstatus: published\n");
    Files.writeString(jbake.resolve("content/plain.yaml"), "jbake-title: Plain\njbake-type: page\n"
        + "jbake-status: published\ndate: 2014-01-02\n");

    Result r = importJBake();

    assertThat(r.status()).isZero();
    assertThat(r.err()).contains("content/evil.yaml: refused: Global tag is not allowed:"
        + " tag:yaml.org,2002:javax.script.ScriptEngineManager");
    assertThat(Files.exists(baton.resolve("content/pages/evil.md"))).isFalse();
    assertThat(read("content/pages/plain.md")).isEqualTo("---\ntitle: \"Plain\"\ndate: 2014-01-02\n---\n");
  }

  private Result importJBake() {
    return run("import", "jbake", jbake.toString(), "--site", baton.toString());
  }

  private static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Result(status, out.toString(), err.toString());
  }

  private String read(String path) throws IOException {
    return Files.readString(baton.resolve(path), StandardCharsets.UTF_8);
  }

  private java.util.List<String> pages() throws IOException {
    try (var list = Files.list(baton.resolve("content/pages"))) {
      return list.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
