package baton.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The output check looks each plain link up from the page's bytes ({@link OutputPathSet}): it must answer exactly as
 * a set of the paths as strings does.
 */
class OutputPathSetTest {

  @Test
  void aLinksBytesAreFoundExactlyWhenItsTextIs() {
    // "Aa" and "BB" have one hash, and so do "AaAa", "AaBB", "BBAa" and "BBBB": a look-up probes past the others.
    List<String> paths =
        List.of("index.html", "actors/ana/index.html", "data/timeline.json", "countries/é/index.html", "Aa", "a/b/",
            "feed.xml", "AaAa", "AaBB", "BBAa", "", "AaAaindex.html");
    OutputPathSet set = new OutputPathSet(new HashSet<>(paths));
    Set<String> expected = new HashSet<>(paths);
    List<String> links =
        List.of("index.html", "actors/ana/index.html", "actors/ana/", "actors/ana", "actors/", "data/timeline.json",
            "data/timeline.jso", "data/timeline.json2", "BB" /* the same hash as "Aa" */, "Aa", "a/b/", "a/b/index",
            "", "feed.xml", "countries/", "x", "AaAa", "AaBB", "BBAa", "BBBB", "BBBBAa");
    for (String link : links) {
      byte[] inPage = ("<a href=\"" + link + "\">").getBytes(StandardCharsets.US_ASCII);
      int from = 9;
      int to = from + link.length();
      assertThat(set.has(inPage, from, to, false)).as(link).isEqualTo(expected.contains(link));
      assertThat(set.has(inPage, from, to, true))
          .as(link + " + index.html")
          .isEqualTo(expected.contains(link + "index.html"));
      assertThat(set.has(link)).as(link).isEqualTo(expected.contains(link));
    }
  }

  @Test
  void aPathBeyondAsciiIsFoundAsText() {
    OutputPathSet set = new OutputPathSet(Set.of("countries/é/index.html"));
    assertThat(set.has("countries/é/index.html")).isTrue();
    assertThat(set.has("countries/e/index.html")).isFalse();
  }

  @Test
  void manyPathsAnswerAsAHashSetDoes() {
    Random random = new Random(7);
    List<String> paths = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      paths.add(randomPath(random));
    }
    OutputPathSet set = new OutputPathSet(new HashSet<>(paths.subList(0, 10_000)));
    Set<String> expected = new HashSet<>(paths.subList(0, 10_000));
    for (String link : paths) {
      byte[] b = link.getBytes(StandardCharsets.US_ASCII);
      assertThat(set.has(b, 0, b.length, false)).as(link).isEqualTo(expected.contains(link));
      if (link.endsWith("/")) {
        assertThat(set.has(b, 0, b.length, true)).as(link).isEqualTo(expected.contains(link + "index.html"));
      }
    }
  }

  private static String randomPath(Random random) {
    String[] folders = {"actors/", "statements/", "countries/", "events/", ""};
    StringBuilder path = new StringBuilder(folders[random.nextInt(folders.length)]);
    int length = 1 + random.nextInt(6);
    for (int i = 0; i < length; i++) {
      path.append((char) ('a' + random.nextInt(3)));
    }
    return path.append(random.nextBoolean() ? "/index.html" : random.nextBoolean() ? "/" : ".xml").toString();
  }
}
