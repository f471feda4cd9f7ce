package baton.render.feeds;

import static baton.render.feeds.FeedFixture.ENGLISH;
import static baton.render.feeds.FeedFixture.MARKDOWN;
import static baton.render.feeds.FeedFixture.date;
import static baton.render.feeds.FeedFixture.event;
import static baton.render.feeds.FeedFixture.site;
import static org.assertj.core.api.Assertions.assertThat;

import baton.model.EntryDate;
import baton.model.EventStatus;
import baton.render.OutputFile;
import baton.render.feeds.FeedFixture.Built;
import baton.render.feeds.FeedFixture.SiteBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.UnfoldingReader;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.DateProperty;
import org.junit.jupiter.api.Test;

class CalendarTest {

  private static SiteBuilder race() {
    return site()
        .title("NATO race")
        .asOf("2024-06-30")
        .events(
            event("talks", "2024-05-02", "Early talks", null),
            event("vote", "2024-06-01", "Delayed vote", EventStatus.EXPECTED),
            event("summit", "2024-07-09", "Washington summit", null),
            event("called-off", "2024-08-01", "Called-off meeting", EventStatus.CANCELLED),
            event("autumn", EntryDate.of(date("2024-10")), "Autumn meeting", EventStatus.EXPECTED,
                "The ministers *meet*."),
            event("next-year", EntryDate.of(date("2025")), "Next summit", null, null));
  }

  private static OutputFile render(SiteBuilder builder) {
    Built built = Built.of(builder);
    return new Calendar(MARKDOWN).render(built.site(), built.derived(), ENGLISH);
  }

  @Test
  void theCalendarIsAValidICalendarObject() throws Exception {
    OutputFile file = render(race().baseUrl("https://example.org/race"));
    assertThat(file.path()).isEqualTo("calendar.ics");
    net.fortuna.ical4j.model.Calendar calendar = parse(file);

    assertThat(value(calendar.getProperty(Property.VERSION))).isEqualTo("2.0");
    assertThat(value(calendar.getProperty(Property.PRODID))).isEqualTo(Calendar.PRODID);
    assertThat(value(calendar.getProperty(Property.CALSCALE))).isEqualTo("GREGORIAN");
    assertThat(calendar.validate().hasErrors()).as(calendar.validate().toString()).isFalse();
  }

  @Test
  void onlyScheduledAndExpectedEventsAreOnIt() throws Exception {
    Map<String, VEvent> events = events(render(race()));
    assertThat(events.keySet()).containsExactly("vote@baton", "summit@baton", "autumn@baton", "next-year@baton");
    assertThat(value(events.get("vote@baton").getProperty(Property.STATUS))).isEqualTo("TENTATIVE");
    assertThat(value(events.get("summit@baton").getProperty(Property.STATUS))).isEqualTo("CONFIRMED");
    assertThat(value(events.get("autumn@baton").getProperty(Property.STATUS))).isEqualTo("TENTATIVE");
  }

  @Test
  void uidsCarryTheHostOfTheBaseUrlAndUrlsTheEventPage() throws Exception {
    Map<String, VEvent> events = events(render(race().baseUrl("https://Example.ORG/race/")));
    assertThat(events).containsKey("summit@example.org");
    assertThat(value(events.get("summit@example.org").getProperty(Property.URL)))
        .isEqualTo("https://Example.ORG/race/events/summit/");
    assertThat(events(render(race())).get("summit@baton").getProperty(Property.URL)).isEmpty();
  }

  @Test
  void aDayIsOneWholeDayAndAMonthOrYearSpansAllOfItsDays() throws Exception {
    Map<String, VEvent> events = events(render(race()));

    assertWholeDays(events.get("summit@baton"), "2024-07-09", "2024-07-10");
    assertThat(value(events.get("summit@baton").getProperty(Property.SUMMARY))).isEqualTo("Washington summit");

    assertWholeDays(events.get("autumn@baton"), "2024-10-01", "2024-11-01");
    assertThat(value(events.get("autumn@baton").getProperty(Property.SUMMARY)))
        .isEqualTo("Autumn meeting (October 2024)");
    assertThat(value(events.get("autumn@baton").getProperty(Property.DESCRIPTION))).isEqualTo("The ministers meet.");

    assertWholeDays(events.get("next-year@baton"), "2025-01-01", "2026-01-01");
    assertThat(value(events.get("next-year@baton").getProperty(Property.SUMMARY))).isEqualTo("Next summit (2025)");
  }

  @Test
  void theStampIsTheAsOfDayNotTheClock() {
    assertThat(lines(render(race()))).contains("DTSTAMP:20240630T000000Z");
    assertThat(lines(render(race().asOf("2024-07")))).contains("DTSTAMP:20240731T000000Z");
  }

  @Test
  void textIsEscaped() throws Exception {
    String title = "Talks; Rutte, Kallas \\ NATO\nsecond line\r\nthird\u0007";
    OutputFile file = render(site().asOf("2024-01-01").events(event("talks", "2024-02-01", title, null)));

    assertThat(lines(file)).contains("SUMMARY:Talks\\; Rutte\\, Kallas \\\\ NATO\\nsecond line\\nthird");
    VEvent talks = events(file).get("talks@baton");
    assertThat(value(talks.getProperty(Property.SUMMARY)))
        .isEqualTo("Talks; Rutte, Kallas \\ NATO\nsecond line\nthird");
  }

  @Test
  void longLinesAreFoldedAt75OctetsWithoutSplittingACharacter() throws Exception {
    String title = "Réunion des ministres € 𝄞 北大西洋条約機構 — ".repeat(6).strip();
    OutputFile file = render(site().asOf("2024-01-01").events(event("long", "2024-02-01", title, null)));
    byte[] bytes = file.bytes();

    List<byte[]> physical = physicalLines(bytes);
    for (byte[] line : physical) {
      assertThat(line.length).isLessThanOrEqualTo(75);
      decodeStrictly(line); // a fold inside a character would leave invalid UTF-8 on both sides
    }
    String unfolded = new String(bytes, StandardCharsets.UTF_8).replace("\r\n ", "");
    assertThat(unfolded.split("\r\n")).contains("SUMMARY:" + title);
    assertThat(physical.size()).isGreaterThan(unfolded.split("\r\n").length);
    assertThat(value(events(file).get("long@baton").getProperty(Property.SUMMARY))).isEqualTo(title);
  }

  @Test
  void everyLineEndsWithCrLf() {
    String text = new String(render(race()).bytes(), StandardCharsets.UTF_8);
    assertThat(text).endsWith("END:VCALENDAR\r\n");
    assertThat(text.replace("\r\n", "")).doesNotContain("\r", "\n");
  }

  @Test
  void aSiteWithNothingToComeHasAnEmptyCalendar() throws Exception {
    OutputFile file = render(site().asOf("2024-06-30").events(event("past", "2024-05-02", "Past", null)));
    assertThat(events(file)).isEmpty();
    assertThat(lines(file)).startsWith("BEGIN:VCALENDAR").endsWith("END:VCALENDAR");
  }

  @Test
  void buildingTwiceGivesTheSameBytes() {
    assertThat(render(race().baseUrl("https://example.org")).bytes())
        .isEqualTo(render(race().baseUrl("https://example.org")).bytes());
  }

  // ---- reading the calendar ----

  private static net.fortuna.ical4j.model.Calendar parse(OutputFile file) throws Exception {
    return new CalendarBuilder().build(new ByteArrayInputStream(file.bytes()));
  }

  /** The events by UID, in the order of the file. */
  private static Map<String, VEvent> events(OutputFile file) throws Exception {
    List<VEvent> events = parse(file).getComponents(Component.VEVENT);
    return events.stream()
        .collect(Collectors.toMap(e -> value(e.getProperty(Property.UID)), Function.identity(), (a, b) -> {
          throw new AssertionError("two events with one UID");
        }, LinkedHashMap::new));
  }

  private static void assertWholeDays(VEvent event, String first, String dayAfterLast) {
    DateProperty<?> start = event.<DateProperty<?>>getProperty(Property.DTSTART).orElseThrow();
    DateProperty<?> end = event.<DateProperty<?>>getProperty(Property.DTEND).orElseThrow();
    assertThat(start.getParameter("VALUE")).contains(Value.DATE);
    assertThat(end.getParameter("VALUE")).contains(Value.DATE);
    assertThat(start.getDate()).isEqualTo(LocalDate.parse(first));
    assertThat(end.getDate()).isEqualTo(LocalDate.parse(dayAfterLast));
  }

  private static String value(Optional<? extends Property> property) {
    return property.orElseThrow(() -> new AssertionError("missing property")).getValue();
  }

  /** The content lines, unfolded by ical4j's own unfolding reader. */
  private static List<String> lines(OutputFile file) {
    StringBuilder unfolded = new StringBuilder();
    try (UnfoldingReader reader =
        new UnfoldingReader(new StringReader(new String(file.bytes(), StandardCharsets.UTF_8)))) {
      for (int c = reader.read(); c != -1; c = reader.read()) {
        unfolded.append((char) c);
      }
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return List.of(unfolded.toString().split("\r\n"));
  }

  /** The physical lines, as bytes, without their CRLF; fails on a bare CR or LF. */
  private static List<byte[]> physicalLines(byte[] bytes) {
    List<byte[]> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '\r') {
        assertThat(i + 1 < bytes.length && bytes[i + 1] == '\n').as("CR without LF at %d", i).isTrue();
        lines.add(Arrays.copyOfRange(bytes, start, i));
        start = i + 2;
        i++;
      } else {
        assertThat(bytes[i]).as("LF without CR at %d", i).isNotEqualTo((byte) '\n');
      }
    }
    assertThat(start).as("the file ends with CRLF").isEqualTo(bytes.length);
    return lines;
  }

  private static void decodeStrictly(byte[] line) {
    try {
      StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(line));
    } catch (CharacterCodingException e) {
      throw new AssertionError("a line is not whole UTF-8: " + new String(line, StandardCharsets.UTF_8), e);
    }
  }
}
