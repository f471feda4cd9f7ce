package baton.render.feeds;

import static baton.render.feeds.FeedFixture.ENGLISH;
import static baton.render.feeds.FeedFixture.MARKDOWN;
import static baton.render.feeds.FeedFixture.actor;
import static baton.render.feeds.FeedFixture.date;
import static baton.render.feeds.FeedFixture.event;
import static baton.render.feeds.FeedFixture.report;
import static baton.render.feeds.FeedFixture.site;
import static baton.render.feeds.FeedFixture.stance;
import static baton.render.feeds.FeedFixture.statement;
import static org.assertj.core.api.Assertions.assertThat;

import baton.model.EntryDate;
import baton.model.EventStatus;
import baton.model.Stance;
import baton.model.Statement;
import baton.render.Messages;
import baton.render.OutputFile;
import baton.render.TemplateSource;
import baton.render.feeds.FeedFixture.Built;
import baton.render.feeds.FeedFixture.SiteBuilder;
import baton.render.markdown.Markdown;
import java.io.ByteArrayInputStream;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

class AtomFeedTest {

  private static final String ATOM = "http://www.w3.org/2005/Atom";
  /** RFC 3339 date-time, as RFC 4287 section 3.3 requires (upper-case T and Z). */
  private static final Pattern RFC_3339 =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})");

  private static SiteBuilder race() {
    return site()
        .title("NATO race")
        .description("Who backs whom.")
        .asOf("2024-06-30")
        .actors(actor("rutte", "Mark Rutte"), actor("orban", "Viktor Orbán"), actor("politico", "Politico"))
        .statements(
            stance("hu-opposes", "2024-02-22", "orban", "rutte", Stance.OPPOSES),
            stance("hu-supports", "2024-06-18", "orban", "rutte", Stance.SUPPORTS),
            report("politico-report", "2024-04", "politico",
                "Rutte has the backing of more than two thirds of the allies, officials said on Monday", null))
        .events(
            event("summit", "2024-07-09", "Washington summit", null),
            event("decision", "2024-06-26", "North Atlantic Council appoints Rutte", null));
  }

  private static Document render(SiteBuilder builder) {
    return parse(render(builder, ENGLISH));
  }

  private static OutputFile render(SiteBuilder builder, Messages m) {
    Built built = Built.of(builder);
    return new AtomFeed(MARKDOWN).render(built.site(), built.derived(), m);
  }

  @Test
  void theFeedHasEveryElementRfc4287Requires() {
    OutputFile file = render(race(), ENGLISH);
    assertThat(file.path()).isEqualTo("feed.xml");
    Document doc = parse(file);
    Element feed = doc.getDocumentElement();

    assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
    assertThat(feed.getLocalName()).isEqualTo("feed");
    assertThat(only(feed, "id").getTextContent()).isNotBlank();
    assertThat(only(feed, "title").getTextContent()).isEqualTo("NATO race: statements and events");
    assertThat(only(feed, "subtitle").getTextContent()).isEqualTo("Who backs whom.");
    assertRfc3339(only(feed, "updated").getTextContent());
    assertThat(only(only(feed, "author"), "name").getTextContent()).isEqualTo("NATO race");

    List<Element> entries = children(feed, "entry");
    assertThat(entries).hasSize(5);
    for (Element entry : entries) {
      assertThat(only(entry, "id").getTextContent()).isNotBlank();
      assertThat(only(entry, "title").getTextContent()).isNotBlank();
      assertRfc3339(only(entry, "updated").getTextContent());
      assertThat(alternate(entry)).isNotBlank();
    }
    assertThat(new HashSet<>(texts(entries, "id"))).hasSize(5);
  }

  @Test
  void entriesAreNewestFirstAndTheFeedIsAsRecentAsItsNewest() {
    Element feed = render(race()).getDocumentElement();
    List<Element> entries = children(feed, "entry");

    assertThat(texts(entries, "title")).containsExactly(
        "Washington summit",
        "North Atlantic Council appoints Rutte",
        "Viktor Orbán: supports Mark Rutte",
        "Politico: Rutte has the backing of more than two thirds of the allies…",
        "Viktor Orbán: opposes Mark Rutte");
    assertThat(texts(entries, "updated")).containsExactly(
        "2024-07-09T00:00:00Z", "2024-06-26T00:00:00Z", "2024-06-18T00:00:00Z", "2024-04-01T00:00:00Z",
        "2024-02-22T00:00:00Z");
    assertThat(only(feed, "updated").getTextContent()).isEqualTo("2024-07-09T00:00:00Z");
  }

  @Test
  void onlyTheFiftyLatestEntriesAreKept() {
    List<Statement> many = new ArrayList<>();
    for (int day = 1; day <= 60; day++) {
      many.add(stance(String.format("s%02d", day), date("2024-01-01").start().plusDays(day - 1).toString(), "orban",
          "rutte", Stance.UNDECIDED));
    }
    List<Element> entries =
        children(render(site().actors(actor("orban", "Viktor Orbán")).statements(many)).getDocumentElement(),
            "entry");
    assertThat(entries).hasSize(AtomFeed.MAX_ENTRIES);
    assertThat(texts(entries, "id").get(0)).isEqualTo("tag:baton,2024:statement:s60");
    assertThat(texts(entries, "id").get(49)).isEqualTo("tag:baton,2024:statement:s11");
  }

  @Test
  void withABaseUrlIdsAndLinksAreThePagesPublicAddresses() {
    Element feed = render(race().baseUrl("https://example.org/race")).getDocumentElement();
    assertThat(only(feed, "id").getTextContent()).isEqualTo("https://example.org/race/feed.xml");
    assertThat(links(feed))
        .containsExactly("self https://example.org/race/feed.xml", "alternate https://example.org/race/");
    Element summit = children(feed, "entry").get(0);
    assertThat(only(summit, "id").getTextContent()).isEqualTo("https://example.org/race/events/summit/");
    assertThat(alternate(summit)).isEqualTo("https://example.org/race/events/summit/");
  }

  @Test
  void withoutABaseUrlIdsAreTagUrisAndLinksAreRelativeToTheFeed() {
    Element feed = render(race()).getDocumentElement();
    assertThat(only(feed, "id").getTextContent()).isEqualTo("tag:baton,2024:feed");
    assertThat(links(feed)).containsExactly("alternate index.html");
    List<Element> entries = children(feed, "entry");
    assertThat(only(entries.get(0), "id").getTextContent()).isEqualTo("tag:baton,2024:event:summit");
    assertThat(alternate(entries.get(0))).isEqualTo("events/summit/index.html");
    assertThat(only(entries.get(2), "id").getTextContent()).isEqualTo("tag:baton,2024:statement:hu-supports");
    assertThat(alternate(entries.get(2))).isEqualTo("statements/hu-supports/index.html");
  }

  @Test
  void anEntryOfReducedPrecisionIsDatedItsFirstDayAndSaysItsDateInWords() {
    Element feed = render(site()
        .asOf("2024-06-30")
        .events(event("autumn", EntryDate.of(date("2024-10")), "Autumn meeting", null, null),
            event("spring", new EntryDate(date("2025-04-03"), false, "early April"), "Spring meeting",
                EventStatus.EXPECTED, null),
            event("later", new EntryDate(date("2026"), true, null), "Later", null, null)))
        .getDocumentElement();
    List<Element> entries = children(feed, "entry");
    assertThat(texts(entries, "updated"))
        .containsExactly("2026-01-01T00:00:00Z", "2025-04-03T00:00:00Z", "2024-10-01T00:00:00Z");
    assertThat(texts(entries, "summary"))
        .containsExactly("c. 2026 (scheduled)", "early April (expected)", "October 2024 (scheduled)");
  }

  @Test
  void textIsWrittenAsTextNeverAsMarkup() {
    String quote = "<script>alert(\"x\")</script> & 'it' ]]> \u0001done";
    String body = "**Bold** words, a [bad link](javascript:alert(1)) and <b>raw</b> tags.\n\nSecond paragraph.";
    Element feed = render(site()
        .title("A & B <race>")
        .actors(actor("x", "X \"the\" <actor>"))
        .statements(statement("q", EntryDate.of(date("2024-05-05")), "x", null, null, quote, body)))
        .getDocumentElement();

    assertThat(only(feed, "title").getTextContent()).isEqualTo("A & B <race>: statements and events");
    Element entry = only(feed, "entry");
    assertThat(only(entry, "title").getTextContent())
        .isEqualTo("X \"the\" <actor>: <script>alert(\"x\")</script> & 'it' ]]> done");
    Element summary = only(entry, "summary");
    assertThat(summary.getAttribute("type")).isEqualTo("text");
    assertThat(summary.getTextContent()).isEqualTo(
        "5 May 2024\n\n“<script>alert(\"x\")</script> & 'it' ]]> done”\n\n"
            + "Bold words, a bad link and raw tags.\n\nSecond paragraph.");
    assertThat(summary.getChildNodes().getLength()).isEqualTo(1);
    assertThat(summary.getFirstChild().getNodeType()).isEqualTo(Node.TEXT_NODE);
  }

  @Test
  void labelsFollowTheSiteLanguage() {
    Messages french = Messages.load(TemplateSource.builtIn(), "fr");
    Element feed = parse(render(race(), french)).getDocumentElement();
    assertThat(only(feed, "title").getTextContent()).isEqualTo("NATO race : déclarations et événements");
    assertThat(texts(children(feed, "entry"), "title")).contains("Viktor Orbán : s'oppose à Mark Rutte");
    assertThat(texts(children(feed, "entry"), "summary")).contains("9 juillet 2024 (prévu)");
  }

  @Test
  void anEmptySiteStillHasAValidFeedDatedAsOf() {
    Element feed = render(site().asOf("2024-03")).getDocumentElement();
    assertThat(children(feed, "entry")).isEmpty();
    assertThat(only(feed, "updated").getTextContent()).isEqualTo("2024-03-01T00:00:00Z");
  }

  @Test
  void buildingTwiceGivesTheSameBytes() {
    OutputFile once = render(race().baseUrl("https://example.org/"), ENGLISH);
    Built again = Built.of(race().baseUrl("https://example.org/"));
    OutputFile twice = new AtomFeed(new Markdown()).render(again.site(), again.derived(), ENGLISH);
    assertThat(twice.bytes()).isEqualTo(once.bytes());
  }

  // ---- reading the feed with a real, namespace-aware parser ----

  static Document parse(OutputFile file) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory.newDocumentBuilder().parse(new ByteArrayInputStream(file.bytes()));
    } catch (Exception e) {
      throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
    }
  }

  /** The Atom children of an element with that name. */
  static List<Element> children(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && ATOM.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
        found.add(e);
      }
    }
    return found;
  }

  private static Element only(Element parent, String name) {
    List<Element> found = children(parent, name);
    assertThat(found).as("atom:%s in atom:%s", name, parent.getLocalName()).hasSize(1);
    return found.get(0);
  }

  private static List<String> texts(List<Element> elements, String child) {
    return elements.stream().map(e -> only(e, child).getTextContent()).toList();
  }

  private static List<String> links(Element parent) {
    return children(parent, "link").stream().map(l -> l.getAttribute("rel") + " " + l.getAttribute("href")).toList();
  }

  private static String alternate(Element entry) {
    List<Element> alternates =
        children(entry, "link").stream().filter(l -> "alternate".equals(l.getAttribute("rel"))).toList();
    assertThat(alternates).hasSize(1);
    return alternates.get(0).getAttribute("href");
  }

  private static void assertRfc3339(String text) {
    assertThat(text).matches(RFC_3339);
    OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }
}
