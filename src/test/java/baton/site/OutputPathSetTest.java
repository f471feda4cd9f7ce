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
    List<String> paths =
        List.of("index.html", "actors/ana/index.html", "data/timeline.json", "countries/é/index.html", "Aa", "a/b/",
            "feed.xml");
    OutputPathSet set = new OutputPathSet(paths);
    Set<String> expected = new HashSet<>(paths);
    List<String> links =
        List.of("index.html", "actors/ana/index.html", "actors/ana/", "actors/ana", "actors/", "data/timeline.json",
            "data/timeline.jso", "data/timeline.json2", "BB" /* the same hash as "Aa" */, "Aa", "a/b/", "a/b/index",
            "", "feed.xml", "countries/", "x");
    for (String link : links) {
      byte[] inPage = ("<a href=\"" + link + "\">").getBytes(StandardCharsets.US_ASCII);
      int from = 9;
      int to = from + link.length();
      assertThat(set.has(inPage, from, to, false)).as(link).isEqualTo(expected.contains(link));
      assertThat(set.has(inPage, from, to, true)).as(link + " + index.html").isEqualTo(expected.contains(link + "index.html"));
      assertThat(set.has(link)).as(link).isEqualTo(expected.contains(link));
    }
  }

  @Test
  void aPathBeyondAsciiIsFoundAsText() {
    OutputPathSet set = new OutputPathSet(List.of("countries/é/index.html"));
    assertThat(set.has("countries/é/index.html")).isTrue();
    byte[] latin1 = "countries/é/index.html".getBytes(StandardCharsets.ISO_8859_1);
    assertThat(set.has(latin1, 0, latin1.length, false)).as("never asked with other than ASCII, and never found").isFalse();
  }

  @Test
  void manyPathsAnswerAsAHashSetDoes() {
    Random random = new Random(7);
    List<String> paths = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      paths.add(randomPath(random));
    }
    OutputPathSet set = new OutputPathSet(paths.subList(0, 10_000));
    Set<String> expected = new HashSet<>(paths.subList(0, 10_000));
    int found = 0;
    for (String link : paths) {
      byte[] b = link.getBytes(StandardCharsets.US_ASCII);
      boolean has = set.has(b, 0, b.length, false);
      assertThat(has).as(link).isEqualTo(expected.contains(link));
      found += has ? 1 : 0;
      if (link.endsWith("/")) {
        assertThat(set.has(b, 0, b.length, true)).as(link).isEqualTo(expected.contains(link + "index.html"));
      }
    }
    assertThat(found).isGreaterThanOrEqualTo(10_000);
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
