package baton.render.svg;

/**
 * Patterns laid over a colour so that shapes stay apart in greyscale print and for readers who cannot tell the
 * colours apart: vermillion and blue, for one, turn the same grey. Each is a {@code <pattern>} defined once per
 * picture under the picture's id prefix and used as the fill of a shape drawn over the coloured one.
 */
enum Texture {
  /** Diagonal dark stripes: opposes, and a blocked race. */
  STRIPES("stripes"),
  /** Dark dots: undecided. */
  DOTS("dots"),
  /** Diagonal blue hatching over a pale ground: an acting holder. */
  HATCH("hatch");

  private final String name;

  Texture(String name) {
    this.name = name;
  }

  String id(String idPrefix) {
    return idPrefix + "-" + name;
  }

  String fill(String idPrefix) {
    return "url(#" + id(idPrefix) + ")";
  }

  String cssClass() {
    return "texture texture-" + name;
  }

  /** Writes the pattern; call inside {@code <defs>}. */
  void define(SvgWriter w, String idPrefix) {
    switch (this) {
      case STRIPES -> {
        w.start("pattern", "id", id(idPrefix), "width", "6", "height", "6", "patternUnits", "userSpaceOnUse",
            "patternTransform", "rotate(45)");
        w.empty("rect", "width", "2.5", "height", "6", "fill", "#000000", "fill-opacity", "0.32");
        w.end();
      }
      case DOTS -> {
        w.start("pattern", "id", id(idPrefix), "width", "6", "height", "6", "patternUnits", "userSpaceOnUse");
        w.empty("circle", "cx", "3", "cy", "3", "r", "1.4", "fill", "#000000", "fill-opacity", "0.38");
        w.end();
      }
      case HATCH -> {
        w.start("pattern", "id", id(idPrefix), "width", "5", "height", "5", "patternUnits", "userSpaceOnUse",
            "patternTransform", "rotate(45)");
        w.empty("rect", "width", "2", "height", "5", "fill", Palette.BLUE);
        w.end();
      }
    }
  }

  /** Draws the texture over a rectangle already filled with its colour. */
  void overlay(SvgWriter w, String idPrefix, double x, double y, double width, double height, String rx) {
    w.empty("rect", "class", cssClass(), "x", Svg.num(x), "y", Svg.num(y), "width", Svg.num(width),
        "height", Svg.num(height), "rx", rx, "fill", fill(idPrefix));
  }
}
