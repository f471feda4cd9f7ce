package baton.render.svg;

import java.util.List;

/** A legend laid out like text: swatch and words side by side, wrapping onto a new row when the row is full. */
final class Legend {

  /** Draws an item's swatch in the box of {@link Item#swatchWidth} by {@link #SWATCH_HEIGHT} at (x, y). */
  interface Swatch {
    void draw(SvgWriter w, double x, double y);
  }

  record Item(String cssClass, double swatchWidth, Swatch swatch, String text) {}

  static final double SWATCH_HEIGHT = 18;
  static final double FONT_SIZE = 14;
  private static final double ROW_HEIGHT = 26;
  private static final double ITEM_GAP = 18;

  private Legend() {}

  /** Draws the items from {@code top}; returns where the legend ends. */
  static double draw(SvgWriter w, List<Item> items, double left, double right, double top) {
    w.start("g", "class", "legend", "font-size", Svg.num(FONT_SIZE), "fill", Svg.INK);
    double x = left;
    double y = top;
    for (Item item : items) {
      double width = item.swatchWidth() + 6 + Svg.textWidth(item.text(), FONT_SIZE, false);
      if (x > left && x + width > right) {
        x = left;
        y += ROW_HEIGHT;
      }
      w.start("g", "class", "legend-item " + item.cssClass());
      item.swatch().draw(w, x, y);
      w.text("text", item.text(), "x", Svg.num(x + item.swatchWidth() + 6), "y", Svg.num(y + 14));
      w.end();
      x += width + ITEM_GAP;
    }
    w.end();
    return y + SWATCH_HEIGHT;
  }
}
