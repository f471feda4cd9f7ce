package baton.render.feeds;

import baton.derive.Derived;
import baton.derive.TimelineEntry;
import baton.derive.TimelineEntry.EventEntry;
import baton.derive.TimelineEntry.StatementEntry;
import baton.model.Event;
import baton.model.PartialDate;
import baton.model.Site;
import baton.model.Statement;
import baton.render.Messages;
import baton.render.OutputFile;
import baton.render.Urls;
import baton.render.markdown.Markdown;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * feed.xml: the latest statements and events as an Atom 1.0 feed (RFC 4287), newest first.
 *
 * <ul>
 *   <li>Entries: statements and events in reverse timeline order, the {@value #MAX_ENTRIES} latest. Terms and
 *       accessions are left out: they are implied by offices and countries, not news of their own.
 *   <li>Ids: with a baseUrl, the entry's public address (and the feed's own for the feed); without, a tag URI
 *       (RFC 4151) {@code tag:baton,2024:statement:<id>}, {@code tag:baton,2024:event:<id>},
 *       {@code tag:baton,2024:feed}. Both depend only on the entry's type and id, which fix its page's URL, so an id
 *       never changes when an entry is edited, and two entries never share one. The tag's date is a constant, not
 *       the entry's, so that correcting a date does not make a reader see a new entry.
 *   <li>{@code updated}: the first day of the entry's date at midnight UTC ({@code 2024-10} gives
 *       {@code 2024-10-01T00:00:00Z}); the feed's is its newest entry's, or the first day of asOf when it has none.
 *       Never the time of the build, so that rebuilding gives the same bytes. The date at its precision, in words,
 *       opens each summary.
 *   <li>Links: {@code rel="alternate"} to the entry's page, absolute with a baseUrl, else relative to the feed
 *       (which sits at the output root, as the paths of {@link Urls} do).
 *   <li>Text: titles and summaries are {@code type="text"}; a body is reduced to its words by
 *       {@link Markdown#toPlainText}, never copied as HTML.
 * </ul>
 */
public final class AtomFeed {

  public static final String PATH = Urls.FEED;
  public static final int MAX_ENTRIES = 50;

  static final String ATOM_NS = "http://www.w3.org/2005/Atom";
  static final String TAG_PREFIX = "tag:baton,2024:";

  private final Markdown markdown;

  public AtomFeed(Markdown markdown) {
    this.markdown = Objects.requireNonNull(markdown, "markdown");
  }

  public OutputFile render(Site site, Derived derived, Messages m) {
    SiteAddress address = SiteAddress.of(site);
    EntryWords words = new EntryWords(site, m, markdown);
    List<TimelineEntry> entries = latest(derived.timeline());

    Xml xml = new Xml();
    xml.open("feed", "xmlns", ATOM_NS, "xml:lang", site.settings().language());
    xml.text("id", address.absolute(PATH).orElse(TAG_PREFIX + "feed"));
    xml.text("title", m.get("feed.title", site.settings().title()), "type", "text");
    String description = site.settings().description();
    if (description != null && !description.isBlank()) {
      xml.text("subtitle", description, "type", "text");
    }
    xml.text("updated", timestamp(feedUpdated(entries, derived)));
    xml.open("author").text("name", site.settings().title()).close("author");
    if (address.isKnown()) {
      xml.empty("link", "rel", "self", "type", "application/atom+xml", "href", address.absolute(PATH).get());
    }
    xml.empty("link", "rel", "alternate", "type", "text/html", "href", href(address, Urls.HOME));
    xml.text("generator", "Baton");
    for (TimelineEntry entry : entries) {
      if (entry instanceof StatementEntry s) {
        statement(xml, s.statement(), address, words);
      } else if (entry instanceof EventEntry e) {
        event(xml, e.event(), derived, address, words);
      }
    }
    xml.close("feed");
    return new OutputFile(PATH, xml.bytes());
  }

  /** Statements and events, newest first, at most {@value #MAX_ENTRIES}. */
  static List<TimelineEntry> latest(List<TimelineEntry> timeline) {
    List<TimelineEntry> latest = new ArrayList<>(Math.min(MAX_ENTRIES, timeline.size()));
    for (int i = timeline.size() - 1; i >= 0 && latest.size() < MAX_ENTRIES; i--) {
      TimelineEntry entry = timeline.get(i);
      if (entry instanceof StatementEntry || entry instanceof EventEntry) {
        latest.add(entry);
      }
    }
    return latest;
  }

  private static LocalDate feedUpdated(List<TimelineEntry> entries, Derived derived) {
    LocalDate newest = null;
    for (TimelineEntry entry : entries) {
      LocalDate day = entry.date().start();
      if (newest == null || day.isAfter(newest)) {
        newest = day;
      }
    }
    if (newest != null) {
      return newest;
    }
    return derived.asOf() != null ? derived.asOf().start() : LocalDate.of(1970, 1, 1);
  }

  private void statement(Xml xml, Statement s, SiteAddress address, EntryWords words) {
    Messages m = words.messages();
    List<String> parts = new ArrayList<>();
    parts.add(words.date(s.date()));
    if (s.quote() != null && !s.quote().isBlank()) {
      parts.add(m.get("feed.quote", s.quote().strip()));
    }
    if (s.condition() != null && !s.condition().isBlank()) {
      parts.add(m.get("feed.condition", s.condition().strip()));
    }
    parts.add(words.body(s.markdown()));
    entry(xml, "statement", s.id(), Urls.statement(s.id()), words.statementTitle(s), s.date().date(), parts,
        address, m);
  }

  private void event(Xml xml, Event e, Derived derived, SiteAddress address, EntryWords words) {
    Messages m = words.messages();
    List<String> parts = new ArrayList<>();
    parts.add(m.get("feed.event.when", words.date(e.date()), words.status(derived.statusOf(e))));
    parts.add(words.body(e.markdown()));
    entry(xml, "event", e.id(), Urls.event(e.id()), e.title(), e.date().date(), parts, address, m);
  }

  private static void entry(
      Xml xml, String type, String id, String page, String title, PartialDate date, List<String> summary,
      SiteAddress address, Messages m) {
    xml.open("entry");
    xml.text("id", address.absolute(page).orElse(TAG_PREFIX + type + ":" + id));
    xml.text("title", title, "type", "text");
    xml.text("updated", timestamp(date.start()));
    xml.empty("link", "rel", "alternate", "type", "text/html", "href", href(address, page));
    xml.empty("category", "term", type, "label", m.get("feed.category." + type));
    String text = String.join("\n\n", summary.stream().filter(p -> !p.isBlank()).toList());
    xml.text("summary", text, "type", "text");
    xml.close("entry");
  }

  private static String href(SiteAddress address, String page) {
    return address.absolute(page).orElse(page);
  }

  /** An RFC 3339 date-time: the day at midnight UTC. */
  static String timestamp(LocalDate day) {
    return day + "T00:00:00Z";
  }
}
