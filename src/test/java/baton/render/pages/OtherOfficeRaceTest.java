package baton.render.pages;

import static org.assertj.core.api.Assertions.assertThat;

import baton.testing.TestSite;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A site that follows two offices: the home page and the data export follow the one site.yaml names; the other
 * office's page shows its own race, counted by its own rule from the stances on its own candidates.
 */
class OtherOfficeRaceTest {

  @TempDir Path dir;

  private TestSite twoOffices() {
    return SmallRace.write(dir, "en")
        .file("content/site.yaml",
            "title: Small race\ndescription: A race to test with.\nlanguage: en\nasOf: 2024-06-30\noffice: sg\n")
        .file("content/actors/chair-cand.yaml", "name: Carla Chair\nkind: person\ncountry: cc\n")
        .file("content/offices/chair.yaml",
            "name: Chair of the Committee\nbody: The Alliance\nrule: majority\ncandidates: [chair-cand]\n")
        .file("content/statements/2024/c-backs-chair.md",
            "---\ndate: 2024-04-02\nactor: chair-cand\ncandidate: chair-cand\nstance: supports\n---\n")
        .file("content/statements/2024/b-backs-chair.md",
            "---\ndate: 2024-04-03\nactor: gov-b\ncandidate: chair-cand\nstance: supports\n---\n")
        .file("content/statements/2024/d-backs-chair.md",
            "---\ndate: 2024-05-03\nactor: council\ncountries: [dk]\ncandidate: chair-cand\nstance: supports\n---\n");
  }

  @Test
  void theOtherOfficesPageShowsItsOwnRace() throws IOException {
    TestSite site = twoOffices();
    TestSite.Run run = site.build();
    assertThat(run.status()).as(run.err()).isZero();

    Document chair = Jsoup.parse(site.read("offices/chair/index.html"));
    assertThat(chair.select("section.races article.race")).hasSize(1);
    Element race = chair.selectFirst("section.races article.race");
    assertThat(race.select("h3 a").text()).isEqualTo("Carla Chair");
    assertThat(race.select("h3 a").attr("href")).isEqualTo("../../actors/chair-cand/index.html");
    assertThat(race.select(".race-verdict").text()).isEqualTo("A majority: 3 of 5 members support Carla Chair.");
    assertThat(race.select("dl.counts dd").eachText()).containsExactly("3", "0", "0", "0", "2", "5");
    assertThat(race.select("svg.baton-support").eachAttr("aria-labelledby"))
        .containsExactly("race-chair-cand-chart-title race-chair-cand-chart-desc");
    assertThat(race.select("svg.baton-support desc").text())
        .contains("3 of 5 members support").doesNotContain("Ada Candidate");
    assertThat(race.select("svg.baton-tiles")).hasSize(1);
    assertThat(chair.select("[id]").eachAttr("id")).doesNotHaveDuplicates();

    // The home page and the export still follow the office site.yaml names.
    Document home = Jsoup.parse(site.read("index.html"));
    assertThat(home.select("section.races article.race h3 a").eachText()).containsExactly("Ada Candidate");
    Document sg = Jsoup.parse(site.read("offices/sg/index.html"));
    assertThat(sg.select("section.races article.race h3 a").eachText()).containsExactly("Ada Candidate");
    JsonNode json = new ObjectMapper().readTree(site.out().resolve("data/timeline.json").toFile());
    assertThat(json.at("/race/office").asText()).isEqualTo("sg");
  }

  /** A candidate in both races is counted by each office's rule: its chart on each page is that office's. */
  @Test
  void aCandidateOfTwoOfficesIsDrawnByEachOfficesRule() throws IOException {
    TestSite site = twoOffices()
        .file("content/offices/chair.yaml",
            "name: Chair of the Committee\nbody: The Alliance\nrule: majority\ncandidates: [chair-cand, cand]\n");
    TestSite.Run run = site.build();
    assertThat(run.status()).as(run.err()).isZero();

    String onChair = Jsoup.parse(site.read("offices/chair/index.html"))
        .select("svg.baton-support[aria-labelledby^=race-cand-] desc").text();
    String onSg = Jsoup.parse(site.read("offices/sg/index.html"))
        .select("svg.baton-support[aria-labelledby^=race-cand-] desc").text();
    assertThat(onChair).contains("A majority needs 3 of 5 members to support").doesNotContain("consensus");
    assertThat(onSg).contains("The consensus rule needs all 5 members").doesNotContain("majority");
    assertThat(Jsoup.parse(site.read("index.html")).select("svg.baton-support[aria-labelledby^=race-cand-] desc").text())
        .isEqualTo(onSg);
  }

  @Test
  void anOfficeWithoutCandidatesShowsNoRace() throws IOException {
    TestSite site = twoOffices()
        .file("content/offices/chair.yaml", "name: Chair of the Committee\nbody: The Alliance\nrule: majority\n")
        .file("content/statements/2024/c-backs-chair.md", "---\ndate: 2024-04-02\nactor: chair-cand\n---\n")
        .file("content/statements/2024/b-backs-chair.md", "---\ndate: 2024-04-03\nactor: gov-b\n---\n")
        .file("content/statements/2024/d-backs-chair.md", "---\ndate: 2024-05-03\nactor: council\n---\n");
    TestSite.Run run = site.build();
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(Jsoup.parse(site.read("offices/chair/index.html")).select("section.races")).isEmpty();
  }
}
