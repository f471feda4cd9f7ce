package baton.render;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Markdown reduced to words, for headlines and summaries where no markup belongs. */
final class PlainText {

  // Compiled once: String.replaceAll compiles its pattern on every call, once per statement and pattern.
  private static final Pattern BLOCK_MARKS = Pattern.compile("(?m)^\\s{0,3}(#{1,6}|>|[-*+]|\\d+[.)])\\s+");
  private static final Pattern LINKS = Pattern.compile("!?\\[([^\\]]*)]\\([^)]*\\)");
  private static final Pattern INLINE_MARKS = Pattern.compile("[*_`~|]");
  private static final Pattern TAGS = Pattern.compile("<[^>]*>");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t]*\\n");

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

  /**
   * The first {@code n} words of a Markdown body's text, with an ellipsis when cut, or null: read from its first
   * paragraphs, as many as give more than {@code n} words (a long body is not reduced whole for a headline).
   */
  static String firstWords(String markdown, int n) {
    if (markdown == null) {
      return null;
    }
    // Each paragraph is reduced once to count its words; the prefix that has enough is reduced once more, whole.
    Matcher blank = BLANK_LINE.matcher(markdown);
    int from = 0;
    int counted = 0;
    while (blank.find()) {
      String paragraph = of(markdown.substring(from, blank.start()));
      counted += paragraph == null ? 0 : SPACES.split(paragraph).length;
      from = blank.end();
      if (counted > n) {
        String text = of(markdown.substring(0, blank.start()));
        if (text != null && SPACES.split(text).length > n) {
          return words(text, n);
        }
        break; // a construct across paragraphs: the whole body, then
      }
    }
    String text = of(markdown);
    return text == null ? null : words(text, n);
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
