package baton.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** How HTML responses are changed on the wire (the files on disk never are). */
class InjectionTest {

  private static String inject(String html) {
    return new String(LiveReload.inject(html.getBytes(StandardCharsets.UTF_8), 7), StandardCharsets.UTF_8);
  }

  @Test
  void theReloadScriptGoesBeforeTheLastClosingBodyTag() {
    assertThat(inject("<html><body><p>x</body></html>\n"))
        .isEqualTo("<html><body><p>x<script src=\"/__baton/live-reload.js\" data-build=\"7\"></script></body></html>\n");
    assertThat(inject("<BODY><pre>&lt;/body&gt; é</pre></BODY>"))
        .isEqualTo("<BODY><pre>&lt;/body&gt; é</pre><script src=\"/__baton/live-reload.js\" data-build=\"7\"></script></BODY>");
  }

  @Test
  void aPageWithoutABodyTagGetsTheScriptAtItsEnd() {
    assertThat(inject("<p>x")).isEqualTo("<p>x<script src=\"/__baton/live-reload.js\" data-build=\"7\"></script>");
  }

  @Test
  void theNotFoundPageGetsARootBaseUnlessItHasOne() {
    assertThat(new String(LiveReload.rootBase("<html><head lang=x><title>t</title>".getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8))
        .isEqualTo("<html><head lang=x><base href=\"/\"><title>t</title>");
    String withBase = "<html><head><base href=\"/sub/\"></head>";
    assertThat(new String(LiveReload.rootBase(withBase.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8)).isEqualTo(withBase);
  }

  @Test
  void theBuildNumberIsReadFromTheQuery() {
    assertThat(LiveReload.pageBuild("build=12")).isEqualTo(12L);
    assertThat(LiveReload.pageBuild("x=1&build=3")).isEqualTo(3L);
    assertThat(LiveReload.pageBuild("build=abc")).isNull();
    assertThat(LiveReload.pageBuild(null)).isNull();
  }

  @Test
  void theErrorPageEscapesEverythingItQuotes() {
    assertThat(ErrorPage.escape("<a href=\"x\">'&'</a>")).isEqualTo("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  }

  @Test
  void aListenerNamesItsPageAsTheFileServedThere() {
    assertThat(LiveReload.pagePath("page=%2F")).isEqualTo("index.html");
    assertThat(LiveReload.pagePath("page=%2Fstatements%2Fx%2F&build=3")).isEqualTo("statements/x/index.html");
    assertThat(LiveReload.pagePath("build=3&page=%2Fabout%2Findex.html")).isEqualTo("about/index.html");
    assertThat(LiveReload.pagePath("page=%2Fcaf%25C3%25A9%2F")).isEqualTo("café/index.html");
    assertThat(LiveReload.pagePath("build=3")).isNull();
    assertThat(LiveReload.pagePath(null)).isNull();
    assertThat(LiveReload.pagePath("page=%2F..%2Fsecret")).as("a path the server refuses").isNull();
    assertThat(LiveReload.pagePath("page=%2F__baton%2Fevents")).as("the server's own").isNull();
    assertThat(LiveReload.pagePath("page=relative")).isNull();
    assertThat(LiveReload.pagePath("page=%ZZ")).isNull();
  }
}
