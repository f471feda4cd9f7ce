package baton.render.pages;

import static org.assertj.core.api.Assertions.assertThat;

import baton.testing.TestSite;
import baton.testing.TestSite.Run;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each page type of SPEC section 4, built from {@link SmallRace} and read through its DOM. */
class PagesTest {

  @TempDir static Path dir;
  static TestSite site;

  @BeforeAll
  static void build() {
    site = SmallRace.write(dir, "en");
    Run run = site.build();
    assertThat(run.err()).isEmpty();
    assertThat(run.status()).isZero();
  }

  private static Document page(String path) {
    return Jsoup.parse(site.read(path));
  }

  private static List<String> texts(Document doc, String selector) {
    return doc.select(selector).eachText();
  }

  @Test
  void everyPageOfTheSpecExists() {
    for (String path :
        List.of(
            "index.html", "timeline/index.html", "countries/index.html", "countries/aa/index.html",
            "countries/zz/index.html", "actors/index.html", "actors/cand/index.html", "statements/joint/index.html",
            "events/summit/index.html", "offices/sg/index.html", "method/index.html", "404.html", "feed.xml",
            "calendar.ics", "data/timeline.json", "robots.txt", "baton.css")) {
      assertThat(site.out().resolve(path)).as(path).exists();
    }
    assertThat(site.out().resolve("sitemap.xml")).as("no baseUrl, no sitemap").doesNotExist();
  }

  @Test
  void homeShowsTheOfficeItsHolderAndTheRaceInWords() {
    Document home = page("index.html");
    assertThat(home.select("html").attr("lang")).isEqualTo("en");
    assertThat(home.select("h1").text()).isEqualTo("Small race");
    assertThat(home.select(".office-summary").text()).contains("Holder: Old Holder since 1 March 2019");
    Element race = home.selectFirst("article.race");
    assertThat(race.select("h3 a").text()).isEqualTo("Ada Candidate");
    assertThat(race.select("h3 .status").text()).isEqualTo("open");
    assertThat(race.select(".race-verdict").text())
        .isEqualTo("Not yet: 0 of 5 members support Ada Candidate and 4 do not object; the others have not said so.");
    assertThat(texts(home, "article.race .counts dd")).containsExactly("0", "4", "0", "0", "1", "5");
    assertThat(race.select(".backers p").eachText())
        .containsExactly("No objection: Aland, Borduria, Carpania, Dorland", "No stance on record: Estalia");
    assertThat(race.select(".backers a").eachAttr("href")).contains("countries/aa/index.html");
    assertThat(race.select("figure svg[aria-labelledby]")).hasSize(2);
    assertThat(home.select(".latest .entry-title").first().text()).isEqualTo("The summit");
  }

  @Test
  void timelineGroupsByYearAndMonthAndKeepsPrecision() {
    Document tl = page("timeline/index.html");
    assertThat(texts(tl, "section.year > h2")).containsExactly("1949", "2014", "2019", "2024");
    Element y2024 = tl.getElementById("y2024");
    assertThat(y2024.select("section.month > h3").eachText())
        .containsExactly("February 2024", "March 2024", "April 2024", "May 2024", "July 2024");
    Element may = tl.getElementById("m2024-05");
    Element lifts = may.selectFirst("article.entry");
    assertThat(lifts.select("time").text()).isEqualTo("May 2024");
    assertThat(lifts.select("time").attr("datetime")).isEqualTo("2024-05");
    assertThat(lifts.select(".circa").text()).isEqualTo("c.");
    assertThat(lifts.select(".entry-condition").text()).isEqualTo("On condition: guarantees on the budget");
    assertThat(lifts.hasClass("entry-position")).isTrue();

    Element forecast = tl.select("article.entry-speculation").first();
    assertThat(forecast.select("time").text()).isEqualTo("the Wednesday before");
    assertThat(forecast.select(".entry-due").text()).isEqualTo("Due by 4 April 2024: missed");

    Element summit = tl.select("article.entry-upcoming").first();
    assertThat(summit.select(".entry-title").text()).isEqualTo("The summit");
    assertThat(summit.select(".tag-upcoming").text()).isEqualTo("upcoming");
    assertThat(summit.select(".tag-expected").text()).isEqualTo("expected");

    assertThat(tl.select("article.entry-term .entry-title").eachText())
        .contains(
            "Old Holder takes office as Secretary General",
            "Ian Interim takes office as acting Secretary General",
            "Old Holder's term as Secretary General ends");
    assertThat(tl.select("article.entry-accession .entry-title").eachText()).contains("Estalia joins The Alliance");
  }

  @Test
  void countriesIndexListsMembersAndOthersWithStances() {
    Document idx = page("countries/index.html");
    List<Element> tables = idx.select("table");
    assertThat(tables).hasSize(2);
    assertThat(tables.get(0).select("tbody th").eachText())
        .containsExactly("Aland", "Borduria", "Carpania", "Dorland", "Estalia");
    assertThat(tables.get(0).select("tbody tr").get(1).select("td .stance").text()).isEqualTo("no objection");
    assertThat(tables.get(0).select("tbody tr").get(4).select("td .stance").text()).isEqualTo("no stance on record");
    assertThat(tables.get(1).select("tbody th").eachText()).containsExactly("Zubrowka");
  }

  @Test
  void countryPageShowsMembershipAndStanceHistory() {
    Document bb = page("countries/bb/index.html");
    assertThat(bb.select("h1").text()).isEqualTo("Borduria");
    assertThat(texts(bb, ".stance-steps li"))
        .containsExactly(
            "22 February 2024: no objection — The Council (for all members) does not object to Ada Candidate",
            "1 March 2024: opposes — Government of Borduria opposes Ada Candidate",
            "May 2024: no objection (on condition: guarantees on the budget) — "
                + "unnamed Bordurian official does not object to Ada Candidate");
    assertThat(bb.select("section[aria-labelledby=statements-h] article")).hasSize(3);
    Document ee = page("countries/ee/index.html");
    assertThat(texts(ee, "section[aria-labelledby=membership-h] li")).containsExactly("7 March 2024 – present");
  }

  @Test
  void actorPageShowsRolesStatementsAndMentions() {
    Document cand = page("actors/cand/index.html");
    assertThat(cand.select(".lede").text()).isEqualTo("person, Aland");
    assertThat(cand.select("section[aria-labelledby=mentioned-h] .entry-title").eachText())
        .contains("Government of Borduria opposes Ada Candidate");
    Document old = page("actors/old/index.html");
    assertThat(texts(old, "section[aria-labelledby=roles-h] li"))
        .containsExactly("Secretary General 1 October 2014 – 1 January 2019", "Secretary General 1 March 2019 – present");
    Document anon = page("actors/b-official/index.html");
    assertThat(anon.select(".lede .tag").text()).isEqualTo("anonymous");
  }

  @Test
  void statementPermalinkShowsQuoteSourcesAndMentions() {
    Document s = page("statements/b-opposes/index.html");
    assertThat(s.select("h1").text()).isEqualTo("Government of Borduria opposes Ada Candidate");
    assertThat(s.select("blockquote").text()).isEqualTo("“We cannot support her.”");
    assertThat(s.select(".prose strong").text()).isEqualTo("not");
    List<Element> sources = s.select(".sources li");
    assertThat(sources).hasSize(2);
    assertThat(sources.get(0).select("a").eachAttr("href"))
        .containsExactly("../../actors/wire/index.html", "https://example.org/news/b-opposes");
    assertThat(sources.get(0).text()).isEqualTo("The Wire: Borduria says no (1 March 2024)");
    assertThat(sources.get(1).text()).isEqualTo("Daily Planet: https://example.org/planet");
    assertThat(texts(s, "section[aria-labelledby=mentions-h] li")).containsExactly("Ada Candidate");

    Document joint = page("statements/joint/index.html");
    assertThat(joint.select(".facts").text()).contains("On behalf of all 4 members");
    Document forecast = page("statements/pundit-forecast/index.html");
    assertThat(forecast.select("section[aria-labelledby=about-h] a").attr("href"))
        .isEqualTo("../../events/ministers/index.html");
  }

  @Test
  void eventPageShowsWhatWasSaidAboutIt() {
    Document e = page("events/ministers/index.html");
    assertThat(e.select("h1").text()).isEqualTo("Ministers meet");
    assertThat(e.select(".facts").text()).contains("Kind meeting").contains("Status happened").contains("Who The Council");
    assertThat(e.select("section[aria-labelledby=said-h] .entry-title").text())
        .startsWith("Pat Pundit: A forecast that the appointment");
  }

  @Test
  void officePageListsHoldersInSuccession() {
    Document o = page("offices/sg/index.html");
    List<Element> holders = o.select("ol.holders > li");
    assertThat(holders).hasSize(3);
    assertThat(holders.get(1).hasClass("holder-acting")).isTrue();
    assertThat(holders.get(1).select(".tag").text()).isEqualTo("acting");
    assertThat(holders.get(2).select(".tag-current").text()).isEqualTo("in office");
    assertThat(holders.get(2).text()).contains("(term expired)");
    assertThat(o.select(".prose").text()).isEqualTo("The Alliance's top civilian post.");
    assertThat(o.select("figure.picture-tenure svg[role=img]")).hasSize(1);
    assertThat(o.select("article.race figure svg[aria-labelledby]")).hasSize(2); // the race: support chart and tiles
  }

  @Test
  void homeAndTheRaceOfficeShowTheSameTenureStripAndRace() {
    Document home = page("index.html");
    Document office = page("offices/sg/index.html");

    Element tenure = home.selectFirst("svg.baton-tenure");
    assertThat(tenure.attr("aria-labelledby")).isEqualTo("tenure-title tenure-desc");
    assertThat(office.selectFirst("svg.baton-tenure").outerHtml()).isEqualTo(tenure.outerHtml());
    assertThat(office.select("section.races h2").text()).isEqualTo("The race as of 30 June 2024");
    Element race = office.selectFirst("article.race");
    assertThat(race.select("h3 a").text()).isEqualTo("Ada Candidate");
    assertThat(race.select("h3 a").attr("href")).isEqualTo("../../actors/cand/index.html");
    assertThat(race.select(".race-verdict").text()).isEqualTo(home.select("article.race .race-verdict").text());
    assertThat(texts(office, "article.race .counts dd")).containsExactly("0", "4", "0", "0", "1", "5");
    assertThat(race.select(".backers a").eachAttr("href")).contains("../../countries/aa/index.html");
    assertThat(race.select("svg.baton-support").outerHtml()).isEqualTo(home.select("svg.baton-support").outerHtml());
    assertThat(race.select("svg.baton-tiles a").eachAttr("href")).contains("../../countries/aa/index.html");
    for (Document page : List.of(home, office)) {
      assertThat(page.select("[id]").eachAttr("id")).doesNotHaveDuplicates();
    }
  }

  @Test
  void freePageRendersMarkdownAndNeverAnUnsafeLink() {
    Document p = page("method/index.html");
    assertThat(p.select("h1").text()).isEqualTo("How we count");
    assertThat(p.select(".prose table td").eachText()).containsExactly("supports", "yes");
    assertThat(p.select(".prose a").eachAttr("href")).containsExactly("../timeline/index.html");
    assertThat(p.select(".prose").text()).contains("a bad link");
    assertThat(p.select("[href^=javascript]")).isEmpty();
  }

  @Test
  void everyPageLinksOnlyRelativelyAndHasOneMainAndOneH1() {
    for (String path : List.of("index.html", "timeline/index.html", "countries/bb/index.html", "404.html")) {
      Document d = page(path);
      assertThat(d.select("main#main")).as(path).hasSize(1);
      assertThat(d.select("h1")).as(path).hasSize(1);
      assertThat(d.select("a[href^=/]")).as(path).isEmpty();
      assertThat(d.select("a.skip-link").attr("href")).isEqualTo("#main");
    }
  }
}
