package baton.render.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownTest {

  private final Markdown markdown = new Markdown();

  private Document html(String text, boolean allowHtml) {
    return Jsoup.parseBodyFragment(markdown.toHtml(text, allowHtml));
  }

  @Test
  void tablesRenderWithTheirAlignment() {
    Document doc = html("""
        | Country | Stance |
        |---------|:------:|
        | NL      | supports |
        """, false);
    assertThat(doc.select("table thead th")).extracting(Element::text).containsExactly("Country", "Stance");
    assertThat(doc.select("table tbody td")).extracting(Element::text).containsExactly("NL", "supports");
    assertThat(doc.select("td").get(1).attr("align")).isEqualTo("center");
  }

  @Test
  void tablesKeepTheirAlignmentWhenHtmlIsAllowed() {
    Document doc = html("| a | b |\n|:--|--:|\n| 1 | 2 |\n", true);
    assertThat(doc.select("th")).extracting(e -> e.attr("align")).containsExactly("left", "right");
  }

  @Test
  void strikethroughRendersAsDel() {
    assertThat(html("it was ~~open~~ decided", false).select("del").text()).isEqualTo("open");
    assertThat(html("it was ~~open~~ decided", true).select("del").text()).isEqualTo("open");
  }

  @Test
  void bareUrlsWwwAndEmailsBecomeLinks() {
    Document doc = html("See https://example.org/a, www.example.com and press@example.org.", false);
    assertThat(doc.select("a[href]"))
        .extracting(e -> e.attr("href"))
        .containsExactly("https://example.org/a", "http://www.example.com", "mailto:press@example.org");
  }

  @Test
  void rawHtmlIsShownAsTextWhenNotAllowed() {
    Document doc = html("""
        <script>alert(1)</script>

        Inline <script>alert(2)</script> and <b onclick="x()">bold</b>.
        """, false);
    assertThat(doc.select("script, b, [onclick]")).isEmpty();
    assertThat(doc.text()).contains("<script>alert(1)</script>", "<b onclick=\"x()\">bold</b>");
  }

  @Test
  void allowedHtmlKeepsFormattingButNotScriptsHandlersOrFrames() {
    Document doc = html("""
        Some <b>bold</b> and <em class="x">emphasis</em>.

        <div id="main" style="color:red" onmouseover="steal()">
        <p onclick="steal()">click</p>
        <script>alert('script')</script>
        <style>body{display:none}</style>
        <iframe src="https://evil.example/"></iframe>
        <frameset><frame src="https://evil.example/"></frameset>
        <object data="x.swf"></object><embed src="x.swf">
        <form action="https://evil.example/"><input name="q"><button>go</button></form>
        <img src="https://example.org/p.png" alt="p" onerror="steal()">
        </div>
        """, true);
    assertThat(doc.select("b").text()).isEqualTo("bold");
    assertThat(doc.select("em").text()).isEqualTo("emphasis");
    assertThat(doc.select("script, style, iframe, frame, frameset, object, embed, form, input, button")).isEmpty();
    assertThat(doc.select("[onclick], [onmouseover], [onerror], [style], [id], [class]")).isEmpty();
    assertThat(doc.select("img[src]").attr("src")).isEqualTo("https://example.org/p.png");
    assertThat(doc.text()).doesNotContain("alert", "display:none").contains("click");
  }

  @Test
  void allowedHtmlLinksAreCheckedLikeMarkdownLinks() {
    Document doc = html("""
        <a href="javascript:alert(1)">one</a> <a href="&#106;avascript:alert(2)">two</a>
        <a href=" JaVa&#x09;ScRiPt:alert(3)">three</a> <a href="data:text/html,x">four</a>
        <img src="javascript:alert(5)" alt="five"> <img src="data:image/png;base64,AAAA" alt="six">
        <a href="../about/index.html">seven</a> <a href="mailto:a@b.org">eight</a>
        <blockquote cite="javascript:alert(9)">nine</blockquote>
        """, true);
    assertThat(doc.select("a[href]"))
        .extracting(e -> e.attr("href"))
        .containsExactly("../about/index.html", "mailto:a@b.org");
    assertThat(doc.select("a:not([href]), img, [cite]")).isEmpty();
    assertThat(doc.text()).contains("one", "two", "three", "four", "five", "six", "nine");
  }

  /** Every way of writing a URL that a browser would run or load as something other than a web page or mail. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        "vbscript:msgbox(1)",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
        "file:///etc/passwd",
        "&#106;avascript:alert(1)",
        "&#x6A;&#x61;vascript:alert(1)",
        "&#32;javascript:alert(1)",
        "&#1;javascript:alert(1)",
        "&#x0D;javascript:alert(1)",
        "java&#9;script:alert(1)",
        "java&#10;script:alert(1)",
        "<java\tscript:alert(1)>",
        "< javascript:alert(1)>",
        "<\u0001javascript:alert(1)>",
        "javascript&#58;alert(1)",
        "javascript&colon;alert(1)",
        "&Tab;javascript:alert(1)"
      })
  void unsafeUrlsGiveTextNeverALinkOrImage(String url) {
    for (boolean allowHtml : new boolean[] {false, true}) {
      Document link = html("Before [the text](" + url + ") after.", allowHtml);
      Document image = html("Before ![the picture](" + url + ") after.", allowHtml);
      Document reference = html("Before [the text][r] after.\n\n[r]: " + url + "\n", allowHtml);
      for (Document doc : List.of(link, reference)) {
        assertNoLinkOrImage(doc, url);
        assertThat(doc.text()).as(url).contains("the text");
      }
      assertNoLinkOrImage(image, url);
      assertThat(image.text()).as(url).contains("the picture");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"<javascript:alert(1)>", "<JAVASCRIPT:alert(1)>", "<vbscript:msgbox(1)>",
      "<data:text/html,x>", "<file:///etc/passwd>"})
  void unsafeAutolinksGiveText(String autolink) {
    for (boolean allowHtml : new boolean[] {false, true}) {
      Document doc = html("See " + autolink + " here.", allowHtml);
      assertNoLinkOrImage(doc, autolink);
      assertThat(doc.text()).contains(autolink.substring(1, autolink.length() - 1));
    }
  }

  private static void assertNoLinkOrImage(Document doc, String url) {
    assertThat(doc.select("a, img, [href], [src]")).as(url).isEmpty();
  }

  @Test
  void anUnsafeLinkKeepsItsFormattingAndAnUnsafeImageInsideASafeLinkGoes() {
    Document doc = html("[**strong** words](javascript:x) and [![alt *text*](javascript:y)](https://example.org)",
        false);
    assertThat(doc.select("strong").text()).isEqualTo("strong");
    assertThat(doc.select("a[href]")).extracting(e -> e.attr("href")).containsExactly("https://example.org");
    assertThat(doc.select("a").text()).isEqualTo("alt text");
    assertThat(doc.select("img")).isEmpty();
  }

  @Test
  void relativeAndMailtoLinksAreKept() {
    String text = """
        [about](../about/index.html) [top](#top) [query](?q=1) [root](/x) [net](//example.org/y)
        [mail](mailto:press@example.org) [web](https://example.org/a?b=c&d=e) [plain](HTTP://EXAMPLE.ORG)
        ![picture](img/rutte.jpg)
        """;
    for (boolean allowHtml : new boolean[] {false, true}) {
      Document doc = html(text, allowHtml);
      assertThat(doc.select("a[href]"))
          .extracting(e -> e.attr("href"))
          .containsExactly("../about/index.html", "#top", "?q=1", "/x", "//example.org/y",
              "mailto:press@example.org", "https://example.org/a?b=c&d=e", "HTTP://EXAMPLE.ORG");
      assertThat(doc.select("img[src]").attr("src")).isEqualTo("img/rutte.jpg");
      assertThat(doc.select("img").attr("alt")).isEqualTo("picture");
    }
  }

  @Test
  void cleaningKeepsEverythingCommonmarkWrites() {
    String text = """
        # One

        > quoted *em* **strong** `code`\\
        > broken

        3. three
        4. four

        ---

        ```java
        int x = 1 < 2 ? 1 : 0;
        ```

        ![alt](p.png "title") [link](https://example.org "tip")
        """;
    Document escaped = html(text, false);
    Document cleaned = html(text, true);
    assertThat(cleaned.body().html()).isEqualTo(escaped.body().html());
    assertThat(cleaned.select("ol[start=3] > li")).hasSize(2);
    assertThat(cleaned.select("pre > code.language-java").text()).isEqualTo("int x = 1 < 2 ? 1 : 0;");
    assertThat(cleaned.select("blockquote br, hr, img[title=title], a[title=tip]")).hasSize(4);
  }

  @Test
  void headingsGetNoIds() {
    for (boolean allowHtml : new boolean[] {false, true}) {
      Document doc = html("# Title\n\n## Title\n\n<h2 id=\"content\">Raw</h2>\n", allowHtml);
      assertThat(doc.select("[id]")).isEmpty();
    }
  }

  @Test
  void theSameTextGivesTheSameHtmlFromAnyThread() {
    String text = "# Race\n\nA [link](https://example.org), www.example.com and ~~gone~~.\n\n| a |\n|---|\n| 1 |\n";
    String once = markdown.toHtml(text, true);
    List<String> many = IntStream.range(0, 200).parallel().mapToObj(i -> markdown.toHtml(text, true)).toList();
    assertThat(many).allMatch(once::equals);
    assertThat(markdown.toHtml(text, false)).isEqualTo(new Markdown().toHtml(text, false));
  }

  @Test
  void nullAndEmptyBodiesGiveNothing() {
    assertThat(markdown.toHtml(null, false)).isEmpty();
    assertThat(markdown.toHtml("", true)).isEmpty();
    assertThat(markdown.toPlainText(null)).isEmpty();
  }

  @Test
  void plainTextKeepsTheWordsOnly() {
    String text = """
        # Heading

        A *first* [paragraph](https://example.org) with `code`,
        a ![picture](p.png) and <b>tags</b>.

        - one
        - two

        | a | b |
        |---|---|
        | 1 | 2 |

        [unsafe](javascript:alert(1)) ends.
        """;
    assertThat(markdown.toPlainText(text)).isEqualTo("""
        Heading

        A first paragraph with code, a picture and tags.

        - one
        - two

        a | b
        1 | 2

        unsafe ends.""");
  }
}
