package baton.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A save under the site rebuilds it and reloads the open pages; a broken save shows the errors until it is fixed. */
class RebuildTest {

  @TempDir Path dir;

  @Test
  void editingAContentFileRebuildsAndSendsAReloadEvent() throws Exception {
    try (ServedSite served = ServedSite.startVerbose(ServedSite.small(dir))) {
      long build = pageBuild(served.get("/about/").body());
      assertThat(build).isEqualTo(1);

      HttpRequest listen =
          HttpRequest.newBuilder(served.uri("/__baton/events?build=" + build)).timeout(ServedSite.WAIT).build();
      HttpResponse<Stream<String>> events =
          ServedSite.HTTP.send(listen, HttpResponse.BodyHandlers.ofLines()); // returns once the stream is open
      assertThat(events.headers().firstValue("Content-Type")).hasValue("text/event-stream; charset=utf-8");
      CompletableFuture<Optional<String>> reload =
          CompletableFuture.supplyAsync(() -> events.body().dropWhile(l -> !l.equals("event: reload")).skip(1).findFirst());

      served.site().file("content/pages/about.md", "---\ntitle: About\n---\nSecond version.\n");

      assertThat(reload.get(ServedSite.WAIT.toSeconds(), TimeUnit.SECONDS)).hasValue("data: 2");
      Document page = Jsoup.parse(served.get("/about/").body());
      assertThat(page.select("main").text()).contains("Second version.");
      // Build 2 wrote the page; build 3, the rest of the site, may have ended before this request.
      assertThat(pageBuild(page.outerHtml())).isBetween(2L, 3L);
      // The terminal reports the step once it is done, which may be just after the page was served.
      ServedSite.await("the rebuild to be reported",
          () -> served.out().contains("content/pages/about.md changed: rebuilt 3 entries in ")
              && Pattern.compile("edit to served \\d+\\.\\d\\d s").matcher(served.out()).find());
    }
  }

  @Test
  void aPageReloadsOnlyWhenABuildWritesIt() throws Exception {
    try (ServedSite served = ServedSite.start(ServedSite.small(dir))) {
      long build = pageBuild(served.get("/about/").body());
      HttpRequest listen = HttpRequest.newBuilder(served.uri("/__baton/events?page=%2Fabout%2F&build=" + build))
          .timeout(ServedSite.WAIT).build();
      HttpResponse<Stream<String>> events = ServedSite.HTTP.send(listen, HttpResponse.BodyHandlers.ofLines());
      CompletableFuture<Optional<String>> reload =
          CompletableFuture.supplyAsync(() -> events.body().dropWhile(l -> !l.equals("event: reload")).skip(1).findFirst());
      ServedSite.await("the page to be listed as open", () -> served.server().openPages().contains("about/index.html"));

      // A change that does not touch the about page: it is written, the about page is told nothing.
      served.site().file("content/actors/ada.yaml", "name: Ada King\nkind: person\n");
      served.awaitResponse("/actors/ada/", r -> r.body().contains("Ada King"));
      served.awaitResponse("/actors/", r -> r.body().contains("Ada King"));
      assertThat(reload).as("no reload for a page that did not change").isNotDone();

      served.site().file("content/pages/about.md", "---\ntitle: About\n---\nSecond version.\n");
      String data = reload.get(ServedSite.WAIT.toSeconds(), TimeUnit.SECONDS).orElseThrow();
      assertThat(Long.parseLong(data.substring("data: ".length()))).isGreaterThan(build + 1);
      assertThat(served.get("/about/").body()).contains("Second version.");
    }
  }

  @Test
  void aPageFromAnOlderBuildIsToldToReloadAsSoonAsItListens() throws Exception {
    try (ServedSite served = ServedSite.start(ServedSite.small(dir))) {
      served.server().rebuild();
      HttpRequest listen = HttpRequest.newBuilder(served.uri("/__baton/events?build=1")).timeout(ServedSite.WAIT).build();
      HttpResponse<Stream<String>> events = ServedSite.HTTP.send(listen, HttpResponse.BodyHandlers.ofLines());
      CompletableFuture<Optional<String>> first =
          CompletableFuture.supplyAsync(() -> events.body().filter(l -> l.startsWith("event:")).findFirst());
      assertThat(first.get(ServedSite.WAIT.toSeconds(), TimeUnit.SECONDS)).hasValue("event: reload");
    }
  }

  @Test
  void aBrokenFileShowsAnErrorPageNamingEachProblemUntilItIsFixed() throws IOException {
    try (ServedSite served = ServedSite.start(ServedSite.small(dir))) {
      served.site().file("content/actors/ada.yaml", "name: Ada Lovelace\nkind: persn\n\"<b>x</b>\": 1\n");

      HttpResponse<String> broken = served.awaitResponse("/actors/ada/", r -> r.statusCode() == 500);
      Document page = Jsoup.parse(broken.body());
      assertThat(page.title()).isEqualTo("Build failed · Baton");
      assertThat(page.select("ol.diagnostics > li .pos").eachText())
          .containsExactly("content/actors/ada.yaml:2:7", "content/actors/ada.yaml:3:1");
      Element second = page.select("ol.diagnostics > li").get(1);
      assertThat(second.select(".message").text()).startsWith("unknown field '<b>x</b>'");
      assertThat(second.select("b")).as("the field name is shown as text, not markup").isEmpty();
      assertThat(broken.body()).contains("unknown field &#39;&lt;b&gt;x&lt;/b&gt;&#39;");
      assertThat(page.select("ol.diagnostics > li").get(0).select("pre.source").first().wholeText()).isEqualTo("kind: persn\n      ^");
      assertThat(page.select("script[src=/__baton/live-reload.js]")).hasSize(1);

      assertThat(served.get("/").statusCode()).as("every page").isEqualTo(500);
      assertThat(served.get("/no/such/page/").statusCode()).as("and the 404 page").isEqualTo(500);
      assertThat(served.get("/baton.css").statusCode()).as("other files: the last good build").isEqualTo(200);
      assertThat(Files.readString(served.server().outDir().resolve("actors/ada/index.html"))).contains("Ada Lovelace");
      assertThat(served.err())
          .contains("content/actors/ada.yaml:2:7: 'kind' cannot be 'persn'")
          .contains("content/actors/ada.yaml:3:1: unknown field '<b>x</b>'")
          .contains("2 errors, 0 warnings: pages show the errors until the next good build");

      served.site().file("content/actors/ada.yaml", "name: Ada King\nkind: person\n");
      HttpResponse<String> fixed = served.awaitResponse("/actors/ada/", r -> r.statusCode() == 200);
      assertThat(Jsoup.parse(fixed.body()).select("main h1").text()).isEqualTo("Ada King");
      assertThat(served.server().lastBuild().ok()).isTrue();
    }
  }

  @Test
  void aFirstBuildThatFailsStillServesTheErrorPage() throws IOException {
    try (ServedSite served = ServedSite.start(ServedSite.small(dir).file("content/site.yaml", "titel: x\n"))) {
      assertThat(served.server().lastBuild().ok()).isFalse();
      HttpResponse<String> home = served.get("/");
      assertThat(home.statusCode()).isEqualTo(500);
      assertThat(Jsoup.parse(home.body()).select(".pos").eachText()).contains("content/site.yaml:1:1");

      served.site().file("content/site.yaml", "title: Serve test\n");
      served.awaitResponse("/", r -> r.statusCode() == 200);
    }
  }

  private static long pageBuild(String html) {
    return Long.parseLong(Jsoup.parse(html).select("script[src=/__baton/live-reload.js]").attr("data-build"));
  }
}
