package baton.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A span of time that includes both ends as written: a reduced-precision {@code from} starts on the first day of
 * its year or month, a reduced-precision {@code to} ends on its last day. A null {@code to} is open (still going).
 */
public record Period(PartialDate from, boolean fromCirca, PartialDate to, boolean toCirca) {

  public Period {
    Objects.requireNonNull(from, "from");
    if (to != null && to.end().isBefore(from.start())) {
      throw new IllegalArgumentException("period ends (" + to + ") before it starts (" + from + ")");
    }
  }

  public static Period of(PartialDate from, PartialDate to) {
    return new Period(from, false, to, false);
  }

  public LocalDate firstDay() {
    return from.start();
  }

  /** The last day inside the period, or null while it is open. */
  public LocalDate lastDay() {
    return to == null ? null : to.end();
  }

  public boolean isOpen() {
    return to == null;
  }

  public boolean contains(LocalDate day) {
    return !day.isBefore(firstDay()) && (to == null || !day.isAfter(lastDay()));
  }

  /** Whether the two periods share at least one day. */
  public boolean overlaps(Period other) {
    LocalDate end = lastDay();
    LocalDate otherEnd = other.lastDay();
    boolean startsBeforeOtherEnds = otherEnd == null || !firstDay().isAfter(otherEnd);
    boolean otherStartsBeforeThisEnds = end == null || !other.firstDay().isAfter(end);
    return startsBeforeOtherEnds && otherStartsBeforeThisEnds;
  }
}
