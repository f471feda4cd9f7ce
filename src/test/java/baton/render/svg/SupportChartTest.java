package baton.render.svg;

import static baton.render.svg.Samples.point;
import static baton.render.svg.Samples.tally;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import baton.derive.RaceStatus;
import baton.derive.SeriesPoint;
import baton.model.Rule;
import baton.render.Messages;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SupportChartTest {

  private static final LocalDate FROM = LocalDate.of(2024, 2, 21);

  private static String rutte(Rule rule, Messages m) {
    return SupportChart.render("Mark Rutte", rule, Samples.rutteSeries(), FROM, Samples.AS_OF, m, "rutte");
  }

  /** The distinct heights of a stepped path, in the order it visits them. */
  private static List<Double> levels(String d) {
    List<Double> levels = new ArrayList<>();
    Matcher m = Pattern.compile("(?:M[\\d.]+ |V)([\\d.]+)").matcher(d);
    while (m.find()) {
      levels.add(Double.parseDouble(m.group(1)));
    }
    return levels;
  }

  @ParameterizedTest(name = "{0} of {1} members needs {2}")
  @CsvSource({
    "CONSENSUS, 32, 32", "UNANIMITY, 32, 32", "MAJORITY, 32, 17", "TWO_THIRDS, 32, 22",
    "CONSENSUS, 31, 31", "MAJORITY, 31, 16", "TWO_THIRDS, 31, 21",
    "MAJORITY, 3, 2", "TWO_THIRDS, 3, 2", "MAJORITY, 4, 3", "TWO_THIRDS, 4, 3", "TWO_THIRDS, 6, 4",
    "MAJORITY, 1, 1", "CONSENSUS, 0, 0"
  })
  void theThresholdFollowsTheRule(Rule rule, int members, int needed) {
    assertThat(SupportChart.required(rule, members)).isEqualTo(needed);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
    "CONSENSUS  | 32 | The consensus rule needs all 32 members to support or not object",
    "UNANIMITY  | 32 | Unanimity needs all 32 members to support",
    "MAJORITY   | 17 | A majority needs 17 of 32 members to support",
    "TWO_THIRDS | 22 | A two-thirds majority needs 22 of 32 members to support"
  })
  void theChartShowsAndSaysWhatTheRuleNeedsAt32Members(Rule rule, String needed, String sentence) {
    SvgDom svg = SvgDom.parse(rutte(rule, Samples.english())).assertPicture("rutte");

    assertThat(svg.one("//s:text[@class='threshold-value']").getTextContent()).isEqualTo(needed);
    assertThat(svg.desc()).contains(sentence);
  }

  @Test
  void isAnImageNamedByItsTitleAndDescription() {
    SvgDom svg = SvgDom.parse(rutte(Rule.CONSENSUS, Samples.english())).assertPicture("rutte");

    assertThat(svg.root().getAttribute("role")).isEqualTo("img");
    assertThat(svg.title()).isEqualTo("Support for Mark Rutte over time");
  }

  @Test
  void textAlternativeStatesEveryChangeInTheWindowAndWhatTheRuleNeeds() {
    String desc = SvgDom.parse(rutte(Rule.CONSENSUS, Samples.english())).desc();

    assertThat(desc).startsWith("Figures from 21 February 2024 to 1 October 2024. "
        + "On 21 February 2024, 1 of 31 members support (open); on 22 February 2024, 4 of 31 members support (open); "
        + "on 5 March 2024, 4 of 31 members support, 1 opposed (blocked); "
        + "on 7 March 2024, 4 of 32 members support, 1 opposed (blocked); ");
    assertThat(desc).contains("on 18 June 2024, 11 of 32 members support, 2 no objection (open); ");
    assertThat(desc).endsWith("on 26 June 2024, 32 of 32 members support (met). "
        + "The consensus rule needs all 32 members to support or not object (31 needed before 7 March 2024).");
  }

  /** The English text alternative of the chart of {@link #dailyGains} from {@code from} to 1 March 2024. */
  private static String describedFrom(LocalDate from, int days) {
    return SvgDom.parse(SupportChart.render("X", Rule.MAJORITY, dailyGains(days), from, LocalDate.of(2024, 3, 1),
        Samples.english(), "p")).desc();
  }

  /** One more supporter each day from 1 January 2024, among 40 members, back to 1 after 40: {@code days} points. */
  private static List<SeriesPoint> dailyGains(int days) {
    List<SeriesPoint> series = new ArrayList<>();
    for (int i = 0; i < days; i++) {
      series.add(new SeriesPoint(LocalDate.of(2024, 1, 1).plusDays(i), tally(40, i % 40 + 1, 0, 0, 0), RaceStatus.OPEN));
    }
    return series;
  }

  @Test
  void aLongRaceIsToldByItsFirstFiguresAndChangeHowManyChangesFollowAndTheLatestTen() {
    // the figures of 1 January 2024 (the first day of the window), then 29 changes to 30 January 2024
    String desc = describedFrom(LocalDate.of(2024, 1, 1), 30);

    assertThat(desc).isEqualTo("Figures from 1 January 2024 to 1 March 2024. "
        + "On 1 January 2024, 1 of 40 members support (open); on 2 January 2024, 2 of 40 members support (open); "
        + "18 more changes from 3 January 2024 to 20 January 2024, not listed here; "
        + "on 21 January 2024, 21 of 40 members support (met); on 22 January 2024, 22 of 40 members support (met); "
        + "on 23 January 2024, 23 of 40 members support (met); on 24 January 2024, 24 of 40 members support (met); "
        + "on 25 January 2024, 25 of 40 members support (met); on 26 January 2024, 26 of 40 members support (met); "
        + "on 27 January 2024, 27 of 40 members support (met); on 28 January 2024, 28 of 40 members support (met); "
        + "on 29 January 2024, 29 of 40 members support (met); on 30 January 2024, 30 of 40 members support (met). "
        + "A majority needs 21 of 40 members to support.");
  }

  @Test
  void upToSixteenChangesAreEachStated() {
    String sixteen = describedFrom(LocalDate.of(2024, 1, 1), 17);
    String seventeen = describedFrom(LocalDate.of(2024, 1, 1), 18);

    assertThat(sixteen).doesNotContain("not listed");
    for (int day = 1; day <= 17; day++) {
      assertThat(sixteen).contains("n " + day + " January 2024, " + day + " of 40 members support");
    }
    assertThat(seventeen).contains("On 1 January 2024, 1 of 40 members support (open); "
        + "on 2 January 2024, 2 of 40 members support (open); "
        + "6 more changes from 3 January 2024 to 8 January 2024, not listed here; "
        + "on 9 January 2024, 9 of 40 members support (open); ");
    for (int day = 9; day <= 18; day++) {
      assertThat(seventeen).contains("on " + day + " January 2024, " + day + " of 40 members support");
    }
    assertThat(seventeen.split("members support")).hasSize(13); // 2 + 10 stated, and the text after the last
  }

  @Test
  void aChartThatStartsBeforeTheFirstStanceStatesThatStanceBeforeShortening() {
    // as the pages draw it: a few days of the figures before anyone took a stance, then 17 changes
    String desc = describedFrom(LocalDate.of(2023, 12, 25), 17);

    assertThat(desc).startsWith("Figures from 25 December 2023 to 1 March 2024. "
        + "On 25 December 2023, 0 of 0 members support (open); on 1 January 2024, 1 of 40 members support (open); "
        + "6 more changes from 2 January 2024 to 7 January 2024, not listed here; "
        + "on 8 January 2024, 8 of 40 members support (open); ");
  }

  @Test
  void aLongRaceInFrenchCountsTheChangesLeftOut() {
    String desc = SvgDom.parse(SupportChart.render("X", Rule.MAJORITY, dailyGains(1200), LocalDate.of(2024, 1, 1),
        LocalDate.of(2027, 6, 1), Samples.french(), "p")).desc();

    assertThat(desc).contains("1 membre sur 40 soutient (ouvert)\u00A0; le 2 janvier 2024, 2 membres sur 40 "
        + "soutiennent (ouvert)\u00A0; "
        + "1\u202F188 autres changements du 3 janvier 2024 au 4 avril 2027, non détaillés ici\u00A0; "
        + "le 5 avril 2027, ");
  }

  @Test
  void pointsBeforeTheStartGiveTheFiguresOnTheFirstDay() {
    LocalDate from = LocalDate.of(2024, 3, 1);

    String desc = SvgDom.parse(SupportChart.render("Mark Rutte", Rule.CONSENSUS, Samples.rutteSeries(), from,
        Samples.AS_OF, Samples.english(), "p")).desc();

    assertThat(desc).contains("Figures from 1 March 2024 to 1 October 2024. On 1 March 2024, 4 of 31 members support")
        .doesNotContain("1949").doesNotContain("February");
  }

  @Test
  void pointsAfterTheEndAreLeftOut() {
    String desc = SvgDom.parse(SupportChart.render("Mark Rutte", Rule.CONSENSUS, Samples.rutteSeries(), FROM,
        LocalDate.of(2024, 6, 25), Samples.english(), "p")).desc();

    assertThat(desc).contains("on 20 June 2024, 12 of 32").doesNotContain("26 June").doesNotContain("(met)");
  }

  @Test
  void theThresholdStepsUpWhenAMemberJoins() {
    SvgDom svg = SvgDom.parse(rutte(Rule.CONSENSUS, Samples.english()));

    List<Double> levels = levels(svg.one("//s:path[@class='threshold-line']").getAttribute("d"));
    assertThat(levels).hasSize(2);
    assertThat(levels.get(1)).isLessThan(levels.get(0)); // higher on the page: 32 needed after 31
  }

  @Test
  void underAMajorityTheThresholdIsMoreThanHalf() {
    SvgDom svg = SvgDom.parse(rutte(Rule.MAJORITY, Samples.english()));

    assertThat(svg.desc()).contains("A majority needs 17 of 32 members to support (16 needed before 7 March 2024)");
  }

  @Test
  void marksWhenTheRuleWasBlockedAndWhenMet() {
    SvgDom svg = SvgDom.parse(rutte(Rule.CONSENSUS, Samples.english()));

    assertThat(svg.texts("//s:g[@class='status status-blocked']/s:title"))
        .containsExactly("blocked: 5 March 2024 – 17 June 2024");
    assertThat(svg.texts("//s:g[@class='status status-met']/s:title"))
        .containsExactly("met: 26 June 2024 – 1 October 2024");
    assertThat(svg.texts("//s:g[@class='status status-open']/s:title")).hasSize(2);
    assertThat(svg.one("//s:g[@class='status status-blocked']/s:rect[@class='texture texture-stripes']")
        .getAttribute("fill")).isEqualTo("url(#rutte-stripes)");
    assertThat(svg.texts("//s:g[@class='status status-met']/s:text")).containsExactly("met");
  }

  @Test
  void theBandFollowsTheRuleDrawnNotTheOneTheSeriesWasCountedUnder() {
    // the sample's statuses were counted under consensus, where one objection blocks; under majority it does not
    SvgDom svg = SvgDom.parse(rutte(Rule.MAJORITY, Samples.english()));

    assertThat(svg.all("//s:g[@class='status status-blocked']")).isEmpty();
    assertThat(svg.texts("//s:g[contains(@class, 'status ')]/s:title"))
        .containsExactly("open: 21 February 2024 – 25 June 2024", "met: 26 June 2024 – 1 October 2024");
  }

  @Test
  void underConsensusNoObjectionIsStackedOnSupport() {
    SvgDom consensus = SvgDom.parse(rutte(Rule.CONSENSUS, Samples.english()));
    SvgDom majority = SvgDom.parse(rutte(Rule.MAJORITY, Samples.english()));

    assertThat(consensus.all("//s:path[contains(@class, 'series-no-objection')]")).hasSize(1);
    assertThat(consensus.all("//s:path[contains(@class, 'series-supports')]")).hasSize(2);
    assertThat(majority.all("//s:path[contains(@class, 'series-no-objection')]")).isEmpty();
    assertThat(consensus.one("//s:path[contains(@class, 'stance-supports')]").getAttribute("fill"))
        .isEqualTo(Palette.BLUE);
  }

  @Test
  void theAxesAreLabelledInTheSitesLanguage() {
    SvgDom en = SvgDom.parse(rutte(Rule.CONSENSUS, Samples.english()));
    SvgDom fr = SvgDom.parse(rutte(Rule.CONSENSUS, Samples.french())).assertPicture("rutte");

    assertThat(en.texts("//s:g[@class='axis']/s:text[not(@class)]")).contains("Mar", "Jun", "Oct");
    assertThat(en.one("//s:text[@class='axis-title']").getTextContent()).isEqualTo("members");
    assertThat(fr.texts("//s:g[@class='axis']/s:text[not(@class)]")).contains("mars", "juin", "oct.");
    assertThat(fr.one("//s:text[@class='axis-start']").getTextContent()).isEqualTo("21 février 2024");
    assertThat(fr.one("//s:text[@class='axis-title']").getTextContent()).isEqualTo("membres");
    assertThat(fr.texts("//s:g[contains(@class, 'legend-item')]/s:text"))
        .contains("soutien", "pas d’objection", "requis (consensus)", "acquis", "bloqué", "ouvert");
  }

  @Test
  void speaksFrenchInTheTextAlternative() {
    SvgDom fr = SvgDom.parse(rutte(Rule.CONSENSUS, Samples.french()));

    assertThat(fr.title()).isEqualTo("Soutien à Mark Rutte au fil du temps");
    assertThat(fr.desc()).startsWith("Chiffres du 21 février 2024 au 1 octobre 2024. "
        + "Le 21 février 2024, 1 membre sur 31 soutient (ouvert)\u00A0; le 22 février 2024, 4 membres sur 31 "
        + "soutiennent (ouvert)\u00A0; le 5 mars 2024, 4 membres sur 31 soutiennent, 1 contre (bloqué)");
    assertThat(fr.desc()).endsWith("La règle du consensus exige que les 32 membres soutiennent ou ne fassent pas "
        + "objection (31 requis avant le 7 mars 2024).");
  }

  @Test
  void aWindowAcrossNewYearLabelsJanuaryWithItsYear() {
    List<SeriesPoint> series = List.of(point("2023-11-20", tally(3, 1, 0, 0, 0), RaceStatus.OPEN));

    SvgDom svg = SvgDom.parse(SupportChart.render("X", Rule.MAJORITY, series, LocalDate.of(2023, 11, 1),
        LocalDate.of(2024, 3, 31), Samples.english(), "p"));

    assertThat(svg.texts("//s:g[@class='axis']/s:text[not(@class)]")).contains("Dec", "2024", "Feb");
  }

  @Test
  void anEmptySeriesDrawsABodyWithoutMembers() {
    SvgDom svg = SvgDom.parse(SupportChart.render("X", Rule.CONSENSUS, List.of(), FROM, Samples.AS_OF,
        Samples.english(), "p")).assertPicture("p");

    assertThat(svg.desc()).contains("On 21 February 2024, 0 of 0 members support (open)");
  }

  @Test
  void escapesTheCandidatesName() {
    String evil = "<script>&\"'";

    String svg = SupportChart.render(evil, Rule.CONSENSUS, Samples.rutteSeries(), FROM, Samples.AS_OF,
        Samples.english(), "p");

    assertThat(svg).doesNotContain("<script");
    assertThat(SvgDom.parse(svg).assertPicture("p").title()).isEqualTo("Support for " + evil + " over time");
  }

  @Test
  void sameInputSameString() {
    assertThat(rutte(Rule.TWO_THIRDS, Samples.french())).isEqualTo(rutte(Rule.TWO_THIRDS, Samples.french()));
  }

  @Test
  void refusesAWindowThatEndsBeforeItStarts() {
    assertThatThrownBy(() -> SupportChart.render("X", Rule.CONSENSUS, List.of(), Samples.AS_OF, FROM,
        Samples.english(), "p")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesASeriesOutOfOrder() {
    List<SeriesPoint> series = List.of(
        point("2024-03-01", tally(3, 1, 0, 0, 0), RaceStatus.OPEN),
        point("2024-02-01", tally(3, 2, 0, 0, 0), RaceStatus.MET));

    assertThatThrownBy(() -> SupportChart.render("X", Rule.MAJORITY, series, FROM, Samples.AS_OF,
        Samples.english(), "p")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("order");
  }

  @Test
  void theRaceStartsOnTheFirstDayAnyMemberTookAStance() {
    assertThat(SupportChart.firstStance(Samples.rutteSeries())).contains(LocalDate.of(2024, 2, 21));
    assertThat(SupportChart.firstStance(List.of(point("1949-08-24", tally(12, 0, 0, 0, 0), RaceStatus.OPEN))))
        .isEmpty();
  }
}
