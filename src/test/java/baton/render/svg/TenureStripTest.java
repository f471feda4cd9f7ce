package baton.render.svg;

import static baton.render.svg.Samples.holder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import baton.model.Office;
import baton.model.Rule;
import baton.render.Messages;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class TenureStripTest {

  private static String nato() {
    return TenureStrip.render(Samples.nato(), Samples.natoNames(), Samples.AS_OF, Samples.english(), "sg");
  }

  private static double number(Element e, String attribute) {
    return Double.parseDouble(e.getAttribute(attribute));
  }

  @Test
  void isAnImageNamedByItsTitleAndDescription() {
    SvgDom svg = SvgDom.parse(nato()).assertPicture("sg");

    assertThat(svg.root().getAttribute("role")).isEqualTo("img");
    assertThat(svg.title()).isEqualTo("Secretary General of NATO: holders over time");
  }

  @Test
  void drawsOneBarPerTerm() {
    SvgDom svg = SvgDom.parse(nato());

    assertThat(svg.all("//s:g[contains(concat(' ', @class, ' '), ' term ')]")).hasSize(17);
    assertThat(svg.all("//s:rect[@class='term-bar']")).hasSize(17);
  }

  @Test
  void marksActingTermsWithHatchingAndTheWordActing() {
    SvgDom svg = SvgDom.parse(nato());

    assertThat(svg.all("//s:g[contains(@class, 'term-acting')]")).hasSize(3);
    assertThat(svg.all("//s:g[contains(@class, 'term-acting')]"
        + "[s:title[contains(., '(acting)')]][s:rect[@fill='url(#sg-hatch)']]")).hasSize(3);
    assertThat(svg.texts("//s:g[@class='legend']/s:text")).containsExactly("acting");
    assertThat(svg.one("//s:pattern").getAttribute("id")).isEqualTo("sg-hatch");
  }

  @Test
  void regularTermsAreSolidAndNotCalledActing() {
    SvgDom svg = SvgDom.parse(nato());

    List<String> titles = svg.texts("//s:g[@class='term' or @class='term term-current']/s:title");
    assertThat(titles).hasSize(14).noneMatch(t -> t.contains("acting"));
    assertThat(svg.all("//s:g[@class='term']/s:rect")).allMatch(r -> r.getAttribute("fill").startsWith("#"));
  }

  @Test
  void textAlternativeListsEveryHolderWithTheirTerm() {
    String desc = SvgDom.parse(nato()).desc();

    assertThat(desc).startsWith("Holders from 4 April 1952 to 1 October 2024: Hastings Ismay, 4 April 1952 – 16 May 1957; ");
    assertThat(desc).contains(
        "Sergio Balanzino (acting), 13 August 1994 – 17 October 1994; Willy Claes, 17 October 1994 – 20 October 1995",
        "Jens Stoltenberg, 1 October 2014 – 1 October 2024; Mark Rutte, since 1 October 2024.");
    for (String name : Samples.natoNames().values()) {
      assertThat(desc).contains(name);
    }
  }

  @Test
  void datesInTheTextAlternativeKeepTheirPrecision() {
    Office office = Samples.office(Rule.CONSENSUS, List.of(
        holder("a", "1952", "1957-05", false),
        new baton.model.Holder("b", new baton.model.Period(Samples.date("1957-06"), true, null, false), false,
            null, null)));

    String desc = SvgDom.parse(
        TenureStrip.render(office, Map.of("a", "Anna", "b", "Bo"), LocalDate.of(1960, 1, 1), Samples.english(), "p"))
        .assertPicture("p").desc();

    assertThat(desc).isEqualTo("Holders from 1952 to 1 January 1960: Anna, 1952 – May 1957; Bo, since c. June 1957.");
  }

  /** {@code count} holders h1, h2 ... of two years each from 1800, the last still in office. */
  private static String terms(int count, Messages m) {
    List<baton.model.Holder> holders = new ArrayList<>();
    Map<String, String> names = new HashMap<>();
    for (int i = 1; i <= count; i++) {
      int from = 1800 + 2 * (i - 1);
      holders.add(holder("h" + i, Integer.toString(from), i == count ? null : Integer.toString(from + 2), false));
      names.put("h" + i, "H" + i);
    }
    return TenureStrip.render(Samples.office(Rule.CONSENSUS, holders), names, LocalDate.of(2000, 1, 1), m, "p");
  }

  @Test
  void anOfficeOfManyHoldersIsToldByItsFirstHowManyFollowAndTheLatestTen() {
    String desc = SvgDom.parse(terms(30, Samples.english())).assertPicture("p").desc();

    assertThat(desc).isEqualTo("Holders from 1800 to 1 January 2000: H1, 1800 – 1802; "
        + "19 more terms, 1802 – 1840, not listed here; "
        + "H21, 1840 – 1842; H22, 1842 – 1844; H23, 1844 – 1846; H24, 1846 – 1848; H25, 1848 – 1850; "
        + "H26, 1850 – 1852; H27, 1852 – 1854; H28, 1854 – 1856; H29, 1856 – 1858; H30, since 1858.");
  }

  @Test
  void upToTwentyFourTermsAreEachNamed() {
    String twentyFour = SvgDom.parse(terms(24, Samples.english())).desc();
    String twentyFive = SvgDom.parse(terms(25, Samples.english())).desc();

    assertThat(twentyFour).doesNotContain("not listed");
    for (int i = 1; i <= 24; i++) {
      assertThat(twentyFour).contains("H" + i + ", ");
    }
    assertThat(twentyFive).contains("H1, 1800 – 1802; 14 more terms, 1802 – 1830, not listed here; H16, 1830 – 1832; ")
        .endsWith("H25, since 1848.").doesNotContain("H2,").doesNotContain("H15,");
  }

  @Test
  void manyHoldersInFrench() {
    String desc = SvgDom.parse(terms(30, Samples.french())).desc();

    assertThat(desc).contains("H1, 1800 – 1802\u00A0; 19 autres mandats, 1802 – 1840, non détaillés ici\u00A0; "
        + "H21, 1840 – 1842");
  }

  @Test
  void namesTheCurrentHolderAndOnlyNamesThatFit() {
    SvgDom svg = SvgDom.parse(nato());

    List<String> labels = svg.texts("//s:text[contains(@class, 'term-label')]");
    assertThat(labels).contains("Mark Rutte", "Jens Stoltenberg", "Hastings Ismay");
    assertThat(labels.size()).isLessThan(17);
    assertThat(Samples.natoNames().values()).containsAll(labels);
    assertThat(svg.all("//s:line[@class='term-leader']")).hasSameSizeAs(labels);
  }

  @Test
  void aTermEndsWhereItsSuccessorBegins() {
    SvgDom svg = SvgDom.parse(nato());

    Element stoltenberg = svg.one("//s:g[s:title[starts-with(., 'Jens Stoltenberg')]]/s:rect");
    Element rasmussen = svg.one("//s:g[s:title[starts-with(., 'Anders Fogh')]]/s:rect");
    Element scheffer = svg.one("//s:g[s:title[starts-with(., 'Jaap')]]/s:rect");
    assertThat(number(scheffer, "x") + number(scheffer, "width")).isCloseTo(number(rasmussen, "x"), within());
    // Rasmussen left on 30 September, Stoltenberg came on 1 October: one day apart, no overlap
    assertThat(number(rasmussen, "x") + number(rasmussen, "width")).isLessThanOrEqualTo(number(stoltenberg, "x"));
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(0.11);
  }

  @Test
  void theAxisRunsToTheAsOfDayWithTicksEveryTenYears() {
    SvgDom svg = SvgDom.parse(nato());

    assertThat(svg.texts("//s:g[@class='axis']/s:text[not(@class)]"))
        .containsExactly("1960", "1970", "1980", "1990", "2000", "2010", "2020");
    assertThat(svg.one("//s:text[@class='axis-start']").getTextContent()).isEqualTo("4 April 1952");
    assertThat(svg.one("//s:text[@class='axis-end']").getTextContent()).isEqualTo("1 October 2024");
  }

  @Test
  void aShortSpanIsMarkedInMonths() {
    Office office = Samples.office(Rule.CONSENSUS, List.of(holder("a", "2024-01-15", null, false)));

    SvgDom svg = SvgDom.parse(
        TenureStrip.render(office, Map.of("a", "Anna"), LocalDate.of(2024, 12, 31), Samples.english(), "p"));

    assertThat(svg.texts("//s:g[@class='axis']/s:text[not(@class)]")).contains("Mar", "Jul").doesNotContain("2024");
  }

  @Test
  void speaksFrenchWhenTheSiteDoes() {
    SvgDom svg = SvgDom.parse(
        TenureStrip.render(Samples.nato(), Samples.natoNames(), Samples.AS_OF, Samples.french(), "sg"))
        .assertPicture("sg");

    assertThat(svg.title()).isEqualTo("Secretary General of NATO\u00A0: titulaires successifs");
    assertThat(svg.desc()).contains("Sergio Balanzino (par intérim), 13 août 1994 – 17 octobre 1994",
        "Mark Rutte, 1 octobre 2024 – en fonction");
    assertThat(svg.texts("//s:g[@class='legend']/s:text")).containsExactly("par intérim");
    assertThat(svg.one("//s:text[@class='axis-start']").getTextContent()).isEqualTo("4 avril 1952");
  }

  @Test
  void escapesNamesFromContent() {
    Office office = new Office("x", "Chair & <b>co</b>", null, Rule.CONSENSUS,
        List.of(holder("evil", "2000-01-01", "2010-01-01", false)), null, List.of(), null);
    String evil = "<script>&\"'";

    String svg = TenureStrip.render(office, Map.of("evil", evil), LocalDate.of(2010, 1, 1), Samples.english(), "p");

    SvgDom dom = SvgDom.parse(svg).assertPicture("p");
    assertThat(svg).doesNotContain("<script").contains("&lt;script&gt;&amp;&quot;&#39;");
    assertThat(dom.title()).isEqualTo("Chair & <b>co</b>: holders over time");
    assertThat(dom.desc()).contains(evil + ", 1 January 2000 – 1 January 2010");
    assertThat(dom.texts("//s:text[@class='term-label']")).containsExactly(evil);
  }

  @Test
  void sameInputSameString() {
    assertThat(nato()).isEqualTo(nato());
  }

  @Test
  void anOfficeWithoutHoldersSaysSo() {
    SvgDom svg = SvgDom.parse(TenureStrip.render(
        Samples.office(Rule.CONSENSUS, List.of()), Map.of(), Samples.AS_OF, Samples.english(), "p"))
        .assertPicture("p");

    assertThat(svg.desc()).isEqualTo("No holders on record.");
    assertThat(svg.all("//s:g[contains(@class, 'term')]")).isEmpty();
  }

  @Test
  void withoutAnAsOfDayTheAxisEndsWithTheLastDatedTerm() {
    Office office = Samples.office(Rule.CONSENSUS, List.of(
        holder("a", "2000-01-01", "2004-12-31", false), holder("b", "2005-01-01", "2009-06-30", true)));

    SvgDom svg = SvgDom.parse(TenureStrip.render(office, Map.of(), null, Samples.english(), "p"));

    assertThat(svg.one("//s:text[@class='axis-end']").getTextContent()).isEqualTo("30 June 2009");
    assertThat(svg.desc()).contains("a, 1 January 2000 – 31 December 2004", "b (acting)");
  }

  @Test
  void refusesAnIdPrefixThatCouldBreakTheMarkup() {
    assertThatThrownBy(() -> TenureStrip.render(Samples.nato(), Map.of(), Samples.AS_OF, Samples.english(), "1x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TenureStrip.render(Samples.nato(), Map.of(), Samples.AS_OF, Samples.english(), "a\"b"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
