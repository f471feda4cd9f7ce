package baton.render.markdown;

import java.util.function.UnaryOperator;

/**
 * A quick reading of the paragraphs most bodies are made of, for speed: plain text with {@code *emphasis*},
 * {@code **strong**}, {@code ~~struck~~} words and {@code [inline](https://links)}, written as commonmark writes
 * them; so are quotes of one such paragraph and tight lists of one-line items ({@code - item}) standing alone. Any
 * other block of the body (a table, a heading, a loose or nested list, a paragraph with any other markup) is given
 * to commonmark, block by block, and a body holding anything that could join blocks across a blank line (a fenced
 * code block, raw HTML, a link reference definition) is given to it whole. The HTML is the same either
 * way: PlainParagraphsTest holds this to commonmark on the example site, generated bodies and random edits.
 *
 * <p>It reads only what it is sure of and gives everything else back: every rule below errs on that side.
 */
final class PlainParagraphs {

  private final String markdown;
  private final char[] text;
  private final int n;
  private final StringBuilder html;

  private PlainParagraphs(String markdown, char[] text) {
    this.markdown = markdown;
    this.text = text;
    this.n = text.length;
    this.html = new StringBuilder(n + n / 4);
  }

  /**
   * The body as HTML: its plain paragraphs written here, the rest by {@code full} (commonmark), each run of other
   * blocks in one piece so that lists and quotes keep their blank lines.
   */
  static String toHtml(String markdown, UnaryOperator<String> full) {
    char[] chars = markdown.toCharArray();
    if (!maySplit(chars)) {
      return full.apply(markdown);
    }
    PlainParagraphs out = new PlainParagraphs(markdown, chars);
    int n = chars.length;
    int otherStart = -1; // where the run of blocks for commonmark starts, or -1 when there is none
    int otherEnd = -1;
    int i = 0;
    while (i < n) {
      if (chars[i] == '\n') {
        i++;
        continue;
      }
      int mark = out.html.length();
      int end = chars[i] == '>' ? out.block(i, QUOTE) : chars[i] == '-' ? out.list(i) : out.block(i, PARAGRAPH);
      if (end >= 0) {
        if (otherStart >= 0) {
          String written = out.html.substring(mark);
          out.html.setLength(mark);
          out.html.append(full.apply(markdown.substring(otherStart, otherEnd)));
          out.html.append(written);
          otherStart = -1;
        }
      } else {
        out.html.setLength(mark);
        end = blockEnd(chars, -end - 1);
        if (otherStart < 0) {
          otherStart = i;
        }
        otherEnd = end;
      }
      i = end;
    }
    if (otherStart >= 0) {
      out.html.append(full.apply(markdown.substring(otherStart, otherEnd)));
    }
    return out.html.toString();
  }

  /**
   * Whether the body's blocks can be read one at a time: false when something in it can run on past a blank line
   * (a fenced code block, an HTML block) or reach other blocks (a link reference definition), or when its lines
   * end in a way this reading does not split on.
   */
  private static boolean maySplit(char[] chars) {
    int n = chars.length;
    for (int i = 0; i < n; i++) {
      char c = chars[i];
      if (c >= 128 || !SPLIT_HAZARD[c]) {
        continue;
      }
      if (c == '<' || c == '\r') {
        return false;
      }
      if ((c == '`' || c == '~') && i + 2 < n && chars[i + 1] == c && chars[i + 2] == c) {
        return false;
      }
      if (c == ']' && i + 1 < n && chars[i + 1] == ':') {
        return false;
      }
    }
    return true;
  }

  /** The end of the block (the run of lines that are not empty) that goes on at {@code from}: its last line break. */
  private static int blockEnd(char[] chars, int from) {
    int n = chars.length;
    for (int i = from; i < n; i++) {
      if (chars[i] == '\n' && (i + 1 == n || chars[i + 1] == '\n')) {
        return i + 1 == n ? n : i + 1;
      }
    }
    return n;
  }

  /**
   * How a block of plain lines is written: each line starts with {@code marker} and a space (no marker: a
   * paragraph's lines start with their text); {@code open}, the lines, {@code between} two of them, each between
   * {@code lineOpen} and {@code lineClose}, then {@code close}.
   */
  private record Shape(char marker, String open, String between, String lineOpen, String lineClose, String close) {}

  private static final char NO_MARKER = 0;
  private static final Shape PARAGRAPH = new Shape(NO_MARKER, "<p>", "\n", "", "", "</p>\n");
  /** A quote of one paragraph, every line of it starting {@code "> "}: none left to run on lazily. */
  private static final Shape QUOTE = new Shape('>', "<blockquote>\n<p>", "\n", "", "", "</p>\n</blockquote>\n");
  /** A tight list of one-line items, every line of it starting {@code "- "}. */
  private static final Shape LIST = new Shape('-', "<ul>\n", "", "<li>", "</li>\n", "</ul>\n");

  /**
   * A list only when it stands alone between its blank lines: a list item before it, or one after it or an indented
   * line (more of the last item), would make one loose list of them, written otherwise; so would a list that an
   * earlier block ends in, such as a paragraph's last line {@code - item}.
   */
  private int list(int start) {
    return standsAlone(start) ? block(start, LIST) : -start - 1;
  }

  /**
   * Writes the block that starts at {@code start} in its shape and returns where it ends (the index after its last
   * line break); when it is not such a block of plain lines, returns {@code -k - 1} with {@code k} a position in the
   * block, some of it written.
   */
  private int block(int start, Shape shape) {
    int skip = shape.marker() == NO_MARKER ? 0 : 2;
    html.append(shape.open());
    int i = start;
    while (true) {
      if (skip > 0 && (i + 2 >= n || text[i] != shape.marker() || text[i + 1] != ' ')) {
        return -i - 1;
      }
      if (!startsPlainLine(i + skip)) {
        return -i - 1;
      }
      html.append(shape.lineOpen());
      int lineEnd = inline(i + skip);
      if (lineEnd < 0) {
        return -i - 1;
      }
      if (text[lineEnd - 1] == ' ') {
        return -lineEnd - 1;
      }
      html.append(shape.lineClose());
      if (lineEnd + 1 >= n || text[lineEnd + 1] == '\n') {
        html.append(shape.close());
        return lineEnd + 1 >= n ? n : lineEnd + 1;
      }
      html.append(shape.between());
      i = lineEnd + 1;
    }
  }

  /**
   * Whether no line of the block before the one at {@code start}, and not the first line of the block after it,
   * starts with {@code -} or whitespace: then no list item or indented line near it can join a list there.
   */
  private boolean standsAlone(int start) {
    int before = start;
    while (before > 0 && text[before - 1] == '\n') {
      before--;
    }
    // From the last line break of the block before (if any) back to its start, each line's first character.
    for (int i = before - 1; i >= 0; i--) {
      if (text[i] == '\n' && i + 1 < before && text[i + 1] == '\n') {
        break;
      }
      if ((i == 0 || text[i - 1] == '\n') && isListOrIndent(text[i])) {
        return false;
      }
    }
    int after = blockEnd(text, start);
    while (after < n && text[after] == '\n') {
      after++;
    }
    return after >= n || !isListOrIndent(text[after]);
  }

  private static boolean isListOrIndent(char c) {
    return c == '-' || c == ' ' || c == '\t';
  }

  /** Whether a line that starts here can only be text in a paragraph: not a heading, list item, quote, rule ... */
  private boolean startsPlainLine(int i) {
    char c = text[i];
    if (isAsciiDigit(c)) {
      int k = i;
      while (k < n && isAsciiDigit(text[k])) {
        k++;
      }
      return k == n || (text[k] != '.' && text[k] != ')');
    }
    if (c == '*') {
      // Emphasis, never a list item or a rule: the inline reading checks the rest.
      int k = i + 1 < n && text[i + 1] == '*' ? i + 2 : i + 1;
      return k < n && isAsciiAlphanumeric(text[k]);
    }
    if (c == '~') {
      return i + 2 < n && text[i + 1] == '~' && isAsciiAlphanumeric(text[i + 2]); // struck, never a fence
    }
    if (c == '[') {
      return true; // must be an inline link: the inline reading refuses anything else
    }
    return c > ' ' && "#>-+=_`~|:".indexOf(c) < 0;
  }

  /**
   * Writes the inline content of the line that starts at {@code start} and returns where it ends (its line break or
   * the end of the body); -1 if it has anything but text, emphasis, strong, struck text and links.
   */
  private int inline(int start) {
    int i = start;
    int plainFrom = start;
    while (i < n) {
      char c = text[i];
      if (c < 128 && PLAIN[c]) {
        i++; // the usual case, on one table
        continue;
      }
      if (isOrdinary(c)) {
        if (c == 'w' || c == 'W') {
          if (startsWww(i, n)) {
            return -1; // the autolink extension's
          }
        } else if (c == ':' && i + 1 < n && text[i + 1] == '/') {
          return -1; // a URL for the autolink extension
        }
        i++;
        continue;
      }
      if (c == '\n') {
        break;
      }
      appendText(plainFrom, i);
      int next;
      if (c == '"') {
        html.append("&quot;");
        next = i + 1;
      } else if (c == '*') {
        int k = i + 1 < n && text[i + 1] == '*' ? 2 : 1;
        next = delimited(i, '*', k, k == 1 ? "em" : "strong");
      } else if (c == '~') {
        next = delimited(i, '~', 2, "del");
      } else if (c == '[') {
        next = link(i);
      } else if (c == '!') {
        next = i + 1 < n && text[i + 1] == '[' ? -1 : i + 1;
        if (next > 0) {
          html.append('!');
        }
      } else {
        return -1;
      }
      if (next < 0) {
        return -1;
      }
      i = next;
      plainFrom = i;
    }
    appendText(plainFrom, i);
    return i;
  }

  /**
   * Writes a run of {@code k} delimiters, the words they hold and the closing run as the element {@code tag}, when
   * the run is unmistakably an opener (after a space or at the line's start, before a letter or digit) whose closer
   * follows on the same line with only ordinary text between; the index after the closer, or -1.
   */
  private int delimited(int i, char delimiter, int k, String tag) {
    if (i > 0 && text[i - 1] != ' ' && text[i - 1] != '\n') {
      return -1;
    }
    int from = i + k;
    if (from >= n || !isWordChar(text[from])) {
      return -1;
    }
    for (int d = 1; d < k; d++) {
      if (text[i + d] != delimiter) {
        return -1;
      }
    }
    int j = from;
    while (j < n && text[j] != delimiter) {
      if (!isInnerText(text[j])) {
        return -1; // also a line break: the closer must be on the same line
      }
      j++;
    }
    if (j + k > n) {
      return -1;
    }
    for (int d = 0; d < k; d++) {
      if (text[j + d] != delimiter) {
        return -1;
      }
    }
    int after = j + k;
    boolean lineEnds = after == n || text[after] == '\n';
    // A closer after a letter or digit, followed by a space, the line's end or punctuation; or after punctuation,
    // followed by a space or the line's end: either way it can close and cannot open.
    boolean closes = isWordChar(text[j - 1])
        ? lineEnds || isCloserFollower(text[after])
        : ".,;:!?)'\"".indexOf(text[j - 1]) >= 0 && (lineEnds || text[after] == ' ');
    if (!closes || hasAutolink(from, j)) {
      return -1;
    }
    html.append('<').append(tag).append('>');
    appendInner(from, j);
    html.append("</").append(tag).append('>');
    return after;
  }

  /**
   * Writes {@code [text](destination)} as a link when its text is ordinary words and its destination a plain URL
   * that {@link UrlPolicy} allows; the index after it, or -1.
   */
  private int link(int i) {
    int j = i + 1;
    while (j < n && text[j] != ']') {
      if (!isInnerText(text[j])) {
        return -1;
      }
      j++;
    }
    if (j == i + 1 || j + 1 >= n || text[j + 1] != '(' || text[j - 1] == ' ' || text[i + 1] == ' ') {
      return -1;
    }
    int destStart = j + 2;
    int d = destStart;
    while (d < n && text[d] != ')') {
      if (!isUrlChar(text[d])) {
        return -1;
      }
      d++;
    }
    if (d == destStart || d >= n || hasAutolink(i + 1, j)) {
      return -1;
    }
    String destination = markdown.substring(destStart, d);
    if (!UrlPolicy.allows(destination)) {
      return -1;
    }
    html.append("<a href=\"").append(destination).append("\">");
    appendInner(i + 1, j);
    html.append("</a>");
    return d + 1;
  }

  /** Whether ordinary text from {@code from} to {@code to} holds something the autolink extension would link. */
  private boolean hasAutolink(int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text[i];
      if ((c == 'w' || c == 'W') && startsWww(i, to)) {
        return true;
      }
      if (c == ':' && i + 1 < to && text[i + 1] == '/') {
        return true;
      }
    }
    return false;
  }

  private boolean startsWww(int i, int end) {
    return i + 3 < end
        && (text[i + 1] == 'w' || text[i + 1] == 'W')
        && (text[i + 2] == 'w' || text[i + 2] == 'W')
        && text[i + 3] == '.';
  }

  private void appendText(int from, int to) {
    if (to > from) {
      html.append(markdown, from, to); // copies the String's own bytes where it can
    }
  }

  /** Ordinary text inside emphasis or a link: only {@code "} needs escaping there. */
  private void appendInner(int from, int to) {
    int plain = from;
    for (int i = from; i < to; i++) {
      if (text[i] == '"') {
        appendText(plain, i);
        html.append("&quot;");
        plain = i + 1;
      }
    }
    appendText(plain, to);
  }

  /**
   * A character commonmark reads as itself wherever it stands in a line: not markup ({@code * _ ~ ` [ ] ! < > & \}),
   * not a table's {@code |}, not {@code @} (the autolink extension's e-mail addresses), not {@code "} (escaped),
   * no control character.
   */
  private static boolean isOrdinary(char c) {
    if (c < 128) {
      return c >= ' ' && ORDINARY[c];
    }
    return !Character.isISOControl(c) && c != '\u2028' && c != '\u2029';
  }

  /** Ordinary text inside emphasis or a link text: also {@code "}, but no delimiter and no bracket. */
  private static boolean isInnerText(char c) {
    return c == '"' || isOrdinary(c);
  }

  /** What may follow a closing delimiter run without making it something else than a closer. */
  private static boolean isCloserFollower(char c) {
    return c == ' ' || c == '.' || c == ',' || c == ';' || c == '?' || c == ')';
  }

  /** The characters of a link destination read here: those of a URL that commonmark writes out unchanged. */
  private static boolean isUrlChar(char c) {
    return c < 128 && URL[c];
  }

  /** A letter or digit: neither whitespace nor punctuation to commonmark, which decides what a delimiter run is. */
  private static boolean isWordChar(char c) {
    return c < 128 ? isAsciiAlphanumeric(c) : Character.isLetterOrDigit(c);
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isAsciiAlphanumeric(char c) {
    return isAsciiDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static final boolean[] ORDINARY = new boolean[128];
  /** {@link #ORDINARY}, but for the letters that may start what the autolink extension links: read as text at once. */
  private static final boolean[] PLAIN = new boolean[128];
  private static final boolean[] URL = new boolean[128];
  /** The characters that start what {@link #maySplit} looks for. */
  private static final boolean[] SPLIT_HAZARD = new boolean[128];

  static {
    for (char c = ' '; c < 127; c++) {
      ORDINARY[c] = "*_~`[]!<>&\\|@\"".indexOf(c) < 0;
      PLAIN[c] = ORDINARY[c] && c != 'w' && c != 'W' && c != ':';
      URL[c] = isAsciiAlphanumeric(c) || "-._~:/?#=+,;%$*".indexOf(c) >= 0;
    }
    for (char c : "<\r`~]".toCharArray()) {
      SPLIT_HAZARD[c] = true;
    }
  }
}
