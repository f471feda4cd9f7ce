package baton.render.svg;

import baton.render.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.IntFunction;
import java.util.regex.Pattern;

/** What the three pictures share: the frame with its text alternative, numbers, ids, and text widths. */
final class Svg {

  /** Every picture is this many units wide, so that text has one size on a page whatever the picture. */
  static final int WIDTH = 480;

  static final String NAMESPACE = "http://www.w3.org/2000/svg";

  /** Text on a light background: 17:1 on white. */
  static final String INK = "#1A1A1A";

  /** Secondary text and rules: 7:1 on white. */
  static final String MUTED = "#595959";

  static final String PAPER = "#FFFFFF";

  /** A letter first, so the id is valid in HTML and XML and usable in a CSS selector without escaping. */
  private static final Pattern ID_PREFIX = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,63}");

  private Svg() {}

  /** The text for a run of items a text alternative leaves out: those from {@code from} to {@code to}, exclusive. */
  @FunctionalInterface
  interface Skipped {
    String text(int from, int to);
  }

  /**
   * The texts of a picture's {@code count} items for its text alternative, in order: every item's, up to {@code most}
   * items; past that the first {@code first}, one text for those that follow up to the {@code latest} last ones, and
   * those, so that a picture of hundreds of items is still told in a few sentences.
   */
  static List<String> abridged(int count, int most, int first, int latest, IntFunction<String> item, Skipped skipped) {
    List<String> texts = new ArrayList<>();
    int skipFrom = count > most ? first : count;
    int skipTo = count > most ? count - latest : count; // the first of the latest
    for (int i = 0; i < skipFrom; i++) {
      texts.add(item.apply(i));
    }
    if (skipFrom < skipTo) {
      texts.add(skipped.text(skipFrom, skipTo));
    }
    for (int i = skipTo; i < count; i++) {
      texts.add(item.apply(i));
    }
    return texts;
  }

  /**
   * Opens the root element with its title and desc, which {@code aria-labelledby} names as the text alternative.
   *
   * @param role {@code img}, or {@code group} when the picture holds links that must stay reachable
   */
  static SvgWriter open(
      String kind, String idPrefix, double height, String role, String title, String description) {
    SvgWriter w = new SvgWriter();
    w.start(
        "svg",
        "xmlns", NAMESPACE,
        "viewBox", "0 0 " + WIDTH + " " + num(height),
        "width", "100%",
        "role", role,
        "aria-labelledby", idPrefix + "-title " + idPrefix + "-desc",
        "class", "baton-picture " + kind,
        "font-family", "inherit");
    w.text("title", title, "id", idPrefix + "-title");
    w.text("desc", description, "id", idPrefix + "-desc");
    return w;
  }

  /** Checks an id prefix from the caller: ids made from it must be valid and unique on the page. */
  static String idPrefix(String prefix) {
    Objects.requireNonNull(prefix, "idPrefix");
    if (!ID_PREFIX.matcher(prefix).matches()) {
      throw new IllegalArgumentException(
          "an id prefix is a letter, then letters, digits, '-' or '_' (at most 64): " + prefix);
    }
    return prefix;
  }

  /** A coordinate or length with at most one decimal, the same on every machine: {@code 12}, {@code 12.5}. */
  static String num(double value) {
    long tenths = Math.round(value * 10);
    if (tenths == 0) {
      return "0";
    }
    if (tenths % 10 == 0) {
      return Long.toString(tenths / 10);
    }
    long whole = Math.abs(tenths);
    return (tenths < 0 ? "-" : "") + whole / 10 + "." + whole % 10;
  }

  /** The text with its first letter in upper case, as the site's language writes it. */
  static String capitalize(String text, Messages m) {
    if (text.isEmpty()) {
      return text;
    }
    int first = text.codePointAt(0);
    int size = Character.charCount(first);
    return text.substring(0, size).toUpperCase(m.locale()) + text.substring(size);
  }

  /**
   * About how wide a text renders in the sans-serif fonts pages use, from the shapes of its characters; errs wide,
   * so that a label judged to fit does fit.
   */
  static double textWidth(String text, double fontSize, boolean bold) {
    double ems = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      ems += emsOf(c);
      i += Character.charCount(c);
    }
    return ems * fontSize * (bold ? 1.08 : 1.0);
  }

  private static double emsOf(int c) {
    if ("iljtfrI.,:;'!|()[] ".indexOf(c) >= 0) {
      return 0.33;
    }
    if (c == 'm' || c == 'w' || c == 'M' || c == 'W') {
      return 0.86;
    }
    if (Character.isUpperCase(c)) {
      return 0.7;
    }
    if (Character.isDigit(c)) {
      return 0.58;
    }
    return 0.58;
  }
}
