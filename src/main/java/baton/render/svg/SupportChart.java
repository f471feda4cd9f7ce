package baton.render.svg;

import baton.derive.RaceRules;
import baton.derive.RaceStatus;
import baton.derive.SeriesPoint;
import baton.derive.Tally;
import baton.model.PartialDate;
import baton.model.Rule;
import baton.render.Messages;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One candidate's support over time against what the office's rule needs: the members supporting as a stepped area
 * (under consensus, those with no objection stacked on top, since they count too), the number needed as a dashed
 * stepped line that moves when membership changes, and above the plot a band saying when the rule was met, blocked
 * or still open.
 */
public final class SupportChart {

  private static final double LEFT = 38;
  private static final double RIGHT = Svg.WIDTH - 34;
  private static final double BAND_TOP = 24;
  private static final double BAND_HEIGHT = 19;
  private static final double PLOT_TOP = 54;
  private static final double PLOT_BOTTOM = 234;
  private static final double TEXT_SIZE = 14;
  private static final int MAX_GRID_LINES = 5;
  /**
   * The most changes the text alternative states one by one after the figures the chart starts from: beyond them it
   * states the first change, how many follow and over which days, and the {@link #LATEST} latest, so that a race of
   * thousands of stances is still told in a few sentences.
   */
  static final int MAX_POINTS = 16;
  static final int LATEST = 10;

  private SupportChart() {}

  /** The figures from {@code start} through {@code end}, both included. */
  private record Segment(LocalDate start, LocalDate end, Tally tally, RaceStatus status) {}

  /**
   * How many members must agree for the rule to be met: every member under consensus (supporting or not objecting)
   * and unanimity (supporting), more than half under majority, at least two thirds under two-thirds. With 32
   * members: 32, 32, 17 and 22.
   */
  public static int required(Rule rule, int members) {
    if (members < 0) {
      throw new IllegalArgumentException("members cannot be negative: " + members);
    }
    return switch (rule) {
      case CONSENSUS, UNANIMITY -> members;
      case MAJORITY -> members / 2 + 1;
      case TWO_THIRDS -> (2 * members + 2) / 3;
    };
  }

  /**
   * The first day on which some member held a stance on the candidate: where a chart of the race usually starts,
   * since the series itself goes back to the body's founding.
   */
  public static Optional<LocalDate> firstStance(List<SeriesPoint> series) {
    for (SeriesPoint p : series) {
      if (p.tally().none() < p.tally().members()) {
        return Optional.of(p.date());
      }
    }
    return Optional.empty();
  }

  /**
   * Draws the chart from {@code from} through {@code to}. The figures on {@code from} are those of the latest point
   * up to it, so a series that starts long before still draws correctly. Each point's status is counted again
   * under {@code rule}, so band, threshold and text alternative always follow the same rule.
   *
   * @param series the candidate's series ({@code race.series().get(candidate)}), in date order
   * @param idPrefix starts every id in the picture, unique on the page: a letter, then letters, digits, '-', '_'
   */
  public static String render(
      String candidateName, Rule rule, List<SeriesPoint> series, LocalDate from, LocalDate to, Messages m,
      String idPrefix) {
    Objects.requireNonNull(candidateName, "candidateName");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(m, "messages");
    String id = Svg.idPrefix(idPrefix);
    List<Segment> segments = segments(rule, series, from, to);
    TimeScale scale = new TimeScale(from, to.plusDays(1), LEFT, RIGHT);
    int top = yTop(segments);

    double legendTop = PLOT_BOTTOM + 52;
    List<Legend.Item> legend = legendItems(rule, id, m);
    double height = legendHeight(legend, legendTop) + 8;

    String title = m.get("picture.support.title", candidateName);
    SvgWriter w = Svg.open("baton-support", id, height, "img", title, describe(rule, segments, from, to, m));
    w.start("defs");
    Texture.STRIPES.define(w, id);
    w.end();
    w.text("text", m.get("picture.axis.members"), "class", "axis-title", "x", "4", "y", "14",
        "font-size", Svg.num(TEXT_SIZE), "fill", Svg.MUTED);
    drawBand(w, segments, scale, id, m);
    drawGrid(w, top);
    drawSupport(w, rule, segments, scale, top);
    drawThreshold(w, rule, segments, scale, top);
    drawAxis(w, scale, m, from, to);
    Legend.draw(w, legend, LEFT, Svg.WIDTH - 4, legendTop);
    return w.end().finish();
  }

  /** The figures of each stretch of days in the window, starting with those in force on {@code from}. */
  private static List<Segment> segments(Rule rule, List<SeriesPoint> series, LocalDate from, LocalDate to) {
    Objects.requireNonNull(series, "series");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("the chart ends (" + to + ") before it starts (" + from + ")");
    }
    Tally tally = Tally.EMPTY;
    RaceStatus status = RaceStatus.OPEN;
    LocalDate start = from;
    LocalDate previous = null;
    List<Segment> segments = new ArrayList<>();
    for (SeriesPoint p : series) {
      if (previous != null && !p.date().isAfter(previous)) {
        throw new IllegalArgumentException("series out of order at " + p.date());
      }
      previous = p.date();
      if (p.date().isAfter(to)) {
        break;
      }
      if (p.date().isAfter(from)) {
        segments.add(new Segment(start, p.date().minusDays(1), tally, status));
        start = p.date();
      }
      tally = p.tally();
      // counted again under the rule drawn, so that the band always agrees with the threshold line
      status = RaceRules.status(rule, tally);
    }
    segments.add(new Segment(start, to, tally, status));
    return segments;
  }

  /** The top of the count axis: the most members in the window, rounded up to a grid line. */
  private static int yTop(List<Segment> segments) {
    int most = 1;
    for (Segment s : segments) {
      most = Math.max(most, s.tally().members());
    }
    int step = gridStep(most);
    return (most + step - 1) / step * step;
  }

  /** A round step (1, 2, 5, 10, 20, 50 ...) that divides the count axis into at most five. */
  private static int gridStep(int most) {
    int magnitude = 1;
    while (true) {
      for (int f : new int[] {1, 2, 5}) {
        int step = f * magnitude;
        if ((most + step - 1) / step <= MAX_GRID_LINES) {
          return step;
        }
      }
      magnitude *= 10;
    }
  }

  private static double y(int count, int top) {
    return PLOT_BOTTOM - (PLOT_BOTTOM - PLOT_TOP) * count / top;
  }

  private static void drawGrid(SvgWriter w, int top) {
    int step = gridStep(top);
    w.start("g", "class", "grid", "font-size", Svg.num(TEXT_SIZE), "fill", Svg.INK);
    for (int v = 0; v <= top; v += step) {
      double y = y(v, top);
      w.empty("line", "x1", Svg.num(LEFT), "y1", Svg.num(y), "x2", Svg.num(RIGHT), "y2", Svg.num(y),
          "stroke", v == 0 ? Svg.MUTED : Palette.GREY, "stroke-width", "1");
      w.text("text", Integer.toString(v), "x", Svg.num(LEFT - 6), "y", Svg.num(y + 4.5), "text-anchor", "end");
    }
    w.end();
  }

  private static void drawSupport(SvgWriter w, Rule rule, List<Segment> segments, TimeScale scale, int top) {
    List<Double> xs = new ArrayList<>();
    List<Double> supports = new ArrayList<>();
    List<Double> agreeing = new ArrayList<>();
    for (Segment s : segments) {
      xs.add(scale.x(s.start()));
      supports.add(y(s.tally().supports(), top));
      agreeing.add(y(s.tally().supports() + s.tally().noObjection(), top));
    }
    xs.add(scale.xAfter(segments.get(segments.size() - 1).end()));
    List<Double> base = new ArrayList<>();
    for (int i = 0; i < segments.size(); i++) {
      base.add(PLOT_BOTTOM);
    }
    w.start("g", "class", "series");
    if (rule == Rule.CONSENSUS) {
      w.empty("path", "class", "series-no-objection stance-no-objection", "d", band(xs, agreeing, supports),
          "fill", Palette.SKY);
    }
    w.empty("path", "class", "series-supports stance-supports", "d", band(xs, supports, base),
        "fill", Palette.BLUE);
    w.empty("path", "class", "series-supports-line", "d", step(xs, supports), "fill", "none",
        "stroke", Palette.BLUE, "stroke-width", "2");
    w.end();
  }

  private static void drawThreshold(SvgWriter w, Rule rule, List<Segment> segments, TimeScale scale, int top) {
    List<Double> xs = new ArrayList<>();
    List<Double> ys = new ArrayList<>();
    for (Segment s : segments) {
      xs.add(scale.x(s.start()));
      ys.add(y(required(rule, s.tally().members()), top));
    }
    xs.add(scale.xAfter(segments.get(segments.size() - 1).end()));
    Segment last = segments.get(segments.size() - 1);
    int needed = required(rule, last.tally().members());
    w.start("g", "class", "threshold");
    w.empty("path", "class", "threshold-line", "d", step(xs, ys), "fill", "none", "stroke", Svg.INK,
        "stroke-width", "2", "stroke-dasharray", "6 4");
    w.text("text", Integer.toString(needed), "class", "threshold-value", "x", Svg.num(RIGHT + 5),
        "y", Svg.num(y(needed, top) + 4.5), "font-size", Svg.num(TEXT_SIZE), "font-weight", "bold",
        "fill", Svg.INK);
    int supports = last.tally().supports();
    if (Math.abs(y(supports, top) - y(needed, top)) >= TEXT_SIZE + 1) {
      w.text("text", Integer.toString(supports), "class", "supports-value", "x", Svg.num(RIGHT + 5),
          "y", Svg.num(y(supports, top) + 4.5), "font-size", Svg.num(TEXT_SIZE), "fill", Palette.BLUE);
    }
    w.end();
  }

  /** A stepped line through the levels, level i running from xs[i] to xs[i + 1]; a level that repeats goes on. */
  private static String step(List<Double> xs, List<Double> ys) {
    StringBuilder d = new StringBuilder();
    d.append('M').append(Svg.num(xs.get(0))).append(' ').append(Svg.num(ys.get(0)));
    for (int i = 0; i < ys.size(); i++) {
      if (i > 0 && !Svg.num(ys.get(i)).equals(Svg.num(ys.get(i - 1)))) {
        d.append('V').append(Svg.num(ys.get(i)));
      }
      if (i + 1 == ys.size() || !Svg.num(ys.get(i + 1)).equals(Svg.num(ys.get(i)))) {
        d.append('H').append(Svg.num(xs.get(i + 1)));
      }
    }
    return d.toString();
  }

  /** The area between two stepped lines, {@code upper} above {@code lower}. */
  private static String band(List<Double> xs, List<Double> upper, List<Double> lower) {
    List<Double> backXs = new ArrayList<>(xs);
    Collections.reverse(backXs);
    List<Double> backYs = new ArrayList<>(lower);
    Collections.reverse(backYs);
    String back = step(backXs, backYs);
    // the way back starts with a move; joined to the way out it is a line down to the lower level
    return step(xs, upper) + "L" + back.substring(1) + "Z";
  }

  /** The days on end with one status, merged from segments. */
  private record Run(RaceStatus status, LocalDate start, LocalDate end) {}

  private static List<Run> runs(List<Segment> segments) {
    List<Run> runs = new ArrayList<>();
    for (Segment s : segments) {
      Run last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
      if (last != null && last.status() == s.status()) {
        runs.set(runs.size() - 1, new Run(last.status(), last.start(), s.end()));
      } else {
        runs.add(new Run(s.status(), s.start(), s.end()));
      }
    }
    return runs;
  }

  private static void drawBand(SvgWriter w, List<Segment> segments, TimeScale scale, String id, Messages m) {
    w.start("g", "class", "status-band", "font-size", Svg.num(TEXT_SIZE), "fill", Palette.BLACK);
    for (Run run : runs(segments)) {
      double x0 = scale.x(run.start());
      double width = scale.xAfter(run.end()) - x0;
      String name = m.get(statusKey(run.status()));
      w.start("g", "class", "status status-" + run.status().code());
      w.text("title", m.get("picture.support.run", name, date(m, run.start()), date(m, run.end())));
      w.empty("rect", "x", Svg.num(x0), "y", Svg.num(BAND_TOP), "width", Svg.num(width),
          "height", Svg.num(BAND_HEIGHT), "fill", statusFill(run.status()));
      if (run.status() == RaceStatus.BLOCKED) {
        Texture.STRIPES.overlay(w, id, x0, BAND_TOP, width, BAND_HEIGHT, null);
      }
      if (Svg.textWidth(name, TEXT_SIZE, true) + 8 <= width) {
        double x = x0 + width / 2;
        double y = BAND_TOP + 14;
        if (run.status() == RaceStatus.BLOCKED) {
          // a halo of the plain colour keeps the word legible over the stripes
          w.text("text", name, "x", Svg.num(x), "y", Svg.num(y), "text-anchor", "middle", "font-weight", "bold",
              "stroke", Palette.VERMILLION, "stroke-width", "4", "stroke-linejoin", "round", "aria-hidden", "true");
        }
        w.text("text", name, "x", Svg.num(x), "y", Svg.num(y), "text-anchor", "middle", "font-weight", "bold");
      }
      w.end();
    }
    w.end();
  }

  private static String statusFill(RaceStatus status) {
    return switch (status) {
      case MET -> Palette.GREEN;
      case BLOCKED -> Palette.VERMILLION;
      case OPEN -> Palette.PALE;
    };
  }

  private static String statusKey(RaceStatus status) {
    return "picture.status." + status.code();
  }

  private static void drawAxis(SvgWriter w, TimeScale scale, Messages m, LocalDate from, LocalDate to) {
    w.start("g", "class", "axis", "font-size", Svg.num(TEXT_SIZE), "fill", Svg.INK);
    for (TimeScale.Tick tick : scale.ticks(m, TEXT_SIZE)) {
      double x = scale.x(tick.day());
      w.empty("line", "x1", Svg.num(x), "y1", Svg.num(PLOT_BOTTOM), "x2", Svg.num(x), "y2", Svg.num(PLOT_BOTTOM + 5),
          "stroke", Svg.MUTED, "stroke-width", "1");
      w.text("text", tick.label(), "x", Svg.num(x), "y", Svg.num(PLOT_BOTTOM + 19), "text-anchor", "middle");
    }
    w.text("text", date(m, from), "class", "axis-start", "x", Svg.num(LEFT), "y", Svg.num(PLOT_BOTTOM + 38),
        "fill", Svg.MUTED);
    w.text("text", date(m, to), "class", "axis-end", "x", Svg.num(RIGHT), "y", Svg.num(PLOT_BOTTOM + 38),
        "text-anchor", "end", "fill", Svg.MUTED);
    w.end();
  }

  private static List<Legend.Item> legendItems(Rule rule, String id, Messages m) {
    List<Legend.Item> items = new ArrayList<>();
    items.add(box("stance-supports", Palette.BLUE, null, id, m.get("picture.support.legend.supports")));
    if (rule == Rule.CONSENSUS) {
      items.add(box("stance-no-objection", Palette.SKY, null, id, m.get("picture.support.legend.noObjection")));
    }
    items.add(new Legend.Item("threshold", 24, (w, x, y) ->
        w.empty("line", "x1", Svg.num(x), "y1", Svg.num(y + 9), "x2", Svg.num(x + 24), "y2", Svg.num(y + 9),
            "stroke", Svg.INK, "stroke-width", "2", "stroke-dasharray", "6 4"),
        m.get("picture.support.legend.threshold", m.get("picture.rule." + rule.code()))));
    for (RaceStatus status : RaceStatus.values()) {
      Texture texture = status == RaceStatus.BLOCKED ? Texture.STRIPES : null;
      items.add(box("status-" + status.code(), statusFill(status), texture, id, m.get(statusKey(status))));
    }
    return items;
  }

  private static Legend.Item box(String css, String fill, Texture texture, String id, String text) {
    double size = Legend.SWATCH_HEIGHT;
    return new Legend.Item(css, size, (w, x, y) -> {
      w.empty("rect", "x", Svg.num(x), "y", Svg.num(y), "width", Svg.num(size), "height", Svg.num(size),
          "fill", fill);
      if (texture != null) {
        texture.overlay(w, id, x, y, size, size, null);
      }
    }, text);
  }

  /** The height the legend will take, measured by drawing it once into a scratch writer. */
  private static double legendHeight(List<Legend.Item> items, double top) {
    SvgWriter scratch = new SvgWriter();
    return Legend.draw(scratch, items, LEFT, Svg.WIDTH - 4, top);
  }

  /** One segment's figures for the text alternative: its date, its counts and its status. */
  private static String point(Segment s, Messages m) {
    Tally t = s.tally();
    List<String> parts = new ArrayList<>();
    parts.add(m.get("picture.support.count.supports", t.supports(), t.members()));
    if (t.noObjection() > 0) {
      parts.add(m.get("picture.support.count.noObjection", t.noObjection()));
    }
    if (t.undecided() > 0) {
      parts.add(m.get("picture.support.count.undecided", t.undecided()));
    }
    if (t.opposes() > 0) {
      parts.add(m.get("picture.support.count.opposes", t.opposes()));
    }
    String counts = String.join(m.get("picture.list.comma"), parts);
    return m.get("picture.support.point", date(m, s.start()), counts, m.get(statusKey(s.status())));
  }

  /**
   * The text alternative: the figures the window starts from and every change in it with its counts and status
   * (beyond {@link #MAX_POINTS} changes, the first, how many follow, and the latest), then what the rule needs.
   */
  private static String describe(Rule rule, List<Segment> segments, LocalDate from, LocalDate to, Messages m) {
    // Segment 0 holds the figures the window starts from, each later one a change: past MAX_POINTS changes, the
    // figures it starts from and the first change are stated, then how many follow, then the latest.
    List<String> points = Svg.abridged(segments.size(), MAX_POINTS + 1, 2, LATEST,
        i -> point(segments.get(i), m),
        (skipFrom, skipTo) -> m.get("picture.support.skipped", skipTo - skipFrom,
            date(m, segments.get(skipFrom).start()), date(m, segments.get(skipTo - 1).start())));
    Segment last = segments.get(segments.size() - 1);
    int members = last.tally().members();
    String needs = m.get("picture.support.needs." + rule.code(), required(rule, members), members);
    List<String> earlier = new ArrayList<>();
    for (int i = segments.size() - 1; i > 0; i--) {
      Segment before = segments.get(i - 1);
      Segment after = segments.get(i);
      int neededBefore = required(rule, before.tally().members());
      if (neededBefore != required(rule, after.tally().members())) {
        earlier.add(m.get("picture.support.neededBefore", neededBefore, date(m, after.start())));
      }
    }
    if (!earlier.isEmpty()) {
      needs = m.get("picture.support.needsEarlier", needs, String.join(m.get("picture.list.comma"), earlier));
    }
    return m.get("picture.support.desc", date(m, from), date(m, to),
        Svg.capitalize(String.join(m.get("picture.list.separator"), points), m), needs);
  }

  private static String date(Messages m, LocalDate day) {
    return m.date(PartialDate.of(day));
  }
}
