package baton.render.svg;

/**
 * The Okabe-Ito colours the pictures use (Okabe and Ito, "Color Universal Design", 2008), and the text colour that
 * reaches 4.5:1 on each: white on blue (5.2:1), black on the rest (5.4:1 on vermillion and more elsewhere).
 */
final class Palette {

  static final String BLUE = "#0072B2";
  static final String SKY = "#56B4E9";
  static final String ORANGE = "#E69F00";
  static final String VERMILLION = "#D55E00";
  static final String GREEN = "#009E73";
  static final String GREY = "#DDDDDD";
  static final String PALE = "#E8E8E8";
  /** The ground of an acting term under its blue hatching. */
  static final String PALE_BLUE = "#CFE6F5";
  static final String BLACK = "#000000";
  static final String WHITE = "#FFFFFF";

  private Palette() {}
}
