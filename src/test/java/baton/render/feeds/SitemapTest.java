package baton.render.feeds;

import static baton.render.feeds.FeedFixture.site;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import baton.model.Site;
import baton.render.OutputFile;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

class SitemapTest {

  private static final String SITEMAPS = "http://www.sitemaps.org/schemas/sitemap/0.9";
  private static final List<String> WRITTEN = List.of(
      "timeline/index.html", "index.html", "404.html", "feed.xml", "calendar.ics", "data/timeline.json",
      "countries/nl/index.html", "about/index.html", "countries/index.html", "baton.css", "about/index.html");

  @Test
  void noBaseUrlNoSitemap() {
    assertThat(new Sitemap().render(site().build(), WRITTEN)).isEmpty();
    assertThat(new Sitemap().render(site().baseUrl("  ").build(), WRITTEN)).isEmpty();
    assertThat(new Sitemap().files(site().build(), WRITTEN)).isEmpty();
  }

  @Test
  void everyPageOnceSortedAbsoluteAndNothingElse() throws Exception {
    Site site = site().baseUrl("https://example.org/race").build();
    OutputFile file = new Sitemap().render(site, WRITTEN).orElseThrow();
    assertThat(new Sitemap().files(site, WRITTEN)).containsExactly(file);
    assertThat(file.path()).isEqualTo("sitemap.xml");
    assertThat(locations(file, "urlset", "url")).containsExactly(
        "https://example.org/race/",
        "https://example.org/race/about/",
        "https://example.org/race/countries/",
        "https://example.org/race/countries/nl/",
        "https://example.org/race/timeline/");
  }

  @Test
  void addressesAreEscaped() throws Exception {
    OutputFile file = new Sitemap().render(site().baseUrl("https://example.org/a&b/").build(), WRITTEN).orElseThrow();
    assertThat(locations(file, "urlset", "url")).first().isEqualTo("https://example.org/a&b/");
    assertThat(new String(file.bytes(), StandardCharsets.UTF_8)).contains("/a&amp;b/");
  }

  @Test
  void moreAddressesThanOneSitemapMayHoldGoThroughAnIndex() throws Exception {
    Site site = site().baseUrl("https://example.org").build();
    List<OutputFile> files = new Sitemap(2).files(site, WRITTEN);
    assertThat(files).extracting(OutputFile::path)
        .containsExactly("sitemap.xml", "sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml");
    assertThat(locations(files.get(0), "sitemapindex", "sitemap")).containsExactly(
        "https://example.org/sitemap-1.xml", "https://example.org/sitemap-2.xml",
        "https://example.org/sitemap-3.xml");
    assertThat(locations(files.get(1), "urlset", "url"))
        .containsExactly("https://example.org/", "https://example.org/about/");
    assertThat(locations(files.get(3), "urlset", "url")).containsExactly("https://example.org/timeline/");
    assertThatThrownBy(() -> new Sitemap(2).render(site, WRITTEN)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void thePathsAreKnownBeforeTheFilesAreMade() {
    Site site = site().baseUrl("https://example.org").build();
    // Five pages (about/index.html twice): one sitemap up to five per file, an index and sitemaps below that.
    for (int max = 1; max <= 6; max++) {
      Sitemap sitemap = new Sitemap(max);
      assertThat(sitemap.paths(site, WRITTEN)).as("at most %d per file", max)
          .isEqualTo(sitemap.files(site, WRITTEN).stream().map(OutputFile::path).toList());
    }
    assertThat(new Sitemap(2).paths(site, WRITTEN)).hasSize(4);
    assertThat(new Sitemap(5).paths(site, WRITTEN)).containsExactly("sitemap.xml");
    assertThat(new Sitemap().paths(site().build(), WRITTEN)).isEmpty();
  }

  @Test
  void buildingTwiceGivesTheSameBytes() {
    Site site = site().baseUrl("https://example.org/").build();
    List<String> reversed = new ArrayList<>(WRITTEN);
    Collections.reverse(reversed);
    assertThat(new Sitemap().render(site, WRITTEN).orElseThrow().bytes())
        .isEqualTo(new Sitemap().render(site, reversed).orElseThrow().bytes());
  }

  /** The {@code loc} of each entry, read with a namespace-aware parser that checks the sitemaps namespace. */
  private static List<String> locations(OutputFile file, String root, String entry) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Element top = factory.newDocumentBuilder().parse(new ByteArrayInputStream(file.bytes())).getDocumentElement();
    assertThat(top.getNamespaceURI()).isEqualTo(SITEMAPS);
    assertThat(top.getLocalName()).isEqualTo(root);
    List<String> locations = new ArrayList<>();
    for (Node child = top.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element e) {
        assertThat(e.getNamespaceURI()).isEqualTo(SITEMAPS);
        assertThat(e.getLocalName()).isEqualTo(entry);
        var locs = e.getElementsByTagNameNS(SITEMAPS, "loc");
        assertThat(locs.getLength()).isEqualTo(1);
        locations.add(locs.item(0).getTextContent());
      }
    }
    return locations;
  }
}
