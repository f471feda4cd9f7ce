package baton.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import baton.render.OutputFile;
import baton.site.OutputCheck;
import baton.testing.TestSite;
import baton.testing.TestSite.Run;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 7, point 3: the scan of every generated page that fails a build when a page carries script. Builds with
 * malicious templates are cases of {@link HostileCases#templates()}; here, normal builds pass it, and each kind of
 * script a page could carry is caught, however it is disguised.
 */
class OutputSafetyNetTest {

  @TempDir Path dir;

  @Test
  void theExampleSitePassesTheCheck() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Path built = dir.resolve("example");
    int status = baton.cli.Main.run(
        new String[] {"build", "--site", Path.of("").toAbsolutePath().toString(), "--out", built.toString()},
        new PrintWriter(out, true), new PrintWriter(err, true));
    assertThat(err.toString()).isEmpty();
    assertThat(status).isZero();
    OutputScan.assertSafe(built);
  }

  @Test
  void aSiteWithItsOwnHarmlessTemplatePassesTheCheck() {
    TestSite site = GoodSite.writeTo(TestSite.in(dir))
        .file("templates/page.html", """
            <!DOCTYPE html>
            <html xmlns:th="http://www.thymeleaf.org" th:replace="~{layout :: page(~{::main})}">
            <body>
            <main id="main"><h1 th:text="${title}">x</h1><div class="prose" th:utext="${bodyHtml}"></div>
            <p><a href="https://example.org/" title="javascript: not a link">elsewhere</a></p></main>
            </body>
            </html>
            """);
    Run run = site.build();
    assertThat(run.err()).isEmpty();
    assertThat(run.status()).isZero();
    OutputScan.assertSafe(site.out());
  }

  private static List<String> problems(String body) {
    String page = "<!DOCTYPE html><html><head><title>t</title></head><body>" + body + "</body></html>";
    List<OutputFile> files = List.of(
        new OutputFile("about/index.html", page.getBytes(StandardCharsets.UTF_8)),
        new OutputFile("index.html", new byte[0]));
    return OutputCheck.check(files, Set.of()).stream().map(p -> p.page() + ": " + p.message()).toList();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      script element              | <script>alert(1)</script>                              | a <script> element (pages carry no script)
      script element by type      | <script type="module">alert(1)</script>                | a <script> element (pages carry no script)
      event handler               | <button onclick="alert(1)">x</button>                  | an event-handler attribute onclick on <button>
      event handler in svg        | <svg onload="alert(1)"></svg>                          | an event-handler attribute onload on <svg>
      javascript link             | <a href="javascript:alert(1)">x</a>                    | an unsafe javascript: URL in href of <a>
      javascript in mixed case    | <a href="JaVaScRiPt:alert(1)">x</a>                    | an unsafe javascript: URL in href of <a>
      javascript with a tab       | <a href="java&#x09;script:alert(1)">x</a>              | an unsafe javascript: URL in href of <a>
      javascript after blanks     | <a href="  javascript:alert(1)">x</a>                  | an unsafe javascript: URL in href of <a>
      vbscript link               | <a href="vbscript:msgbox(1)">x</a>                     | an unsafe vbscript: URL in href of <a>
      data image                  | <img src="data:image/svg+xml,x" alt="">                | an unsafe data: URL in src of <img>
      form action                 | <form action="javascript:alert(1)"></form>             | an unsafe javascript: URL in action of <form>
      iframe                      | <iframe src="https://example.org/"></iframe>           | a <iframe> element
      object                      | <object data="https://example.org/x"></object>         | a <object> element
      embed                       | <embed src="https://example.org/x">                    | a <embed> element
      srcdoc                      | <div srcdoc="&lt;script&gt;"></div>                     | an srcdoc attribute on <div> (a page inside the page)
      base                        | <base href="https://evil.example/">                    | a <base> element (it would change where every link of the page leads)
      meta refresh                | <meta http-equiv="refresh" content="0; url=javascript:alert(1)"> | an unsafe javascript: URL in a <meta> refresh
      svg animation of a link     | <svg><a><animate attributeName="href" values="https://x/;javascript:alert(1)"/></a></svg> | an unsafe javascript: URL in values of <animate>
      svg set of a link           | <svg><a><set attributeName="href" to="javascript:alert(1)"/></a></svg> | an unsafe javascript: URL in to of <set>
      link leaving the site       | <a href="../../x/">x</a>                                | a link that leaves the site: ../../x/
      link to a missing page      | <a href="../missing/">x</a>                             | a link to a page that does not exist: ../missing/
      """)
  void catches(String what, String body, String problem) {
    assertThat(problems(body)).containsExactly("about/index.html: " + problem);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      JSON-LD data             | <script type="application/ld+json">{"@type":"Thing"}</script>
      web link                 | <a href="https://example.org/">x</a>
      mail link                | <a href="mailto:press@example.org">x</a>
      fragment                 | <a href="#main">x</a>
      page of the site         | <a href="../index.html">x</a>
      words about javascript   | <p title="javascript: a language">javascript:alert(1)</p>
      meta refresh to the site | <meta http-equiv="refresh" content="5; url=https://example.org/">
      """)
  void lets(String what, String body) {
    assertThat(problems(body)).isEmpty();
  }
}
