package baton.render.feeds;

import baton.derive.Derived;
import baton.derive.TimelineEntry;
import baton.derive.TimelineEntry.EventEntry;
import baton.model.Event;
import baton.model.EventStatus;
import baton.model.PartialDate;
import baton.model.Precision;
import baton.model.Site;
import baton.render.Messages;
import baton.render.OutputFile;
import baton.render.Urls;
import baton.render.markdown.Markdown;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * calendar.ics: the scheduled and expected events (as {@link Derived#statusOf} finds them) as an iCalendar object
 * (RFC 5545), one all-day VEVENT each, in timeline order.
 *
 * <ul>
 *   <li>{@code UID}: {@code <event id>@<host of the baseUrl>}, or {@code <event id>@baton} without one: it depends
 *       only on the event's id, so a calendar that subscribed updates the event instead of adding a second one.
 *   <li>{@code DTSTAMP}: the asOf day at midnight UTC, the site's "today", never the build's clock.
 *   <li>Dates: {@code DTSTART;VALUE=DATE} is the first day of the date, {@code DTEND;VALUE=DATE} the day after its
 *       last (DTEND is exclusive), so {@code 2024-10} spans the whole of October. A date less precise than a day,
 *       approximate, or with the author's own words says so in the SUMMARY: "Summit (October 2024)".
 *   <li>{@code STATUS}: {@code CONFIRMED} for scheduled, {@code TENTATIVE} for expected.
 *   <li>{@code URL}: the event's page, when the site has a baseUrl. {@code DESCRIPTION}: the body as plain text.
 *   <li>No {@code METHOD}: that would make the file a scheduling message (RFC 5546), which for {@code PUBLISH}
 *       requires an ORGANIZER the site does not have; a plain iCalendar object is what calendars subscribe to.
 * </ul>
 */
public final class Calendar {

  public static final String PATH = Urls.CALENDAR;
  static final String PRODID = "-//Baton//Baton succession timeline//EN";
  static final String DEFAULT_HOST = "baton";

  private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

  private final Markdown markdown;

  public Calendar(Markdown markdown) {
    this.markdown = Objects.requireNonNull(markdown, "markdown");
  }

  public OutputFile render(Site site, Derived derived, Messages m) {
    SiteAddress address = SiteAddress.of(site);
    EntryWords words = new EntryWords(site, m, markdown);
    String host = address.host().orElse(DEFAULT_HOST);
    String stamp = stamp(derived);

    Ics ics = new Ics();
    ics.line("BEGIN", "VCALENDAR");
    ics.line("VERSION", "2.0");
    ics.line("PRODID", PRODID);
    ics.line("CALSCALE", "GREGORIAN");
    ics.text("X-WR-CALNAME", m.get("feed.calendar.name", site.settings().title()));
    for (TimelineEntry entry : derived.timeline()) {
      if (entry instanceof EventEntry e && isOnCalendar(derived.statusOf(e.event()))) {
        event(ics, e.event(), derived.statusOf(e.event()), host, stamp, address, words);
      }
    }
    ics.line("END", "VCALENDAR");
    return new OutputFile(PATH, ics.bytes());
  }

  static boolean isOnCalendar(EventStatus status) {
    return status == EventStatus.SCHEDULED || status == EventStatus.EXPECTED;
  }

  private static void event(
      Ics ics, Event e, EventStatus status, String host, String stamp, SiteAddress address, EntryWords words) {
    PartialDate date = e.date().date();
    ics.line("BEGIN", "VEVENT");
    ics.line("UID", e.id() + "@" + host);
    ics.line("DTSTAMP", stamp);
    ics.line("DTSTART;VALUE=DATE", DATE.format(date.start()));
    ics.line("DTEND;VALUE=DATE", DATE.format(date.end().plusDays(1)));
    ics.text("SUMMARY", summary(e, words));
    String body = words.body(e.markdown());
    if (!body.isEmpty()) {
      ics.text("DESCRIPTION", body);
    }
    ics.line("STATUS", status == EventStatus.EXPECTED ? "TENTATIVE" : "CONFIRMED");
    ics.line("TRANSP", "TRANSPARENT");
    address.absolute(Urls.event(e.id())).ifPresent(url -> ics.line("URL", url));
    ics.line("END", "VEVENT");
  }

  /** The title, with the date in words when the calendar's whole days would say more than the author did. */
  private static String summary(Event e, EntryWords words) {
    boolean exactDay =
        e.date().date().precision() == Precision.DAY && !e.date().circa() && e.date().display() == null;
    if (exactDay) {
      return e.title();
    }
    return words.messages().get("feed.calendar.summary", e.title(), words.date(e.date()));
  }

  private static String stamp(Derived derived) {
    LocalDate day = derived.asOfDay() != null ? derived.asOfDay() : LocalDate.of(1970, 1, 1);
    return DATE.format(day) + "T000000Z";
  }
}
