package baton.derive;

import baton.model.Country;
import baton.model.Event;
import baton.model.Holder;
import baton.model.Office;
import baton.model.PartialDate;
import baton.model.Period;
import baton.model.Statement;
import java.util.Comparator;
import java.util.Objects;

/**
 * One entry of the succession timeline: a statement or event as written, or an entry implied by an office's
 * holders (a term's start or end) or a country's membership (an accession). The {@link #key()} names it in
 * data/timeline.json; {@code <n>} counts from 0 in the order the holders or membership periods are written.
 */
public sealed interface TimelineEntry {

  /**
   * The ordering rule of SPEC 2: by the start of the date, then coarser precision first (both are
   * {@link PartialDate#compareTo}), then id, then key. Implied entries have no id of their own and use their key,
   * which puts a term's end before the next term's start on the same day ({@code term-end} sorts before
   * {@code term-start}); the key last makes the order total when a statement and an event share date and id.
   */
  Comparator<TimelineEntry> ORDER =
      (a, b) -> {
        int c = a.date().compareTo(b.date());
        return c != 0 ? c : TimelineEntry.SAME_DATE.compare(a, b);
      };

  /** The ordering rule between entries of the same date: by id, then key. */
  Comparator<TimelineEntry> SAME_DATE =
      (a, b) -> {
        int c = a.sortId().compareTo(b.sortId());
        return c != 0 ? c : a.key().compareTo(b.key());
      };

  /** {@code statement:<id>}, {@code event:<id>}, {@code term-start:<office>:<n>}, ... */
  String key();

  /** Whether {@code key} is {@code prefix} then {@code id}, checked without making that text. */
  private static boolean isKey(String key, String prefix, String id) {
    return key.length() == prefix.length() + id.length() && key.startsWith(prefix) && key.endsWith(id);
  }

  /** The date that places the entry, with its precision as written. */
  PartialDate date();

  /** The id the ordering rule compares after the date: the entry's id, or its key for an implied entry. */
  String sortId();

  /** A statement; its key is made once, since pages look entries up by it. */
  record StatementEntry(Statement statement, String key) implements TimelineEntry {
    public StatementEntry {
      if (!isKey(key, "statement:", statement.id())) {
        throw new IllegalArgumentException("the key of statement " + statement.id() + " is statement:<id>, not " + key);
      }
    }

    public StatementEntry(Statement statement) {
      this(Objects.requireNonNull(statement, "statement"), "statement:" + statement.id());
    }

    @Override
    public PartialDate date() {
      return statement.date().date();
    }

    @Override
    public String sortId() {
      return statement.id();
    }
  }

  /** An event; its key is made once, since pages look entries up by it. */
  record EventEntry(Event event, String key) implements TimelineEntry {
    public EventEntry {
      if (!isKey(key, "event:", event.id())) {
        throw new IllegalArgumentException("the key of event " + event.id() + " is event:<id>, not " + key);
      }
    }

    public EventEntry(Event event) {
      this(Objects.requireNonNull(event, "event"), "event:" + event.id());
    }

    @Override
    public PartialDate date() {
      return event.date().date();
    }

    @Override
    public String sortId() {
      return event.id();
    }
  }

  /** The start of the {@code index}-th term in the office's list of holders. */
  record TermStart(Office office, int index, Holder holder) implements TimelineEntry {
    public TermStart {
      Objects.requireNonNull(office, "office");
      Objects.requireNonNull(holder, "holder");
    }

    @Override
    public String key() {
      return "term-start:" + office.id() + ":" + index;
    }

    @Override
    public PartialDate date() {
      return holder.term().from();
    }

    @Override
    public String sortId() {
      return key();
    }
  }

  /** The end of the {@code index}-th term; only terms with a {@code to} have one. */
  record TermEnd(Office office, int index, Holder holder) implements TimelineEntry {
    public TermEnd {
      Objects.requireNonNull(office, "office");
      Objects.requireNonNull(holder, "holder");
      if (holder.term().to() == null) {
        throw new IllegalArgumentException("a term still running has no end");
      }
    }

    @Override
    public String key() {
      return "term-end:" + office.id() + ":" + index;
    }

    @Override
    public PartialDate date() {
      return holder.term().to();
    }

    @Override
    public String sortId() {
      return key();
    }
  }

  /** The start of the {@code index}-th membership period in the country's list. */
  record Accession(Country country, int index, Period period) implements TimelineEntry {
    public Accession {
      Objects.requireNonNull(country, "country");
      Objects.requireNonNull(period, "period");
    }

    @Override
    public String key() {
      return "accession:" + country.id() + ":" + index;
    }

    @Override
    public PartialDate date() {
      return period.from();
    }

    @Override
    public String sortId() {
      return key();
    }
  }
}
