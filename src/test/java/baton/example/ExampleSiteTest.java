package baton.example;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The repository's own site, the 2024 race for NATO Secretary General, holds what the article and the record say:
 * the article's statements on 21 and 22 February 2024, every member with a page, the race open on the day of the
 * article, blocked while Hungary objected and met from the North Atlantic Council's decision.
 */
class ExampleSiteTest {

  @TempDir static Path out;
  static JsonNode json;
  static String buildOutput;

  @BeforeAll
  static void build() throws IOException {
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    int status =
        baton.cli.Main.run(
            new String[] {"build", "--site", ".", "--out", out.resolve("site").toString()},
            new PrintWriter(o, true),
            new PrintWriter(e, true));
    buildOutput = e.toString();
    assertThat(status).as(buildOutput).isZero();
    assertThat(e.toString()).as("no warnings").isEmpty();
    json = new ObjectMapper().readTree(out.resolve("site/data/timeline.json").toFile());
  }

  private static Document page(String path) throws IOException {
    return Jsoup.parse(Files.readString(out.resolve("site").resolve(path), StandardCharsets.UTF_8));
  }

  private static JsonNode statement(String id) {
    for (JsonNode s : json.get("statements")) {
      if (s.get("id").asText().equals(id)) {
        return s;
      }
    }
    throw new AssertionError("no statement " + id);
  }

  /** The candidate's figures on a day: those of the latest series point up to it. */
  private static JsonNode raceOn(String candidate, String day) {
    JsonNode latest = null;
    for (JsonNode p : json.at("/race/series/" + candidate)) {
      if (p.get("date").asText().compareTo(day) <= 0) {
        latest = p;
      }
    }
    assertThat(latest).as("a series point before " + day).isNotNull();
    return latest;
  }

  @Test
  void theArticlesStatementsAreOnTheTimelineOnTheirDays() {
    for (String id :
        List.of(
            "reuters-us-official-biden-endorses-rutte", "uk-foreign-office-backs-rutte", "uk-official-sky-news-quote",
            "french-official-france-backs-rutte", "rutte-caretaker-fourth-cabinet")) {
      assertThat(statement(id).get("date").asText()).as(id).isEqualTo("2024-02-22");
    }
    assertThat(statement("de-hoop-scheffer-april-4-speculation").get("date").asText()).isEqualTo("2024-02-21");
    assertThat(statement("macron-sounded-out-rutte").get("date").asText()).isEqualTo("2023");
    List<String> timeline = new ArrayList<>();
    json.get("timeline").forEach(k -> timeline.add(k.asText()));
    assertThat(timeline)
        .contains("statement:uk-official-sky-news-quote", "statement:de-hoop-scheffer-april-4-speculation");
    assertThat(statement("uk-official-sky-news-quote").get("quote").asText())
        .startsWith("The UK strongly backs Dutch PM Mark Rutte to succeed Jens Stoltenberg");
  }

  @Test
  void everyMemberHasACountryPage() throws IOException {
    assertThat(json.at("/race/members").asInt()).isEqualTo(32);
    for (JsonNode c : json.get("countries")) {
      assertThat(out.resolve("site/countries/" + c.get("id").asText() + "/index.html")).exists();
    }
    assertThat(page("countries/index.html").select("table").first().select("tbody tr")).hasSize(32);
  }

  @Test
  void membershipGrowsFrom31To32WhenSwedenJoins() {
    assertThat(raceOn("mark-rutte", "2024-02-22").get("members").asInt()).isEqualTo(31);
    assertThat(raceOn("mark-rutte", "2024-03-07").get("members").asInt()).isEqualTo(32);
  }

  @Test
  void theRaceIsOpenThenBlockedWhileHungaryObjectedThenMet() {
    assertThat(raceOn("mark-rutte", "2024-02-22").get("status").asText()).isEqualTo("open");
    assertThat(raceOn("mark-rutte", "2024-03-05").get("status").asText()).isEqualTo("blocked");
    assertThat(raceOn("mark-rutte", "2024-06-17").get("status").asText()).isEqualTo("blocked");
    assertThat(raceOn("mark-rutte", "2024-06-26").get("status").asText()).isEqualTo("met");
    assertThat(json.at("/race/candidates/mark-rutte/status").asText()).isEqualTo("met");
  }

  @Test
  void theSpeculationAbout4AprilShowsAsMissed() throws IOException {
    assertThat(statement("de-hoop-scheffer-april-4-speculation").get("outcome").asText()).isEqualTo("missed");
    Document p = page("statements/de-hoop-scheffer-april-4-speculation/index.html");
    assertThat(p.select(".facts .outcome").text()).isEqualTo("missed");
    assertThat(p.select(".facts").text()).contains("4 April 2024");
  }

  @Test
  void theHolderSinceOctoberIsRutteAndStoltenbergsExitIsMonthPrecise() throws IOException {
    Document home = page("index.html");
    assertThat(home.select(".office-summary").text()).contains("Holder: Mark Rutte since 1 October 2024");
    Document timeline = page("timeline/index.html");
    assertThat(timeline.getElementById("m2024-10").select("time").eachText()).contains("October 2024");
  }
}
