package baton.render.svg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import baton.render.Messages;
import baton.render.svg.MemberTiles.Tile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MemberTilesTest {

  private static String rutte(Messages m) {
    return MemberTiles.render("Mark Rutte", Samples.rutteTiles(), m, "nl-tiles");
  }

  @Test
  void isAnImageNamedByItsTitleAndDescription() {
    SvgDom svg = SvgDom.parse(rutte(Samples.english())).assertPicture("nl-tiles");

    assertThat(svg.root().getAttribute("role")).isEqualTo("img");
    assertThat(svg.title()).isEqualTo("Where the members stand on Mark Rutte");
  }

  @Test
  void drawsOneTilePerMemberInTheOrderOfTheirCodes() {
    SvgDom svg = SvgDom.parse(rutte(Samples.english()));

    List<String> codes = svg.texts("//s:g[@class='tiles']/*/s:text[@class='tile-code']");
    assertThat(codes).hasSize(32).isSorted().startsWith("AL", "BE", "BG").endsWith("TR", "US");
  }

  @Test
  void eachTileShowsItsStanceByClassColourAndLetterAndNamesItOnHover() {
    SvgDom svg = SvgDom.parse(rutte(Samples.english()));

    assertThat(svg.texts("//s:g[contains(@class, 'tile ')]/s:title"))
        .contains("Netherlands: supports", "Hungary: opposes", "Türkiye: undecided", "Norway: no objection",
            "Albania: no stance");
    assertThat(svg.all("//s:g[@class='tile stance-supports']")).hasSize(8);
    assertThat(svg.all("//s:g[@class='tile stance-none']")).hasSize(20);
    assertThat(svg.one("//s:g[s:title='Netherlands: supports']/s:rect").getAttribute("fill")).isEqualTo("#0072B2");
    assertThat(svg.one("//s:g[s:title='Netherlands: supports']/s:text[@class='tile-letter']").getTextContent())
        .isEqualTo("S");
    assertThat(svg.one("//s:g[s:title='Hungary: opposes']/s:text[@class='tile-letter']").getTextContent())
        .isEqualTo("O");
  }

  @Test
  void stancesThatTurnTheSameGreyAlsoDifferByPattern() {
    SvgDom svg = SvgDom.parse(rutte(Samples.english()));

    assertThat(svg.one("//s:g[s:title='Hungary: opposes']/s:rect[@class='texture texture-stripes']")
        .getAttribute("fill")).isEqualTo("url(#nl-tiles-stripes)");
    assertThat(svg.one("//s:g[s:title='Türkiye: undecided']/s:rect[@class='texture texture-dots']")
        .getAttribute("fill")).isEqualTo("url(#nl-tiles-dots)");
    assertThat(svg.all("//s:g[@class='tile stance-supports']/s:rect[contains(@class, 'texture')]")).isEmpty();
    assertThat(svg.all("//s:g[@class='tile stance-none']/s:rect[@stroke-dasharray]")).hasSize(20);
  }

  @Test
  void textOnEveryTileHasEnoughContrast() {
    SvgDom svg = SvgDom.parse(rutte(Samples.english()));

    for (var text : svg.all("//s:g[@class='tiles']//s:text[not(@aria-hidden)]")) {
      String ground = ((org.w3c.dom.Element) text.getParentNode()).getElementsByTagNameNS(SvgDom.SVG, "rect").item(0)
          .getAttributes().getNamedItem("fill").getNodeValue();
      assertThat(Contrast.ratio(text.getAttribute("fill"), ground)).as(text.getTextContent() + " on " + ground)
          .isGreaterThanOrEqualTo(4.5);
    }
  }

  @Test
  void theLegendCountsEachStance() {
    SvgDom svg = SvgDom.parse(rutte(Samples.english()));

    assertThat(svg.texts("//s:g[contains(@class, 'legend-item')]/s:text[not(contains(@class, 'legend-letter'))]"))
        .containsExactly("supports (8)", "no objection (2)", "undecided (1)", "opposes (1)", "no stance (20)");
  }

  @Test
  void textAlternativeListsTheCountriesByStance() {
    String desc = SvgDom.parse(rutte(Samples.english())).desc();

    assertThat(desc).isEqualTo("32 members. "
        + "Supports (8): Belgium, Canada, Germany, France, United Kingdom, Italy, Netherlands, United States. "
        + "No objection (2): Denmark, Norway. Undecided (1): Türkiye. Opposes (1): Hungary. "
        + "No stance (20): Albania, Bulgaria, Czechia, Estonia, Spain, Finland, Greece, Croatia, Iceland, "
        + "Lithuania, Luxembourg, Latvia, Montenegro, North Macedonia, Poland, Portugal, Romania, Sweden, "
        + "Slovenia, Slovakia.");
  }

  @Test
  void speaksFrench() {
    SvgDom svg = SvgDom.parse(rutte(Samples.french())).assertPicture("nl-tiles");

    assertThat(svg.title()).isEqualTo("Position des membres sur Mark Rutte");
    assertThat(svg.desc()).startsWith("32 membres. Soutient (8)\u00A0: Belgium")
        .contains("Indécis (1)\u00A0: Türkiye. S’oppose (1)\u00A0: Hungary. Sans position (20)");
    assertThat(svg.texts("//s:g[contains(@class, 'tile ')]/s:title")).contains("Hungary\u00A0: s’oppose");
    assertThat(svg.one("//s:g[s:title='Türkiye\u00A0: indécis']/s:text[@class='tile-letter']").getTextContent())
        .isEqualTo("I");
    assertThat(svg.texts("//s:g[contains(@class, 'legend-item')]/s:text[not(contains(@class, 'legend-letter'))]"))
        .contains("pas d’objection (2)", "sans position (20)");
  }

  @Test
  void tilesLinkToCountryPagesAndThePictureBecomesAGroupSoTheLinksStayReachable() {
    List<Tile> tiles = MemberTiles.tiles(Samples.rutteByCountry(), Samples.natoCountries(),
        id -> "../countries/" + id + "/index.html?a=1&b=2");

    String source = MemberTiles.render("Mark Rutte", tiles, Samples.english(), "p");
    SvgDom svg = SvgDom.parse(source).assertPicture("p");

    assertThat(svg.root().getAttribute("role")).isEqualTo("group");
    assertThat(svg.all("//s:a")).hasSize(32);
    assertThat(svg.one("//s:a[s:title='Netherlands: supports']").getAttribute("href"))
        .isEqualTo("../countries/nl/index.html?a=1&b=2");
    assertThat(source).contains("href=\"../countries/nl/index.html?a=1&amp;b=2\"");
  }

  @Test
  void refusesLinksThatCouldRunScript() {
    assertThatThrownBy(() -> new Tile("nl", "NL", "Netherlands", "supports", "javascript:alert(1)"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Tile("nl", "NL", "Netherlands", "supports", " JavaScript:alert(1)".strip()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new Tile("nl", "NL", "Netherlands", "supports", "https://example.org/nl").href())
        .isEqualTo("https://example.org/nl");
  }

  @Test
  void refusesAnUnknownStance() {
    assertThatThrownBy(() -> new Tile("nl", "NL", "Netherlands", "support", null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown stance 'support'");
  }

  @Test
  void tilesKeepTheOrderGiven() {
    List<Tile> tiles = List.of(
        new Tile("se", "SE", "Sweden", "supports", null), new Tile("al", "AL", "Albania", "opposes", null));

    SvgDom svg = SvgDom.parse(MemberTiles.render("X", tiles, Samples.english(), "p")).assertPicture("p");

    assertThat(svg.texts("//s:text[@class='tile-code']")).containsExactly("SE", "AL");
    assertThat(svg.desc()).isEqualTo("2 members. Supports (1): Sweden. Opposes (1): Albania.");
  }

  @Test
  void aCountryMissingFromTheMapShowsById() {
    List<Tile> tiles = MemberTiles.tiles(Map.of("xk", "undecided"), Map.of(), null);

    assertThat(tiles).containsExactly(new Tile("xk", "XK", "xk", "undecided", null));
  }

  @Test
  void escapesNamesAndCodes() {
    String evil = "<script>&\"'";
    List<Tile> tiles = List.of(new Tile("x", "<&", evil, "none", null));

    String source = MemberTiles.render(evil, tiles, Samples.english(), "p");
    SvgDom svg = SvgDom.parse(source).assertPicture("p");

    assertThat(source).doesNotContain("<script").doesNotContain("<&");
    assertThat(svg.one("//s:g[contains(@class, 'tile ')]/s:title").getTextContent()).isEqualTo(evil + ": no stance");
    assertThat(svg.one("//s:text[@class='tile-code']").getTextContent()).isEqualTo("<&");
    assertThat(svg.title()).isEqualTo("Where the members stand on " + evil);
  }

  @Test
  void noMembersNoTiles() {
    SvgDom svg = SvgDom.parse(MemberTiles.render("X", List.of(), Samples.english(), "p")).assertPicture("p");

    assertThat(svg.desc()).isEqualTo("No members.");
    assertThat(svg.all("//s:g[@class='tiles']/*")).isEmpty();
  }

  @Test
  void sameInputSameString() {
    assertThat(rutte(Samples.french())).isEqualTo(rutte(Samples.french()));
  }

  @Test
  void picturesWithDifferentPrefixesShareAPageWithoutSharingIds() {
    SvgDom a = SvgDom.parse(MemberTiles.render("X", Samples.rutteTiles(), Samples.english(), "a"));
    SvgDom b = SvgDom.parse(MemberTiles.render("X", Samples.rutteTiles(), Samples.english(), "b"));

    List<String> idsA = a.all("//*[@id]").stream().map(e -> e.getAttribute("id")).toList();
    List<String> idsB = b.all("//*[@id]").stream().map(e -> e.getAttribute("id")).toList();
    assertThat(idsA).isNotEmpty().doesNotContainAnyElementsOf(idsB);
  }
}
