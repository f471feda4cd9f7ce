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
    String quick = inOnePass(markdown);
    if (quick != null) {
      return quick.isEmpty() ? null : quick;
    }
    return byPatterns(markdown);
  }

  /**
   * {@link #of} for the text most paragraphs are: no block marks, no tags, no whitespace but spaces and line feeds. In one pass: links become their text, inline marks go, runs of spaces become one. Null for
   * any other text, which {@link #byPatterns} reduces (PlainTextTest holds the two alike on random texts).
   */
  static String inOnePass(String markdown) {
    int n = markdown.length();
    StringBuilder out = new StringBuilder(n);
    boolean lineStart = true;
    for (int i = 0; i < n; i++) {
      char c = markdown.charAt(i);
      if (lineStart) {
        int k = i;
        while (k < n && k - i < 3 && markdown.charAt(k) == ' ') {
          k++;
        }
        // A block mark's leading blanks may reach over a blank line, but never further than the next line's first
        // three characters: looking at each line's start finds every mark there is.
        if (k < n && isBlockMarkStart(markdown.charAt(k))) {
          return null;
        }
        lineStart = false;
      }
      if (c == '\n') {
        lineStart = true;
        space(out);
      } else if (c == ' ') {
        space(out);
      } else if (c == '<' || c == '\r' || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        return null;
      } else if (c == '[' || (c == '!' && i + 1 < n && markdown.charAt(i + 1) == '[')) {
        int open = c == '[' ? i : i + 1;
        int close = markdown.indexOf(']', open + 1);
        int end = close < 0 || close + 1 >= n || markdown.charAt(close + 1) != '(' ? -1 : markdown.indexOf(')', close + 2);
        if (end < 0) {
          text(out, c); // not a link: the text stays, as the pattern leaves it
          continue;
        }
        for (int k = open + 1; k < close; k++) {
          char t = markdown.charAt(k);
          if (t == '\n') {
            // A line inside a link's text starts no block: the pattern that removes block marks runs first, though.
            return null;
          }
          if (t == ' ') {
            space(out);
          } else if (t == '<' || t == '\r' || Character.isWhitespace(t) || Character.isSpaceChar(t)) {
            return null;
          } else {
            text(out, t);
          }
        }
        for (int k = close; k < end; k++) {
          if (markdown.charAt(k) == '\n') {
            return null; // a line starting inside the link's address
          }
        }
        i = end;
      } else {
        text(out, c);
      }
    }
    int length = out.length();
    if (length > 0 && out.charAt(length - 1) == ' ') {
      out.setLength(length - 1);
    }
    return out.toString();
  }

  /** A character that may start a block mark ({@code #}, {@code >}, a list's {@code - * +} or number). */
  private static boolean isBlockMarkStart(char c) {
    return c == '#' || c == '>' || c == '-' || c == '*' || c == '+' || (c >= '0' && c <= '9') || c == '\t';
  }

  /** One space between words: none at the start, never two. */
  private static void space(StringBuilder out) {
    int length = out.length();
    if (length > 0 && out.charAt(length - 1) != ' ') {
      out.append(' ');
    }
  }

  /** A character of text; inline marks are left out. */
  private static void text(StringBuilder out, char c) {
    if (c != '*' && c != '_' && c != '`' && c != '~' && c != '|') {
      out.append(c);
    }
  }

  /** {@link #of} by its definition: one pattern after another. */
  static String byPatterns(String markdown) {
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
    int from = 0;
    int counted = 0;
    for (int start = blankLine(markdown, 0); start >= 0; start = blankLine(markdown, from)) {
      String paragraph = of(markdown.substring(from, start));
      // What of gives has single spaces between words and none at either end.
      String[] paragraphWords = paragraph == null ? null : paragraph.split(" ");
      counted += paragraph == null ? 0 : paragraphWords.length;
      boolean first = from == 0;
      from = blankLineEnd(markdown, start);
      if (counted > n) {
        String text = first ? paragraph : of(markdown.substring(0, start));
        String[] textWords = first ? paragraphWords : text == null ? null : text.split(" ");
        if (text != null && textWords.length > n) {
          return words(text, textWords, n);
        }
        break; // a construct across paragraphs: the whole body, then
      }
    }
    String text = of(markdown);
    return text == null ? null : words(text, n);
  }

  /**
   * Where the next blank line starts from {@code from} ({@code \n[ \t]*\n}, as {@link java.util.regex.Matcher#find} finds it: the
   * line feed that ends the line before it), or -1.
   */
  static int blankLine(String text, int from) {
    for (int i = text.indexOf('\n', from); i >= 0; i = text.indexOf('\n', i + 1)) {
      int k = afterSpaces(text, i + 1);
      if (k < text.length() && text.charAt(k) == '\n') {
        return i;
      }
    }
    return -1;
  }

  /** Just past the blank line that {@link #blankLine} found at {@code start}. */
  static int blankLineEnd(String text, int start) {
    return afterSpaces(text, start + 1) + 1;
  }

  private static int afterSpaces(String text, int k) {
    while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
      k++;
    }
    return k;
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
