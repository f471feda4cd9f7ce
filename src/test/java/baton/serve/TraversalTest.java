package baton.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * No request reads outside the output folder. A secret sits in the site folder, two levels above the output
 * ({@code target/serve}), and another in a folder apart, reached by symbolic links placed inside the output.
 * Each attack is sent byte for byte over a socket, and through HttpClient when it accepts the URI.
 */
class TraversalTest {

  private static final String SECRET = "TOP-SECRET-7f3a";

  @TempDir static Path dir;
  @TempDir static Path elsewhere;
  private static ServedSite served;

  @BeforeAll
  static void serve() throws IOException {
    served = ServedSite.start(ServedSite.small(dir).file("secret.txt", SECRET + "\n"));
    Files.writeString(elsewhere.resolve("secret.txt"), SECRET + "\n");
  }

  @AfterAll
  static void stop() {
    if (served != null) {
      served.close();
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/../../secret.txt",
        "/../",
        "/%2e%2e/%2e%2e/secret.txt",
        "/%2e%2e/",
        "/%2E%2E/%2E%2E/etc/passwd",
        "/%2E%2e/%2e%2E/secret.txt",
        "/..%2f..%2fsecret.txt",
        "/%2f..",
        "/%2F..%2F..%2Fsecret.txt",
        "/..\\..\\secret.txt",
        "/%5c..%5c..%5csecret.txt",
        "/foo%00.html",
        "/index.html%00.txt",
        "//etc/passwd",
        "/.%2e/.%2e/secret.txt",
        "/about/../../../secret.txt",
        "/about/%2e%2e/%2e%2e/%2e%2e/secret.txt",
        "/%c0%ae%c0%ae/%c0%ae%c0%ae/secret.txt",
        "/./secret.txt",
        "/C:/Windows/win.ini",
        "/%zz/secret.txt",
        "/..%2",
      })
  void aTraversalAttemptIsRefused(String target) {
    ServedSite.Raw raw = served.raw(target);
    assertThat(raw.status()).as(target).isIn(400, 403, 404);
    assertThat(raw.body()).as(target).doesNotContain(SECRET).doesNotContain("root:");

    URI uri;
    try {
      uri = served.uri(target);
    } catch (IllegalArgumentException notAUri) {
      return; // a backslash: HttpClient cannot send it; the raw request above did
    }
    HttpResponse<String> viaClient = served.get(uri.getRawPath());
    assertThat(viaClient.statusCode()).as(target).isIn(400, 403, 404);
    assertThat(viaClient.body()).as(target).doesNotContain(SECRET).doesNotContain("root:");
  }

  @Test
  void anOverlongPathIsRefused() {
    String target = "/" + "a/".repeat(1100) + "index.html";
    assertThat(served.raw(target).status()).isEqualTo(414);
    assertThat(served.get(target).statusCode()).isEqualTo(414);
  }

  @Test
  void aSymbolicLinkInsideTheOutputIsNotFollowed() throws IOException {
    Path out = served.server().outDir();
    assumeTrue(link(out.resolve("leak.txt"), elsewhere.resolve("secret.txt")), "symbolic links are not available");
    link(out.resolve("leakdir"), elsewhere);
    link(out.resolve("about/leak.html"), elsewhere.resolve("secret.txt"));

    for (String target : new String[] {"/leak.txt", "/leakdir/secret.txt", "/leakdir/", "/about/leak.html"}) {
      ServedSite.Raw raw = served.raw(target);
      assertThat(raw.status()).as(target).isEqualTo(403);
      assertThat(raw.body()).as(target).doesNotContain(SECRET);
    }
  }

  @Test
  void aFolderLinkedAsTheIndexPageIsNotFollowedEither() throws IOException {
    Path out = served.server().outDir();
    Files.createDirectories(out.resolve("trap"));
    assumeTrue(link(out.resolve("trap/index.html"), elsewhere.resolve("secret.txt")), "no symbolic links");
    ServedSite.Raw raw = served.raw("/trap/");
    assertThat(raw.status()).isEqualTo(403);
    assertThat(raw.body()).doesNotContain(SECRET);
  }

  private static boolean link(Path link, Path target) {
    try {
      Files.createSymbolicLink(link, target);
      return true;
    } catch (IOException | UnsupportedOperationException e) {
      return false;
    }
  }
}
