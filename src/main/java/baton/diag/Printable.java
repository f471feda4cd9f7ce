package baton.diag;

/**
 * Text from a site made safe to print on a terminal: a message may quote a value, and an excerpt shows a line, as
 * written in a file that anyone may have written. Control characters (ESC and CSI start terminal commands) are shown
 * as visible symbols of the same width, and a message cannot run to megabytes because a value did.
 */
final class Printable {

  private Printable() {}

  /** The text with each control character replaced by one visible character, so that columns keep their place. */
  static String visible(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char shown = shown(text, i);
      if (shown != c && out == null) {
        out = new StringBuilder(text.length()).append(text, 0, i);
      }
      if (out != null) {
        out.append(shown);
      }
    }
    return out == null ? text : out.toString();
  }

  private static char shown(String text, int i) {
    char c = text.charAt(i);
    if (c < 0x20) {
      // The Unicode "control pictures": U+241B for ESC, U+2400 for NUL...
      return (char) (0x2400 + c);
    }
    if (c == 0x7F) {
      return '\u2421';
    }
    if (c >= 0x80 && c <= 0x9F) {
      return '\uFFFD';
    }
    if (Character.isHighSurrogate(c)) {
      return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1)) ? c : '\uFFFD';
    }
    if (Character.isLowSurrogate(c)) {
      return i > 0 && Character.isHighSurrogate(text.charAt(i - 1)) ? c : '\uFFFD';
    }
    return c;
  }

  /** {@link #visible} and at most {@code max} characters, with how many there were when cut. */
  static String clipped(String text, int max) {
    String shown = visible(text);
    if (shown.length() <= max) {
      return shown;
    }
    int cut = Character.isLowSurrogate(shown.charAt(max)) ? max - 1 : max;
    return shown.substring(0, cut) + "… [" + text.length() + " characters in all]";
  }
}
