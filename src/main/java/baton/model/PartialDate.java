package baton.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date that keeps its precision: {@code 2024}, {@code 2024-10} or {@code 2024-10-01}. It stands for a span of
 * days, from {@link #start()} to {@link #end()}; the natural order is the ordering rule of SPEC: start first, then
 * coarser precision first.
 */
public record PartialDate(int year, int month, int day, Precision precision) implements Comparable<PartialDate> {

  private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

  public PartialDate {
    if (precision == null) {
      throw new IllegalArgumentException("precision is required");
    }
    if (year < 1 || year > 9999) {
      throw new IllegalArgumentException("year out of range: " + year);
    }
    switch (precision) {
      case YEAR -> {
        if (month != 0 || day != 0) {
          throw new IllegalArgumentException("a year has no month or day");
        }
      }
      case MONTH -> {
        if (month < 1 || month > 12 || day != 0) {
          throw new IllegalArgumentException("no such month: " + year + "-" + month);
        }
      }
      case DAY -> {
        try {
          LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
          throw new IllegalArgumentException("no such day: " + year + "-" + month + "-" + day, e);
        }
      }
    }
  }

  public static PartialDate ofYear(int year) {
    return new PartialDate(year, 0, 0, Precision.YEAR);
  }

  public static PartialDate ofMonth(int year, int month) {
    return new PartialDate(year, month, 0, Precision.MONTH);
  }

  public static PartialDate of(int year, int month, int day) {
    return new PartialDate(year, month, day, Precision.DAY);
  }

  public static PartialDate of(LocalDate date) {
    return of(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }

  /** Whether the text has the shape of a date, whether or not the date exists. */
  public static boolean hasDateShape(String text) {
    return FORM.matcher(text).matches();
  }

  /**
   * Reads {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}; empty when the text has another shape or names a
   * day or month that does not exist.
   */
  public static Optional<PartialDate> parse(String text) {
    Matcher m = FORM.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      int year = Integer.parseInt(m.group(1));
      if (m.group(2) == null) {
        return Optional.of(ofYear(year));
      }
      int month = Integer.parseInt(m.group(2));
      if (m.group(3) == null) {
        return Optional.of(ofMonth(year, month));
      }
      return Optional.of(of(year, month, Integer.parseInt(m.group(3))));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The first day the date stands for. */
  public LocalDate start() {
    return switch (precision) {
      case YEAR -> LocalDate.of(year, 1, 1);
      case MONTH -> LocalDate.of(year, month, 1);
      case DAY -> LocalDate.of(year, month, day);
    };
  }

  /** The last day the date stands for. */
  public LocalDate end() {
    return switch (precision) {
      case YEAR -> LocalDate.of(year, 12, 31);
      case MONTH -> YearMonth.of(year, month).atEndOfMonth();
      case DAY -> LocalDate.of(year, month, day);
    };
  }

  @Override
  public int compareTo(PartialDate other) {
    return Long.compare(orderKey(), other.orderKey());
  }


  /**
   * A number that orders dates as SPEC does, by their first day, then coarser precision first; equal for equal dates
   * only. {@link #compareTo} compares these, and many entries can be sorted by it without making a LocalDate.
   */
  public long orderKey() {
    int m = precision == Precision.YEAR ? 1 : month;
    int d = precision == Precision.DAY ? day : 1;
    return (((long) year * 16 + m) * 32 + d) * 4 + precision.ordinal();
  }

  /** The date as written: {@code 2024}, {@code 2024-10} or {@code 2024-10-01}. */
  @Override
  public String toString() {
    return switch (precision) {
      case YEAR -> String.format(Locale.ROOT, "%04d", year);
      case MONTH -> String.format(Locale.ROOT, "%04d-%02d", year, month);
      case DAY -> String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day);
    };
  }
}
