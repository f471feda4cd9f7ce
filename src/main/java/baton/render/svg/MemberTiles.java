package baton.render.svg;

import baton.model.Country;
import baton.render.Messages;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The members of the body as a grid of tiles, one per country, each showing its code and its stance on a candidate
 * three ways: colour, a one-letter code, and for the two colours that turn grey alike a pattern. A legend counts
 * each stance; each tile names its country and stance on hover, and can link to the country's page.
 */
public final class MemberTiles {

  private static final int COLUMNS = 8;
  private static final double TILE = 52;
  private static final double GAP = 6;
  private static final double LEFT = (Svg.WIDTH - (COLUMNS * TILE + (COLUMNS - 1) * GAP)) / 2;
  private static final double CODE_SIZE = 18;
  private static final double LETTER_SIZE = 15;

  /** A scheme such as {@code javascript:} before any path, query or fragment. */
  private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

  private MemberTiles() {}

  /**
   * One member's tile.
   *
   * @param code shown on the tile, e.g. {@code NL}
   * @param name the country's name, for the hover text and the text alternative
   * @param stance {@code supports}, {@code no-objection}, {@code undecided}, {@code opposes} or {@code none}
   * @param href where the tile links (a relative link, or http/https), or null for no link
   */
  public record Tile(String countryId, String code, String name, String stance, String href) {

    public Tile {
      Objects.requireNonNull(countryId, "countryId");
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(name, "name");
      StanceLook.of(Objects.requireNonNull(stance, "stance"));
      if (href != null && SCHEME.matcher(href).find()) {
        String scheme = href.substring(0, href.indexOf(':')).toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
          throw new IllegalArgumentException("a tile links to a relative, http or https address, not " + href);
        }
      }
    }
  }

  /**
   * The tiles for a candidate's stances ({@code RaceFigures.byCountry()}), in the order of the countries' codes.
   *
   * @param countries country id to country, for code and name; a country missing from it shows by id
   * @param hrefForCountry the link for a country id, or null for tiles without links
   */
  public static List<Tile> tiles(
      Map<String, String> byCountry, Map<String, Country> countries, Function<String, String> hrefForCountry) {
    List<Tile> tiles = new ArrayList<>();
    for (Map.Entry<String, String> e : byCountry.entrySet()) {
      Country c = countries.get(e.getKey());
      String code = c == null ? e.getKey().toUpperCase(Locale.ROOT) : c.code();
      String name = c == null ? e.getKey() : c.name();
      String href = hrefForCountry == null ? null : hrefForCountry.apply(e.getKey());
      tiles.add(new Tile(e.getKey(), code, name, e.getValue(), href));
    }
    tiles.sort(Comparator.comparing(Tile::code).thenComparing(Tile::countryId));
    return tiles;
  }

  /**
   * Draws the tiles in the order given, eight to a row. With links the picture is a {@code group} rather than an
   * {@code img}, because an image's parts are hidden from assistive technology and its links would be unreachable.
   *
   * @param idPrefix starts every id in the picture, unique on the page: a letter, then letters, digits, '-', '_'
   */
  public static String render(String candidateName, List<Tile> tiles, Messages m, String idPrefix) {
    Objects.requireNonNull(candidateName, "candidateName");
    Objects.requireNonNull(tiles, "tiles");
    Objects.requireNonNull(m, "messages");
    String id = Svg.idPrefix(idPrefix);
    Map<StanceLook, List<Tile>> byStance = byStance(tiles);

    int rows = (tiles.size() + COLUMNS - 1) / COLUMNS;
    double gridBottom = 4 + rows * TILE + Math.max(0, rows - 1) * GAP;
    double legendTop = gridBottom + 16;
    List<Legend.Item> legend = legendItems(byStance, m, id);
    // measured by laying the legend out once in a scratch writer
    double height = Legend.draw(new SvgWriter(), legend, LEFT, Svg.WIDTH - 4, legendTop) + 8;

    boolean links = tiles.stream().anyMatch(t -> t.href() != null);
    String title = m.get("picture.tiles.title", candidateName);
    SvgWriter w = Svg.open("baton-tiles", id, height, links ? "group" : "img", title, describe(tiles, byStance, m));
    w.start("defs");
    Texture.STRIPES.define(w, id);
    Texture.DOTS.define(w, id);
    w.end();
    w.start("g", "class", "tiles");
    for (int i = 0; i < tiles.size(); i++) {
      double x = LEFT + (i % COLUMNS) * (TILE + GAP);
      double y = 4 + (i / COLUMNS) * (TILE + GAP);
      drawTile(w, tiles.get(i), x, y, id, m);
    }
    w.end();
    Legend.draw(w, legend, LEFT, Svg.WIDTH - 4, legendTop);
    return w.end().finish();
  }

  private static Map<StanceLook, List<Tile>> byStance(List<Tile> tiles) {
    Map<StanceLook, List<Tile>> byStance = new EnumMap<>(StanceLook.class);
    for (StanceLook look : StanceLook.values()) {
      byStance.put(look, new ArrayList<>());
    }
    for (Tile t : tiles) {
      byStance.get(StanceLook.of(t.stance())).add(t);
    }
    return byStance;
  }

  private static void drawTile(SvgWriter w, Tile tile, double x, double y, String id, Messages m) {
    StanceLook look = StanceLook.of(tile.stance());
    String css = "tile " + look.cssClass();
    if (tile.href() != null) {
      w.start("a", "href", tile.href(), "class", css);
    } else {
      w.start("g", "class", css);
    }
    w.text("title", m.get("picture.tiles.tileTitle", tile.name(), m.get(look.nameKey())));
    boolean none = look == StanceLook.NONE;
    w.empty("rect", "class", "tile-ground " + look.cssClass(), "x", Svg.num(x), "y", Svg.num(y),
        "width", Svg.num(TILE), "height", Svg.num(TILE), "rx", "4", "fill", look.fill,
        "stroke", none ? Svg.MUTED : null, "stroke-width", none ? "1.5" : null,
        "stroke-dasharray", none ? "4 3" : null);
    if (look.texture != null) {
      look.texture.overlay(w, id, x, y, TILE, TILE, "4");
    }
    double cx = x + TILE / 2;
    label(w, look, tile.code(), "tile-code", cx, y + 25, CODE_SIZE);
    label(w, look, m.get(look.letterKey()), "tile-letter", cx, y + 45, LETTER_SIZE);
    w.end();
  }

  /** A centred bold word; over a pattern it sits on a halo of the plain colour, so that it keeps its contrast. */
  private static void label(SvgWriter w, StanceLook look, String text, String css, double x, double y, double size) {
    if (look.texture != null) {
      w.text("text", text, "class", css + "-halo", "x", Svg.num(x), "y", Svg.num(y), "text-anchor", "middle",
          "font-size", Svg.num(size), "font-weight", "bold", "fill", look.fill, "stroke", look.fill,
          "stroke-width", "5", "stroke-linejoin", "round", "aria-hidden", "true");
    }
    w.text("text", text, "class", css, "x", Svg.num(x), "y", Svg.num(y), "text-anchor", "middle",
        "font-size", Svg.num(size), "font-weight", "bold", "fill", look.ink);
  }

  private static List<Legend.Item> legendItems(Map<StanceLook, List<Tile>> byStance, Messages m, String id) {
    List<Legend.Item> items = new ArrayList<>();
    for (StanceLook look : StanceLook.values()) {
      String text = m.get("picture.tiles.legendItem", m.get(look.nameKey()), byStance.get(look).size());
      items.add(new Legend.Item(look.cssClass(), Legend.SWATCH_HEIGHT, (w, x, y) -> swatch(w, look, x, y, m, id), text));
    }
    return items;
  }

  /** A small tile: the colour, pattern and letter of the stance. */
  private static void swatch(SvgWriter w, StanceLook look, double x, double y, Messages m, String id) {
    double size = Legend.SWATCH_HEIGHT;
    boolean none = look == StanceLook.NONE;
    w.empty("rect", "class", look.cssClass(), "x", Svg.num(x), "y", Svg.num(y), "width", Svg.num(size),
        "height", Svg.num(size), "rx", "2", "fill", look.fill, "stroke", none ? Svg.MUTED : null,
        "stroke-dasharray", none ? "3 2" : null);
    if (look.texture != null) {
      look.texture.overlay(w, id, x, y, size, size, "2");
    }
    label(w, look, m.get(look.letterKey()), "legend-letter", x + size / 2, y + 14, 13);
  }

  /** How many members there are, then each stance held with the countries that hold it. */
  private static String describe(List<Tile> tiles, Map<StanceLook, List<Tile>> byStance, Messages m) {
    if (tiles.isEmpty()) {
      return m.get("picture.tiles.empty");
    }
    List<String> groups = new ArrayList<>();
    for (StanceLook look : StanceLook.values()) {
      List<Tile> holding = byStance.get(look);
      if (!holding.isEmpty()) {
        List<String> names = new ArrayList<>();
        holding.forEach(t -> names.add(t.name()));
        String group = m.get("picture.tiles.group", m.get(look.nameKey()), holding.size(),
            String.join(m.get("picture.list.comma"), names));
        groups.add(Svg.capitalize(group, m));
      }
    }
    return m.get("picture.tiles.desc", tiles.size(), String.join(m.get("picture.list.sentences"), groups));
  }
}
