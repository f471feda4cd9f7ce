package baton.jbake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlBodyTest {

  @Test
  void anHtmlBodyBecomesOneHtmlBlockWithoutBlankLines() {
    String html = "\n<p>One</p>\n\n    <p>indented, not code</p>\n  \n<pre>\n\nx\n</pre>\n\n";

    assertThat(HtmlBody.asMarkdown(html)).isEqualTo("""
        <div>
        <p>One</p>
        <!-- -->
            <p>indented, not code</p>
        <!-- -->
        <pre>
        <!-- -->
        x
        </pre>
        </div>
        """);
  }

  @Test
  void anEmptyBodyStaysEmpty() {
    assertThat(HtmlBody.asMarkdown(" \n\n")).isEmpty();
  }
}
