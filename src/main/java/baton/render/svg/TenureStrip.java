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
  private static final double TICK_SIZE = 14;
  private static final int MAX_ROWS = 4;
  private static final double ROW_HEIGHT = 19;
  private static final double BAR_HEIGHT = 24;
  /** A term of a few days still shows as a sliver. */
  private static final double MIN_BAR = 3;
  /** Room between two names in one row. */
  private static final double NAME_GAP = 8;
  private static final double EDGE = 2;
  /** How far inside its bar a leader line stands, so that it points at one bar and not at the gap. */
  private static final double LEADER_INSET = 5;
  /** Two leader lines closer than this read as one. */
  private static final double LEADER_GAP = 6;

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
    List<Label> labels = place(terms);
    boolean anyActing = terms.stream().anyMatch(t -> t.holder().acting());

    int rows = labels.stream().mapToInt(Label::row).max().orElse(-1) + 1;
    double barY = 6 + rows * ROW_HEIGHT + (rows > 0 ? 6 : 0);
    double axisY = barY + BAR_HEIGHT;
    double legendY = axisY + 48;
    double height = anyActing ? legendY + 24 : axisY + 48;

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
   * Places the names. A name takes a row where it overlaps no other name, its leader line crosses no name below it,
   * and no leader from above crosses it. The current (last) holder and the predecessor matter most, so every
   * position of those two names is tried, and the others are placed around them greedily, longest term first or
   * latest first; the placement that names the current holder wins, then the one that also names the predecessor,
   * then the one naming the most holders, then the lower one. Fewer than twenty terms make this cheap.
   */
  private static List<Label> place(List<Term> terms) {
    int last = terms.size() - 1;
    List<Term> others = terms.subList(0, Math.max(0, last - 1));
    List<List<Term>> orders = List.of(
        sorted(others, Comparator.comparingDouble(Term::length).reversed().thenComparingInt(Term::index)),
        sorted(others, Comparator.comparingInt(Term::index).reversed()));
    List<Label> lastOptions = options(terms.get(last));
    List<Label> previousOptions = last > 0 ? options(terms.get(last - 1)) : new ArrayList<>();
    lastOptions.add(null);
    previousOptions.add(null);
    List<Label> best = null;
    for (Label current : lastOptions) {
      for (Label previous : previousOptions) {
        List<Label> fixed = new ArrayList<>();
        if (current != null) {
          fixed.add(current);
        }
        if (previous != null) {
          if (!fits(previous, fixed)) {
            continue;
          }
          fixed.add(previous);
        }
        for (List<Term> order : orders) {
          List<Label> placed = placeInOrder(order, new ArrayList<>(fixed));
          if (best == null || better(placed, best, last)) {
            best = placed;
          }
        }
      }
    }
    best.sort(Comparator.comparingInt(l -> l.term().index()));
    return best;
  }

  /** Every place a term's name may take, lower rows first. */
  private static List<Label> options(Term t) {
    List<Label> options = new ArrayList<>();
    for (int row = 0; row < MAX_ROWS; row++) {
      for (Label v : variants(t)) {
        options.add(new Label(t, v.text(), row, v.from(), v.to(), v.leader(), v.atEnd()));
      }
    }
    return options;
  }

  private static List<Term> sorted(List<Term> terms, Comparator<Term> order) {
    List<Term> copy = new ArrayList<>(terms);
    copy.sort(order);
    return copy;
  }

  private static boolean better(List<Label> a, List<Label> b, int last) {
    for (int index : new int[] {last, last - 1}) {
      boolean inA = names(a, index);
      if (inA != names(b, index)) {
        return inA;
      }
    }
    if (a.size() != b.size()) {
      return a.size() > b.size();
    }
    return rows(a) < rows(b);
  }

  private static boolean names(List<Label> labels, int index) {
    return labels.stream().anyMatch(l -> l.term().index() == index);
  }

  private static int rows(List<Label> labels) {
    return labels.stream().mapToInt(Label::row).max().orElse(-1) + 1;
  }

  /** Adds the names of the terms in order, each where it first fits, to those already placed. */
  private static List<Label> placeInOrder(List<Term> order, List<Label> placed) {
    for (Term t : order) {
      for (Label candidate : options(t)) {
        if (fits(candidate, placed)) {
          placed.add(candidate);
          break;
        }
      }
    }
    return placed;
  }

  /**
   * Where a name may stand, best first: its leader at the bar's start, end or middle, the name running right or
   * left of the leader; those running off the picture are dropped.
   */
  private static List<Label> variants(Term t) {
    double width = Svg.textWidth(t.name(), NAME_SIZE, false);
    double inset = Math.min(LEADER_INSET, t.length() / 2);
    double start = t.x0() + inset;
    double end = t.x1() - inset;
    List<Label> variants = new ArrayList<>();
    addVariant(variants, t, start, start - 1, start - 1 + width, false);
    addVariant(variants, t, end, end + 1 - width, end + 1, true);
    double middle = (t.x0() + t.x1()) / 2;
    addVariant(variants, t, middle, middle + 1 - width, middle + 1, true);
    addVariant(variants, t, middle, middle - 1, middle - 1 + width, false);
    addVariant(variants, t, start, start + 1 - width, start + 1, true);
    addVariant(variants, t, end, end - 1, end - 1 + width, false);
    return variants;
  }

  private static void addVariant(List<Label> variants, Term t, double leader, double from, double to, boolean atEnd) {
    if (from >= EDGE && to <= Svg.WIDTH - EDGE) {
      variants.add(new Label(t, t.name(), -1, from, to, leader, atEnd));
    }
  }

  private static boolean fits(Label c, List<Label> placed) {
    for (Label p : placed) {
      if (Math.abs(p.leader() - c.leader()) < LEADER_GAP) {
        return false;
      }
      if (p.row() == c.row() && c.from() < p.to() + NAME_GAP && p.from() < c.to() + NAME_GAP) {
        return false;
      }
      if (p.row() < c.row() && c.leader() >= p.from() - 1 && c.leader() <= p.to() + 1) {
        return false;
      }
      if (p.row() > c.row() && p.leader() >= c.from() - 1 && p.leader() <= c.to() + 1) {
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
        "y", Svg.num(y + 38), "fill", Svg.MUTED);
    w.text("text", m.date(PartialDate.of(last)), "class", "axis-end", "x", Svg.num(scale.right()),
        "y", Svg.num(y + 38), "text-anchor", "end", "fill", Svg.MUTED);
    w.end();
  }

  private static void drawLegend(SvgWriter w, String id, Messages m, double y) {
    w.start("g", "class", "legend", "font-size", Svg.num(TICK_SIZE), "fill", Svg.INK);
    w.empty("rect", "class", "term-bar term-acting", "x", Svg.num(MARGIN), "y", Svg.num(y), "width", "24",
        "height", "16", "fill", Palette.PALE_BLUE);
    Texture.HATCH.overlay(w, id, MARGIN, y, 24, 16, null);
    w.text("text", m.get("picture.tenure.acting"), "x", Svg.num(MARGIN + 30), "y", Svg.num(y + 13));
    w.end();
  }

  /**
   * The most terms the text alternative names one by one: beyond them it names the first, says how many follow and
   * over which years, and names the {@link #LATEST} latest (an office held by hundreds is still told in a few
   * sentences; its page lists every holder).
   */
  static final int MAX_TERMS = 24;
  static final int LATEST = 10;

  /** Every term, in order, for the text alternative; past {@link #MAX_TERMS}, the first and the latest. */
  private static String describe(List<Term> terms, Messages m) {
    List<String> parts = Svg.abridged(terms.size(), MAX_TERMS, 1, LATEST, i -> termText(terms.get(i), m),
        (skipFrom, skipTo) -> {
          Period first = terms.get(skipFrom).holder().term();
          Period last = terms.get(skipTo - 1).holder().term();
          String end = last.isOpen() ? circa(m, last.from(), last.fromCirca()) : circa(m, last.to(), last.toCirca());
          return m.get("picture.tenure.skipped", skipTo - skipFrom, circa(m, first.from(), first.fromCirca()), end);
        });
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
