package baton.render;

import java.util.regex.Pattern;

/** Markdown reduced to words, for headlines and summaries where no markup belongs. */
final class PlainText {

  // Compiled once: String.replaceAll compiles its pattern on every call, once per statement and pattern.
  private static final Pattern BLOCK_MARKS = Pattern.compile("(?m)^\\s{0,3}(#{1,6}|>|[-*+]|\\d+[.)])\\s+");
  private static final Pattern LINKS = Pattern.compile("!?\\[([^\\]]*)]\\([^)]*\\)");
  private static final Pattern INLINE_MARKS = Pattern.compile("[*_`~|]");
  private static final Pattern TAGS = Pattern.compile("<[^>]*>");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private PlainText() {}

  /** The text of a Markdown body without its markup (roughly: enough for a headline), or null. */
  static String of(String markdown) {
    if (markdown == null) {
      return null;
    }
    String t = BLOCK_MARKS.matcher(markdown).replaceAll("");
    t = LINKS.matcher(t).replaceAll("$1");
    t = INLINE_MARKS.matcher(t).replaceAll("");
    t = TAGS.matcher(t).replaceAll("");
    t = SPACES.matcher(t).replaceAll(" ").strip();
    return t.isEmpty() ? null : t;
  }

  /** At most {@code n} words, with an ellipsis when cut. */
  static String words(String text, int n) {
    String[] words = SPACES.split(text.strip());
    if (words.length <= n) {
      return text.strip();
    }
    return String.join(" ", java.util.Arrays.copyOf(words, n)) + "…";
  }
}
