package baton.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the server answers for a built site: pages, folders, the 404 page, files by type, and refusals. */
class ServingTest {

  @TempDir static Path dir;
  private static ServedSite served;

  @BeforeAll
  static void serve() throws IOException {
    served =
        ServedSite.start(
            ServedSite.small(dir)
                .bytes("assets/img/dot.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'})
                .bytes("assets/img/photo.jpg", new byte[] {(byte) 0xff, (byte) 0xd8})
                .bytes("assets/img/photo.webp", new byte[] {'R', 'I', 'F', 'F'})
                .bytes("assets/fonts/text.woff2", new byte[] {'w', 'O', 'F', '2'})
                .file("assets/img/mark.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n")
                .file("assets/js/extra.js", "console.log('asset');\n")
                .file("assets/.well-known/security.txt", "Contact: mailto:desk@example.org\n"));
    assertThat(served.server().lastBuild().ok()).as(served.err()).isTrue();
  }

  @AfterAll
  static void stop() {
    if (served != null) {
      served.close();
    }
  }

  @Test
  void servesTheHomePageWithNoStore() {
    HttpResponse<String> home = served.get("/");
    assertThat(home.statusCode()).isEqualTo(200);
    assertThat(home.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
    assertThat(home.headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(Jsoup.parse(home.body()).title()).isEqualTo("Serve test");
  }

  @Test
  void servesANestedPageThroughItsFolder() {
    HttpResponse<String> about = served.get("/about/");
    assertThat(about.statusCode()).isEqualTo(200);
    assertThat(Jsoup.parse(about.body()).select("main").text()).contains("First version.");
    assertThat(served.get("/about/index.html").body()).isEqualTo(about.body());
    assertThat(served.get("/actors/ada/").body()).contains("Ada Lovelace");
  }

  @Test
  void aFolderWithoutItsSlashIsRedirectedSoThatRelativeLinksWork() {
    HttpResponse<String> about = served.get("/about?x=1");
    assertThat(about.statusCode()).isEqualTo(302);
    assertThat(about.headers().firstValue("Location")).hasValue("/about/?x=1");
  }

  @Test
  void aMissingFileServesTheSitesNotFoundPageWithStatus404() {
    HttpResponse<String> missing = served.get("/no/such/page/");
    assertThat(missing.statusCode()).isEqualTo(404);
    Document page = Jsoup.parse(missing.body());
    assertThat(page.select("h1").text()).isEqualTo("Page not found");
    // Served at any depth, the page's root-relative links still work.
    assertThat(page.select("head > base").attr("href")).isEqualTo("/");
    assertThat(served.get("/nothing.css").statusCode()).isEqualTo(404);
  }

  @Test
  void filesStartingWithADotAreNotServedButThoseABuildCopies() {
    assertThat(served.get("/.baton-output").statusCode()).isEqualTo(404);
    HttpResponse<String> securityTxt = served.get("/.well-known/security.txt");
    assertThat(securityTxt.statusCode()).isEqualTo(200);
    assertThat(securityTxt.body()).isEqualTo("Contact: mailto:desk@example.org\n");
  }

  @Test
  void eachTypeOfFileGetsItsContentType() {
    assertThat(type("/baton.css")).isEqualTo("text/css; charset=utf-8");
    assertThat(type("/data/timeline.json")).isEqualTo("application/json");
    assertThat(type("/feed.xml")).isEqualTo("application/xml; charset=utf-8");
    assertThat(type("/calendar.ics")).isEqualTo("text/calendar; charset=utf-8");
    assertThat(type("/robots.txt")).isEqualTo("text/plain; charset=utf-8");
    assertThat(type("/img/dot.png")).isEqualTo("image/png");
    assertThat(type("/img/photo.jpg")).isEqualTo("image/jpeg");
    assertThat(type("/img/photo.webp")).isEqualTo("image/webp");
    assertThat(type("/img/mark.svg")).isEqualTo("image/svg+xml");
    assertThat(type("/fonts/text.woff2")).isEqualTo("font/woff2");
    assertThat(type("/js/extra.js")).isEqualTo("text/javascript; charset=utf-8");
    assertThat(served.get("/img/mark.svg").headers().firstValue("Cache-Control")).hasValue("no-store");
  }

  private String type(String path) {
    HttpResponse<String> r = served.get(path);
    assertThat(r.statusCode()).as(path).isEqualTo(200);
    return r.headers().firstValue("Content-Type").orElseThrow();
  }

  @Test
  void headAnswersWithTheHeadersAlone() {
    HttpResponse<String> get = served.get("/baton.css");
    HttpResponse<String> head = served.send("HEAD", "/baton.css");
    assertThat(head.statusCode()).isEqualTo(200);
    assertThat(head.body()).isEmpty();
    assertThat(head.headers().firstValue("Content-Length"))
        .hasValue(Integer.toString(get.body().getBytes(StandardCharsets.UTF_8).length));
  }

  @Test
  void onlyGetAndHeadAreAnswered() {
    for (String method : new String[] {"POST", "PUT", "DELETE", "OPTIONS"}) {
      HttpResponse<String> r = served.send(method, "/");
      assertThat(r.statusCode()).as(method).isEqualTo(405);
      assertThat(r.headers().firstValue("Allow")).hasValue("GET, HEAD");
    }
  }

  @Test
  void anotherHostNameIsRefusedSoThatOtherSitesCannotReadThisOne() {
    assertThat(served.raw("/", "attacker.example").status()).isEqualTo(403);
    assertThat(served.raw("/", "localhost:" + served.server().port()).status()).isEqualTo(200);
  }

  @Test
  void servedPagesCarryTheReloadScriptButTheFilesOnDiskDoNot() throws IOException {
    Document servedPage = Jsoup.parse(served.get("/about/").body());
    assertThat(servedPage.select("script[src=/__baton/live-reload.js]")).hasSize(1);
    assertThat(servedPage.body().children().last().attr("src")).isEqualTo("/__baton/live-reload.js");

    for (String page : new String[] {"index.html", "about/index.html", "404.html"}) {
      Document onDisk = Jsoup.parse(Files.readString(served.server().outDir().resolve(page)));
      assertThat(onDisk.select("script").not("[type=application/ld+json]")).as(page).isEmpty();
    }
    assertThat(served.server().outDir()).isEqualTo(dir.resolve("target/serve"));
  }

  @Test
  void theReloadScriptIsServedAndOtherInternalPathsAreNot() {
    HttpResponse<String> script = served.get("/__baton/live-reload.js");
    assertThat(script.statusCode()).isEqualTo(200);
    assertThat(script.headers().firstValue("Content-Type")).hasValue("text/javascript; charset=utf-8");
    assertThat(script.body()).contains("new EventSource('/__baton/events?page=' + encodeURIComponent(window.location.pathname)").contains("'reload'");
    assertThat(served.get("/__baton/other").statusCode()).isEqualTo(404);
  }
}
