package baton.render.svg;

import baton.model.PartialDate;
import baton.render.Messages;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal time axis: days from {@code start} up to (not including) {@code endExclusive} spread evenly from
 * {@code left} to {@code right}, so a day has a width and a one-day term still shows. Ticks fall on round years
 * over long spans and on the first days of months over short ones, as many as fit without their labels touching.
 */
final class TimeScale {

  /** A tick on the axis: the day it marks and its label in the site's language. */
  record Tick(LocalDate day, String label) {}

  /** Spans of at least this many days are marked in years, shorter ones in months. */
  private static final long YEARS_FROM_DAYS = 3 * 365;

  private static final int[] YEAR_STEPS = {1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000};
  private static final int[] MONTH_STEPS = {1, 2, 3, 6, 12};
  /** Room between two tick labels. */
  private static final double LABEL_GAP = 10;

  private final LocalDate start;
  private final LocalDate endExclusive;
  private final double left;
  private final double right;
  private final long days;

  TimeScale(LocalDate start, LocalDate endExclusive, double left, double right) {
    if (!endExclusive.isAfter(start)) {
      throw new IllegalArgumentException("the axis ends (" + endExclusive + ") before it starts (" + start + ")");
    }
    this.start = start;
    this.endExclusive = endExclusive;
    this.left = left;
    this.right = right;
    this.days = ChronoUnit.DAYS.between(start, endExclusive);
  }

  double left() {
    return left;
  }

  double right() {
    return right;
  }

  /** Where the day starts; days outside the axis are held at its ends. */
  double x(LocalDate day) {
    long d = ChronoUnit.DAYS.between(start, day);
    d = Math.max(0, Math.min(days, d));
    return left + (right - left) * d / days;
  }

  /** Where the day ends: the start of the next day. */
  double xAfter(LocalDate day) {
    return x(day.plusDays(1));
  }

  private double unitsPerDay() {
    return (right - left) / days;
  }

  List<Tick> ticks(Messages m, double fontSize) {
    return days >= YEARS_FROM_DAYS ? yearTicks(m, fontSize) : monthTicks(m, fontSize);
  }

  private List<Tick> yearTicks(Messages m, double fontSize) {
    String widest = m.date(PartialDate.ofYear(8888));
    double needed = Svg.textWidth(widest, fontSize, false) + LABEL_GAP;
    int step = YEAR_STEPS[YEAR_STEPS.length - 1];
    for (int candidate : YEAR_STEPS) {
      if (candidate * 365.25 * unitsPerDay() >= needed) {
        step = candidate;
        break;
      }
    }
    List<Tick> ticks = new ArrayList<>();
    for (int year = start.getYear(); year <= endExclusive.getYear(); year++) {
      LocalDate day = LocalDate.of(year, 1, 1);
      if (year % step == 0 && inside(day)) {
        ticks.add(new Tick(day, m.date(PartialDate.ofYear(year))));
      }
    }
    return ticks;
  }

  private List<Tick> monthTicks(Messages m, double fontSize) {
    DateTimeFormatter month = DateTimeFormatter.ofPattern(m.get("picture.axis.monthPattern"), m.locale());
    List<Tick> all = new ArrayList<>();
    double widest = 0;
    for (LocalDate day = start.withDayOfMonth(1); day.isBefore(endExclusive); day = day.plusMonths(1)) {
      if (inside(day)) {
        // January is labelled with its year, so a span across new year says which year each month is in
        String label = day.getMonthValue() == 1 ? m.date(PartialDate.ofYear(day.getYear())) : month.format(day);
        all.add(new Tick(day, label));
        widest = Math.max(widest, Svg.textWidth(label, fontSize, false));
      }
    }
    int step = MONTH_STEPS[MONTH_STEPS.length - 1];
    for (int candidate : MONTH_STEPS) {
      if (candidate * 30.4 * unitsPerDay() >= widest + LABEL_GAP) {
        step = candidate;
        break;
      }
    }
    List<Tick> ticks = new ArrayList<>();
    for (Tick tick : all) {
      if ((tick.day().getMonthValue() - 1) % step == 0) {
        ticks.add(tick);
      }
    }
    return ticks;
  }

  private boolean inside(LocalDate day) {
    return !day.isBefore(start) && day.isBefore(endExclusive);
  }
}
