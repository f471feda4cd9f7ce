package baton.model;

import java.util.Objects;

/**
 * The date of a statement or event: the date as written, whether it is approximate ({@code dateCirca}), and the
 * reader's words to show instead ({@code displayDate}, may be null). The date alone orders the entry.
 */
public record EntryDate(PartialDate date, boolean circa, String display) implements Comparable<EntryDate> {

  public EntryDate {
    Objects.requireNonNull(date, "date");
  }

  public static EntryDate of(PartialDate date) {
    return new EntryDate(date, false, null);
  }

  @Override
  public int compareTo(EntryDate other) {
    return date.compareTo(other.date);
  }

  @Override
  public String toString() {
    return date.toString();
  }
}
