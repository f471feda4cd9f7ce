package baton.render.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UrlPolicyTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://example.org", "HTTP://example.org", "mailto:a@example.org", "", "#top", "?q=1", "/abs",
        "../rel/index.html", "img/a.png", "//example.org/x", "a/b:c", "1abc:def", "%6Aavascript:x", " https://x.org"
      })
  void allowsWebMailAndRelativeUrls(String url) {
    assertThat(UrlPolicy.allows(url)).as(url).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "javascript:alert(1)", "JAVASCRIPT:x", " javascript:x", "\u0000javascript:x", "\u001Fjavascript:x",
        "java\tscript:x", "java\nscript:x", "java\rscript:x", "javascript\t:x", "vbscript:x", "data:text/html,x",
        "file:///etc/passwd", "ftp://example.org", "c:/windows", "x-custom+app.1:go"
      })
  void refusesEveryOtherScheme(String url) {
    assertThat(UrlPolicy.allows(url)).as(url).isFalse();
  }

  @org.junit.jupiter.api.Test
  void refusesNull() {
    assertThat(UrlPolicy.allows(null)).isFalse();
  }
}
