package baton.render.pages;

import static org.assertj.core.api.Assertions.assertThat;

import baton.testing.TestSite;
import baton.testing.TestSite.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An id may have 80 characters, a picture's id prefix at most 64: a candidate whose id would not fit in its pictures'
 * ids gets ids by its place in the race instead.
 */
class LongCandidateIdTest {

  /** 60 characters: "race-" + it + "-chart" has 71. */
  private static final String LONG = "a-candidate-whose-id-is-far-longer-than-most-people-would-use";

  @TempDir Path dir;

  @Test
  void aCandidateWithALongIdHasPicturesWithIdsByItsPlace() throws IOException {
    TestSite site = SmallRace.write(dir, "en");
    site.file("content/actors/" + LONG + ".yaml", "name: Lena Long\nkind: person\n");
    site.file("content/offices/sg.md", Files.readString(site.root().resolve("content/offices/sg.md"))
        .replace("candidates: [cand]", "candidates: [cand, " + LONG + "]"));
    site.file("content/statements/2024/b-backs-long.md", "---\ndate: 2024-04-02\nactor: gov-b\ncandidate: " + LONG
        + "\nstance: supports\n---\n");

    Run run = site.build();

    assertThat(run.err()).isEmpty();
    assertThat(run.status()).isZero();
    Document home = Jsoup.parse(site.read("index.html"));
    assertThat(home.select("svg.baton-support").eachAttr("aria-labelledby"))
        .containsExactly("race-cand-chart-title race-cand-chart-desc", "race_2-chart-title race_2-chart-desc");
    assertThat(home.select("svg.baton-tiles").eachAttr("aria-labelledby"))
        .containsExactly("race-cand-tiles-title race-cand-tiles-desc", "race_2-tiles-title race_2-tiles-desc");
    assertThat(home.select("[id]").eachAttr("id")).doesNotHaveDuplicates();
  }
}
