package baton.site;

import static org.assertj.core.api.Assertions.assertThat;

import baton.render.OutputFile;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The net under every page: what {@link OutputCheck} finds in markup, read as a browser reads it. Each case is one
 * page at {@code statements/s/index.html}, beside a few files it may link to.
 */
class OutputCheckTest {

  private static final String PAGE = "statements/s/index.html";
  private static final Set<String> ASSETS = Set.of("css/site.css");

  private static List<String> problems(String body) {
    String html = "<!DOCTYPE html>\n<html lang=\"en\"><head><title>T</title></head><body>" + body + "</body></html>\n";
    List<OutputFile> files =
        List.of(
            new OutputFile(PAGE, html.getBytes(StandardCharsets.UTF_8)),
            new OutputFile("index.html", "<p>home</p>".getBytes(StandardCharsets.UTF_8)),
            new OutputFile("actors/a/index.html", "<p>a</p>".getBytes(StandardCharsets.UTF_8)),
            new OutputFile("feed.xml", "<feed/>".getBytes(StandardCharsets.UTF_8)));
    return OutputCheck.check(files, ASSETS).stream().map(OutputCheck.Problem::message).toList();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<a href=\"../../index.html\">home</a> <a href=\"../../actors/a/\">a</a> <a href=\"../../actors/a/#x\">a</a>",
        "<a href=\"../../feed.xml?x=1\">feed</a> <link rel=\"stylesheet\" href=\"../../css/site.css\">",
        "<a href=\"#main\">skip</a> <a href=\"https://example.org/a?b=c&amp;d\">out</a> <a href=\"mailto:a@b.org\">m</a>",
        "<a href=\"//example.org/x\">scheme-relative</a> <img srcset=\"a.png 2x\" alt=\"\">",
        "<script type=\"application/ld+json\">{\"a\":\"\\u003cscript\\u003e\"}</script>",
        "<script type=\"APPLICATION/LD+JSON\">{}</script>",
        "<!-- <script>alert(1)</script> <a href=\"javascript:x\"> -->",
        "<p title=\"a > b\">text with a &lt;script&gt; written out</p>",
        "<p>1 < 2 and <3 and < script></p>",
        "</a onclick=\"x\"> <a href=\"../../index.html\" href=\"javascript:x\">first href wins</a>",
        "<?php echo 1 ?> <!DOCTYPE html> <!x <script> > <!---->"
      })
  void aCleanPageHasNoProblem(String body) {
    assertThat(problems(body)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "<script>alert(1)</script>| a <script> element (pages carry no script)",
        "<SCRIPT SRC=//x.org/a.js></SCRIPT>| a <script> element (pages carry no script)",
        "<script type=text/javascript>x</script>| a <script> element (pages carry no script)",
        "<script/src=\"../../index.html\"></script>| a <script> element (pages carry no script)",
        "<svg><script>alert(1)</script></svg>| a <script> element (pages carry no script)",
        "<!--><script>alert(1)</script>-->| a <script> element (pages carry no script)",
        "<!---><script>alert(1)</script>-->| a <script> element (pages carry no script)",
        "<!-- a --!><script>alert(1)</script>| a <script> element (pages carry no script)",
        "<![CDATA[><script>alert(1)</script>]]>| a <script> element (pages carry no script)",
        "<img src=\"../../css/site.css\" onerror=\"alert(1)\">| an event-handler attribute onerror on <img>",
        "<a title=\"x>y\" ONCLICK=go()>x</a>| an event-handler attribute onclick on <a>",
        "<a/onmouseover='x'>x</a>| an event-handler attribute onmouseover on <a>",
        "<svg><animate onbegin=alert(1) /></svg>| an event-handler attribute onbegin on <animate>",
        "<iframe src=\"https://example.org\"></iframe>| a <iframe> element",
        "<embed src=\"https://example.org/x.swf\">| a <embed> element",
        "<a href=\"javascript:alert(1)\">x</a>| an unsafe javascript: URL in href of <a>",
        "<a href=\" JaVaScRiPt:alert(1)\">x</a>| an unsafe javascript: URL in href of <a>",
        "<a href=\"java&#9;script:alert(1)\">x</a>| an unsafe javascript: URL in href of <a>",
        "<a href=\"&#106;avascript&colon;alert(1)\">x</a>| an unsafe javascript: URL in href of <a>",
        "<a href=javascript:alert(1)>x</a>| an unsafe javascript: URL in href of <a>",
        "<img src=\"data:image/svg+xml,x\">| an unsafe data: URL in src of <img>",
        "<form action=\"vbscript:x\"></form>| an unsafe vbscript: URL in action of <form>",
        "<button formaction=\"javascript:x\">b</button>| an unsafe javascript: URL in formaction of <button>",
        "<svg><a xlink:href=\"javascript:x\"><text>t</text></a></svg>| an unsafe javascript: URL in xlink:href of <a>",
        "<a href=\"../../nowhere/\">x</a>| a link to a page that does not exist: ../../nowhere/",
        "<a href=\"../../../up.html\">x</a>| a link that leaves the site: ../../../up.html",
        "<title><a href=\"nowhere.html\">in a title</a></title>| a link to a page that does not exist: nowhere.html"
      })
  void aProblemIsFound(String body, String problem) {
    assertThat(problems(body)).containsExactly(problem);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // Inside <svg>, a browser reads the text of <script> and <style> as markup: so does the check.
        "<svg><script type=\"application/ld+json\"><img src=x onerror=alert(1)></script></svg>",
        "<svg><style><img src=x onerror=alert(1)></style></svg>",
        "<style><img src=x onerror=alert(1)></style>",
        "<noscript><img src=x onerror=alert(1)></noscript>",
        "<template><img src=x onerror=alert(1)></template>"
      })
  void markupHiddenInTextThatABrowserMayReadIsFound(String body) {
    assertThat(problems(body)).contains("an event-handler attribute onerror on <img>");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<script type=\"application/ld+json\">{\"x\":\"<img src=x onerror=alert(1)>\"}</script>",
        "<script type=\"application/ld+json\">{\"x\":\"</scripts>\"}</script>",
        // Once the svg or math element ends (its end tag in any case, with or without attributes), HTML rules again.
        "<svg></svg><script type=\"application/ld+json\">{\"x\":\"<img src=x onerror=alert(1)>\"}</script>",
        "<svg><g></g></SVG><script type=\"application/ld+json\">{\"x\":\"<img src=x onerror=1>\"}</script>",
        "<math></math title=\"a>b\"><script type=\"application/ld+json\">{\"x\":\"<img onerror=1>\"}</script>"
      })
  void theTextOfAnHtmlScriptIsNotMarkup(String body) {
    assertThat(problems(body)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<a href=\"../../index.html\" onclick=\"x",
        "<a href=\"javascript:x\"",
        "<img src=x onerror"
      })
  void aTagTheFileEndsInIsNoElement(String body) {
    // The page ends inside the tag: a browser drops it, and so does the check (the rest of the page is unaffected).
    String html = "<p>ok</p>" + body;
    List<OutputFile> files = List.of(new OutputFile(PAGE, html.getBytes(StandardCharsets.UTF_8)));
    assertThat(OutputCheck.check(files, Set.of())).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"<a href=\"../../nowhere/\">x</a><a href=\"../../nowhere/\">again</a>"})
  void aProblemRepeatedOnAPageIsReportedOnce(String body) {
    assertThat(problems(body)).containsExactly("a link to a page that does not exist: ../../nowhere/");
  }

  @ParameterizedTest
  @ValueSource(strings = {"<a href=\"javascript:x\" onclick=\"y\">x</a><script>z</script>"})
  void scriptsAreReportedFirstThenTheRestInPageOrder(String body) {
    assertThat(problems(body))
        .containsExactly(
            "a <script> element (pages carry no script)",
            "an unsafe javascript: URL in href of <a>",
            "an event-handler attribute onclick on <a>");
  }
}
