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
    // Each paragraph is reduced once to count its words; the prefix that has enough is reduced once more, whole
    // (unless it is the first paragraph alone, already reduced).
    Matcher blank = BLANK_LINE.matcher(markdown);
    int from = 0;
    int counted = 0;
    while (blank.find()) {
      String paragraph = of(markdown.substring(from, blank.start()));
      String[] paragraphWords = paragraph == null ? null : SPACES.split(paragraph);
      counted += paragraph == null ? 0 : paragraphWords.length;
      boolean first = from == 0;
      from = blank.end();
      if (counted > n) {
        String text = first ? paragraph : of(markdown.substring(0, blank.start()));
        String[] textWords = first ? paragraphWords : text == null ? null : SPACES.split(text);
        if (text != null && textWords.length > n) {
          return words(text, textWords, n);
        }
        break; // a construct across paragraphs: the whole body, then
      }
    }
    String text = of(markdown);
    return text == null ? null : words(text, n);
  }

  /** At most {@code n} words, with an ellipsis when cut. */
  static String words(String text, int n) {
    return words(text.strip(), SPACES.split(text.strip()), n);
  }

  /** {@link #words(String, int)} of a stripped text already split into its words. */
  private static String words(String stripped, String[] words, int n) {
    if (words.length <= n) {
      return stripped;
    }
    return String.join(" ", java.util.Arrays.copyOf(words, n)) + "…";
  }
}
