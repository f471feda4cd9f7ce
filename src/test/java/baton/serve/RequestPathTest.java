package baton.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The request path check on its own: what is accepted, and what is refused before any file is looked at. */
class RequestPathTest {

  private static RequestPath.Parsed parse(String rawPath) {
    return RequestPath.parse(URI.create(rawPath));
  }

  @Test
  void theRootIsAFolderWithNoSegments() {
    assertThat(parse("/")).isEqualTo(new RequestPath.Accepted(List.of(), true));
  }

  @Test
  void aPathIsDecodedOnceIntoItsSegments() {
    assertThat(parse("/actors/ada/")).isEqualTo(new RequestPath.Accepted(List.of("actors", "ada"), true));
    assertThat(parse("/data/timeline.json?x=1")).isEqualTo(new RequestPath.Accepted(List.of("data", "timeline.json"), false));
    assertThat(parse("/caf%C3%A9/a%20b.html")).isEqualTo(new RequestPath.Accepted(List.of("café", "a b.html"), false));
    // Decoded once: %252e%252e is the name "%2e%2e", not "..".
    assertThat(parse("/%252e%252e/")).isEqualTo(new RequestPath.Accepted(List.of("%2e%2e"), true));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/../", "/..", "/a/../b", "/./a", "/a/.", "/%2e%2e/", "/%2E%2E/", "/%2E%2e/x", "/.%2e/", "/%2e./",
        "/..%2f..%2f", "/%2f..", "/a%2Fb", "/%5c..%5c", "/a%5Cb", "/foo%00.html", "/a%0a", "/a%7f", "/a//b",
        "/c:/x", "/a%3ab", "/%c0%ae%c0%ae/", "/%ff", "/%e2%82"
      })
  void aPathThatNoSiteLinkWouldUseIsRefused(String raw) {
    assertThat(parse(raw)).as(raw).isInstanceOf(RequestPath.Refused.class);
    assertThat(((RequestPath.Refused) parse(raw)).status()).as(raw).isEqualTo(400);
  }

  @Test
  void aNetworkPathReferenceIsRefused() {
    assertThat(parse("//etc/passwd")).isEqualTo(new RequestPath.Refused(400, "a request path may not start with //"));
  }

  @Test
  void aPathOver2048CharactersIsRefused() {
    assertThat(parse("/" + "a".repeat(2047))).isInstanceOf(RequestPath.Accepted.class);
    assertThat(parse("/" + "a".repeat(2048))).isInstanceOf(RequestPath.Refused.class);
    assertThat(((RequestPath.Refused) parse("/" + "a".repeat(2048))).status()).isEqualTo(414);
  }

  @Test
  void theServersOwnPathsAreInternal() {
    assertThat(((RequestPath.Accepted) parse("/__baton/events")).internal()).isTrue();
    assertThat(((RequestPath.Accepted) parse("/__batons/events")).internal()).isFalse();
  }
}
