package baton.derive;

import baton.model.Event;
import baton.model.EventStatus;
import java.time.LocalDate;

/** Whether an event has happened or is to come, as of the site's "today". */
public final class EventTiming {

  private EventTiming() {}

  /**
   * The status as written; otherwise {@code happened} when the event's date starts on or before the asOf day, else
   * {@code scheduled}. An event in the asOf month of a month-precise asOf has therefore happened. With no asOf day
   * (nothing in the site is dated, so no event either) every event counts as happened.
   */
  public static EventStatus statusOf(Event event, LocalDate asOfDay) {
    if (event.status() != null) {
      return event.status();
    }
    boolean later = asOfDay != null && startsAfter(event, asOfDay);
    return later ? EventStatus.SCHEDULED : EventStatus.HAPPENED;
  }

  /**
   * Whether the event belongs among those to come: its date starts after the asOf day, or it is (still) scheduled
   * or expected. A cancelled event after the asOf day stays upcoming, so that the call-off can be shown where the
   * event was announced.
   */
  public static boolean isUpcoming(Event event, LocalDate asOfDay) {
    if (asOfDay != null && startsAfter(event, asOfDay)) {
      return true;
    }
    EventStatus status = statusOf(event, asOfDay);
    return status == EventStatus.SCHEDULED || status == EventStatus.EXPECTED;
  }

  private static boolean startsAfter(Event event, LocalDate day) {
    return event.date().date().start().isAfter(day);
  }
}
