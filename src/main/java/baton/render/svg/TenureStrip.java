package baton.render.svg;

import baton.model.Holder;
import baton.model.Office;
import baton.model.PartialDate;
import baton.model.Period;
import baton.render.Messages;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The holders of an office on one time axis: a bar per term, as long as the term, from the first holder's start to
 * the site's "today". Acting terms are hatched on a pale ground and named "acting". Names stand above the bars in a
 * few rows, each joined to its bar by a thin line; a name that finds no room is left out of the drawing, never out
 * of the text alternative, which lists every term.
 */
public final class TenureStrip {

  private static final double MARGIN = 12;
  private static final double NAME_SIZE = 14;
  private static final double TICK_SIZE = 13;
  private static final int MAX_ROWS = 4;
  private static final double ROW_HEIGHT = 19;
  private static final double BAR_HEIGHT = 24;
  /** A term of a few days still shows as a sliver. */
  private static final double MIN_BAR = 2;
  /** Room between two names in one row. */
  private static final double NAME_GAP = 8;
  private static final double EDGE = 2;

  private TenureStrip() {}

  /** One term as drawn: where its bar runs and what it is called. */
  private record Term(int index, Holder holder, String name, double x0, double x1) {
    double length() {
      return x1 - x0;
    }
  }

  /** A name placed in a row above the bars: its span, the row (0 is nearest the bars) and its leader line. */
  private record Label(Term term, String text, int row, double from, double to, double leader, boolean atEnd) {}

  /**
   * Draws the office's holders.
   *
   * @param actorNames actor id to display name; an actor missing from it shows by id
   * @param asOfDay the site's "today", where an open term ends; null to end with the last dated term
   * @param idPrefix starts every id in the picture, unique on the page: a letter, then letters, digits, '-', '_'
   */
  public static String render(
      Office office, Map<String, String> actorNames, LocalDate asOfDay, Messages m, String idPrefix) {
    Objects.requireNonNull(office, "office");
    Objects.requireNonNull(actorNames, "actorNames");
    Objects.requireNonNull(m, "messages");
    String id = Svg.idPrefix(idPrefix);
    String title = m.get("picture.tenure.title", office.name());
    if (office.holders().isEmpty()) {
      String none = m.get("picture.tenure.none");
      SvgWriter w = Svg.open("baton-tenure", id, 40, "img", title, none);
      w.text("text", none, "x", Svg.num(MARGIN), "y", "25", "font-size", Svg.num(NAME_SIZE), "fill", Svg.INK);
      return w.end().finish();
    }

    LocalDate first = firstDay(office.holders());
    LocalDate last = lastDay(office.holders(), asOfDay);
    TimeScale scale = new TimeScale(first, last.plusDays(1), MARGIN, Svg.WIDTH - MARGIN);
    List<Term> terms = terms(office.holders(), actorNames, m, scale, last);
    List<Label> labels = place(terms, m);
    boolean anyActing = terms.stream().anyMatch(t -> t.holder().acting());

    int rows = labels.stream().mapToInt(Label::row).max().orElse(-1) + 1;
    double barY = 6 + rows * ROW_HEIGHT + (rows > 0 ? 6 : 0);
    double axisY = barY + BAR_HEIGHT;
    double legendY = axisY + 46;
    double height = anyActing ? legendY + 22 : axisY + 46;

    PartialDate firstWritten = firstWritten(office.holders());
    String description =
        m.get("picture.tenure.desc", m.date(firstWritten), m.date(PartialDate.of(last)), describe(terms, m));
    SvgWriter w = Svg.open("baton-tenure", id, height, "img", title, description);
    if (anyActing) {
      w.start("defs");
      Texture.HATCH.define(w, id);
      w.end();
    }
    w.empty("rect", "class", "strip-track", "x", Svg.num(scale.left()), "y", Svg.num(barY),
        "width", Svg.num(scale.right() - scale.left()), "height", Svg.num(BAR_HEIGHT), "fill", Palette.PALE);
    drawBars(w, terms, id, barY, m);
    drawLabels(w, labels, rows, barY);
    drawAxis(w, scale, m, axisY, firstWritten, last);
    if (anyActing) {
      drawLegend(w, id, m, legendY);
    }
    return w.end().finish();
  }

  private static LocalDate firstDay(List<Holder> holders) {
    return firstWritten(holders).start();
  }

  /** The earliest start as written, precision kept: "1952" stays a year. */
  private static PartialDate firstWritten(List<Holder> holders) {
    return holders.stream().map(h -> h.term().from()).min(Comparator.naturalOrder()).orElseThrow();
  }

  /** The axis runs to "today", or further if a term is dated beyond it; with no "today", to the last date known. */
  private static LocalDate lastDay(List<Holder> holders, LocalDate asOfDay) {
    LocalDate last = asOfDay;
    for (Holder h : holders) {
      LocalDate end = h.term().isOpen() ? h.term().firstDay() : h.term().lastDay();
      if (last == null || end.isAfter(last)) {
        last = end;
      }
    }
    return last;
  }

  private static List<Term> terms(
      List<Holder> holders, Map<String, String> actorNames, Messages m, TimeScale scale, LocalDate last) {
    List<Term> terms = new ArrayList<>();
    for (int i = 0; i < holders.size(); i++) {
      Holder h = holders.get(i);
      Period p = h.term();
      String person = actorNames.getOrDefault(h.actor(), h.actor());
      String name = h.acting() ? m.get("picture.tenure.actingName", person) : person;
      double x0 = scale.x(p.firstDay());
      double x1;
      if (p.isOpen()) {
        x1 = scale.xAfter(last);
      } else if (i + 1 < holders.size() && !holders.get(i + 1).term().firstDay().isAfter(p.lastDay())) {
        // the day a successor takes office is the successor's (SPEC, countries)
        x1 = scale.x(holders.get(i + 1).term().firstDay());
      } else {
        x1 = scale.xAfter(p.lastDay());
      }
      if (x1 - x0 < MIN_BAR) {
        double middle = (x0 + x1) / 2;
        x0 = Math.max(scale.left(), Math.min(scale.right() - MIN_BAR, middle - MIN_BAR / 2));
        x1 = x0 + MIN_BAR;
      }
      terms.add(new Term(i, h, name, x0, x1));
    }
    return terms;
  }

  /**
   * Places names row by row, the holder of the last term first, then longer terms before shorter ones. A name takes
   * the row nearest the bars where it overlaps no other name, its leader line crosses no name below it, and no
   * leader from above crosses it.
   */
  private static List<Label> place(List<Term> terms, Messages m) {
    List<Term> order = new ArrayList<>(terms);
    Term lastTerm = terms.get(terms.size() - 1);
    order.sort(Comparator.comparing((Term t) -> t != lastTerm)
        .thenComparing(Comparator.comparingDouble(Term::length).reversed())
        .thenComparingInt(Term::index));
    List<Label> placed = new ArrayList<>();
    for (Term t : order) {
      double width = Svg.textWidth(t.name(), NAME_SIZE, false);
      double leader = t.x0() + Math.min(3, t.length() / 2);
      double from = leader - 1;
      double to = from + width;
      boolean atEnd = false;
      if (to > Svg.WIDTH - EDGE) {
        leader = t.x1() - Math.min(3, t.length() / 2);
        to = Math.min(Svg.WIDTH - EDGE, leader + 1);
        from = to - width;
        atEnd = true;
      }
      if (from < EDGE) {
        continue;
      }
      for (int row = 0; row < MAX_ROWS; row++) {
        Label candidate = new Label(t, t.name(), row, from, to, leader, atEnd);
        if (fits(candidate, placed)) {
          placed.add(candidate);
          break;
        }
      }
    }
    placed.sort(Comparator.comparingInt(l -> l.term().index()));
    return placed;
  }

  private static boolean fits(Label c, List<Label> placed) {
    for (Label p : placed) {
      if (p.row() == c.row() && c.from() < p.to() + NAME_GAP && p.from() < c.to() + NAME_GAP) {
        return false;
      }
      if (p.row() < c.row() && c.leader() >= p.from() - 2 && c.leader() <= p.to() + 2) {
        return false;
      }
      if (p.row() > c.row() && p.leader() >= c.from() - 2 && p.leader() <= c.to() + 2) {
        return false;
      }
    }
    return true;
  }

  private static void drawBars(SvgWriter w, List<Term> terms, String id, double y, Messages m) {
    // acting terms last, so that a short one drawn at its minimum width stays on top of its neighbours
    List<Term> order = new ArrayList<>(terms);
    order.sort(Comparator.comparing((Term t) -> t.holder().acting()).thenComparingInt(Term::index));
    w.start("g", "class", "terms");
    for (Term t : order) {
      boolean acting = t.holder().acting();
      String css = "term" + (acting ? " term-acting" : "") + (t.holder().term().isOpen() ? " term-current" : "");
      w.start("g", "class", css);
      w.text("title", termText(t, m));
      String fill = acting ? Palette.PALE_BLUE : (t.index() % 2 == 0 ? Palette.BLUE : Palette.SKY);
      w.empty("rect", "class", "term-bar", "x", Svg.num(t.x0()), "y", Svg.num(y), "width", Svg.num(t.length()),
          "height", Svg.num(BAR_HEIGHT), "fill", fill);
      if (acting) {
        Texture.HATCH.overlay(w, id, t.x0(), y, t.length(), BAR_HEIGHT, null);
      }
      w.end();
    }
    w.end();
  }

  private static void drawLabels(SvgWriter w, List<Label> labels, int rows, double barY) {
    if (labels.isEmpty()) {
      return;
    }
    w.start("g", "class", "term-labels", "font-size", Svg.num(NAME_SIZE), "fill", Svg.INK);
    for (Label l : labels) {
      double baseline = 6 + (rows - 1 - l.row()) * ROW_HEIGHT + 14;
      w.empty("line", "class", "term-leader", "x1", Svg.num(l.leader()), "y1", Svg.num(baseline + 3),
          "x2", Svg.num(l.leader()), "y2", Svg.num(barY), "stroke", Svg.MUTED, "stroke-width", "1");
      w.text("text", l.text(), "class", "term-label" + (l.term().holder().acting() ? " term-acting" : ""),
          "x", Svg.num(l.atEnd() ? l.to() : l.from()), "y", Svg.num(baseline),
          "text-anchor", l.atEnd() ? "end" : null);
    }
    w.end();
  }

  private static void drawAxis(
      SvgWriter w, TimeScale scale, Messages m, double y, PartialDate first, LocalDate last) {
    w.start("g", "class", "axis", "font-size", Svg.num(TICK_SIZE), "fill", Svg.INK);
    for (TimeScale.Tick tick : scale.ticks(m, TICK_SIZE)) {
      double x = scale.x(tick.day());
      w.empty("line", "x1", Svg.num(x), "y1", Svg.num(y), "x2", Svg.num(x), "y2", Svg.num(y + 5),
          "stroke", Svg.MUTED, "stroke-width", "1");
      w.text("text", tick.label(), "x", Svg.num(x), "y", Svg.num(y + 19), "text-anchor", "middle");
    }
    w.text("text", m.date(first), "class", "axis-start", "x", Svg.num(scale.left()),
        "y", Svg.num(y + 37), "fill", Svg.MUTED);
    w.text("text", m.date(PartialDate.of(last)), "class", "axis-end", "x", Svg.num(scale.right()),
        "y", Svg.num(y + 37), "text-anchor", "end", "fill", Svg.MUTED);
    w.end();
  }

  private static void drawLegend(SvgWriter w, String id, Messages m, double y) {
    w.start("g", "class", "legend", "font-size", Svg.num(TICK_SIZE), "fill", Svg.INK);
    w.empty("rect", "class", "term-bar term-acting", "x", Svg.num(MARGIN), "y", Svg.num(y), "width", "24",
        "height", "14", "fill", Palette.PALE_BLUE);
    Texture.HATCH.overlay(w, id, MARGIN, y, 24, 14, null);
    w.text("text", m.get("picture.tenure.acting"), "x", Svg.num(MARGIN + 30), "y", Svg.num(y + 12));
    w.end();
  }

  /** Every term, in order, for the text alternative. */
  private static String describe(List<Term> terms, Messages m) {
    List<String> parts = new ArrayList<>();
    for (Term t : terms) {
      parts.add(termText(t, m));
    }
    return String.join(m.get("picture.list.separator"), parts);
  }

  private static String termText(Term t, Messages m) {
    Period p = t.holder().term();
    String from = circa(m, p.from(), p.fromCirca());
    if (p.isOpen()) {
      return m.get("picture.tenure.termOpen", t.name(), from);
    }
    return m.get("picture.tenure.term", t.name(), from, circa(m, p.to(), p.toCirca()));
  }

  private static String circa(Messages m, PartialDate date, boolean circa) {
    String text = m.date(date);
    return circa ? m.get("picture.date.circa", text) : text;
  }
}
