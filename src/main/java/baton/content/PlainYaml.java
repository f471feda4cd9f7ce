package baton.content;

import baton.diag.SourcePos;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The shape nearly all content YAML takes, read without a YAML library: block mappings of plain keys, block lists, and
 * values that are one-line plain, single-quoted or double-quoted (escape-free) texts or one-line lists of plain items
 * ({@code mentions: [a, b]}). It gives exactly the nodes {@link YamlReader}'s full parser gives, positions included,
 * or nothing: at the first thing outside that shape (a tag, an anchor, an escape, a block or multi-line text, a
 * tab, an empty value, a duplicate key, a long key, a document marker, a null), it stops and the full parser reads the text, and
 * reports what is wrong with it if anything is.
 *
 * <p>It exists for speed: SnakeYAML's scanner, parser and resolver cost most of the time of loading a site of
 * thousands of short entries. PlainYamlTest holds it to the full parser on the example site, on generated sites and
 * on many thousands of mutated documents.
 */
final class PlainYaml {

  /** Thrown where the text leaves the shape this reader knows; preallocated, as it is routine and carries nothing. */
  private static final class Unsupported extends Exception {
    private static final long serialVersionUID = 1L;

    Unsupported() {
      super(null, null, false, false);
    }
  }

  private static final Unsupported UNSUPPORTED = new Unsupported();
  private static final int MAX_KEY = 128;

  private final YamlText source;
  private final String text;
  private final UnaryOperator<String> shared;
  private final int maxDepth;
  /** Where each line starts, and (one past the last line) the text's length plus one. */
  private final int[] starts;
  private final int lines;
  /** The line being read (0-based). */
  private int line;

  private PlainYaml(YamlText source, UnaryOperator<String> shared, int maxDepth, int[] starts, int lines) {
    this.source = source;
    this.text = source.text();
    this.shared = shared;
    this.maxDepth = maxDepth;
    this.starts = starts;
    this.lines = lines;
  }

  /**
   * The document's mapping, or null when the text is not in the shape this reader knows (then the full parser must
   * read it).
   *
   * @param shared the instance to keep of each text
   * @param maxDepth the deepest nesting of mappings and lists allowed (deeper is left to the full parser to refuse)
   */
  static Mapping read(YamlText source, UnaryOperator<String> shared, int maxDepth) {
    int[] starts = lineStarts(source.text());
    if (starts == null) {
      return null;
    }
    PlainYaml reader = new PlainYaml(source, shared, maxDepth, starts, starts.length - 1);
    try {
      return reader.document();
    } catch (Unsupported e) {
      return null;
    }
  }

  /**
   * The start of each line, or null when a character is one this reader leaves to the full parser: a control
   * character (tab and CR included), a character SnakeYAML deems unprintable, a line or paragraph separator, a surrogate or a byte-order mark.
   */
  private static int[] lineStarts(String text) {
    int n = text.length();
    int[] starts = new int[Math.max(16, n / 24)];
    int count = 0;
    starts[count++] = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c >= 0x20 && c < 0x7F) {
        continue;
      }
      if (c == '\n') {
        if (count == starts.length) {
          starts = java.util.Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i + 1;
      } else if (c < 0xA0 || (c >= 0xD800 && c <= 0xDFFF) || c == 0x2028 || c == 0x2029 || c == 0xFEFF || c >= 0xFFFE) {
        return null;
      }
    }
    // The end of the last line: a text ending in a line feed has an empty last line.
    int[] result = java.util.Arrays.copyOf(starts, count + 1);
    result[count] = n + 1;
    return result;
  }

  // ---- lines ----

  /** The offset just past the line's last character (its line feed, or the end of the text). */
  private int end(int l) {
    return starts[l + 1] - 1;
  }

  private int indent(int l) {
    int i = starts[l];
    int e = end(l);
    while (i < e && text.charAt(i) == ' ') {
      i++;
    }
    return i - starts[l];
  }

  /** Whether the line holds nothing but spaces and perhaps a comment. */
  private boolean isBlank(int l) {
    int i = starts[l] + indent(l);
    return i == end(l) || text.charAt(i) == '#';
  }

  /** Moves {@link #line} to the next line with content at or after it; false at the end of the text. */
  private boolean toContent() {
    while (line < lines && isBlank(line)) {
      line++;
    }
    return line < lines;
  }

  private boolean isDash(int l, int indent) {
    int i = starts[l] + indent;
    return text.charAt(i) == '-' && (i + 1 == end(l) || text.charAt(i + 1) == ' ');
  }

  private SourcePos pos(int l, int offset) {
    return source.pos(l + 1, offset - starts[l] + 1);
  }

  // ---- structure ----

  private Mapping document() throws Unsupported {
    if (!toContent() || indent(line) != 0) {
      throw UNSUPPORTED;
    }
    if (text.startsWith("---", starts[line]) || text.startsWith("...", starts[line])) {
      throw UNSUPPORTED;
    }
    Mapping mapping = mapping(0, 1);
    if (toContent()) {
      throw UNSUPPORTED;
    }
    return mapping;
  }

  /**
   * The mapping whose first key is on the current line at column {@code indent} (after a list item's dash, or after
   * the indentation), and whose other keys start lines at the same column.
   */
  private Mapping mapping(int indent, int depth) throws Unsupported {
    if (depth > maxDepth) {
      throw UNSUPPORTED;
    }
    Map<String, Field> fields = new LinkedHashMap<>();
    SourcePos start = pos(line, starts[line] + indent);
    boolean first = true;
    while (first || (toContent() && indent(line) == indent)) {
      if (!first && isDash(line, indent)) {
        throw UNSUPPORTED;
      }
      first = false;
      Field field = field(starts[line] + indent, indent, depth);
      if (fields.putIfAbsent(field.key(), field) != null) {
        throw UNSUPPORTED;
      }
    }
    if (line < lines && indent(line) > indent) {
      throw UNSUPPORTED;
    }
    return new Mapping(fields, start);
  }

  /** One {@code key: value} whose key starts at {@code at}; leaves {@link #line} past the value. */
  private Field field(int at, int indent, int depth) throws Unsupported {
    int l = line;
    int e = end(l);
    int i = at;
    while (i < e && isKeyChar(text.charAt(i))) {
      i++;
    }
    if (i == at || text.charAt(at) == '-' || text.charAt(at) == '.' || i == e || text.charAt(i) != ':'
        || (i + 1 < e && text.charAt(i + 1) != ' ')) {
      throw UNSUPPORTED;
    }
    // SnakeYAML refuses a key longer than 1024 characters; field names are short words.
    if (i - at > MAX_KEY) {
      throw UNSUPPORTED;
    }
    String key = text.substring(at, i);
    if (isNullWord(key)) {
      throw UNSUPPORTED;
    }
    SourcePos keyPos = pos(l, at);
    int v = i + 1;
    while (v < e && text.charAt(v) == ' ') {
      v++;
    }
    Node value;
    if (v == e || text.charAt(v) == '#') {
      line++;
      value = below(indent, depth);
    } else {
      value = inline(l, v, depth);
      line++;
      afterInline(indent);
    }
    return new Field(shared.apply(key), keyPos, value);
  }

  /** The value of a key written on the lines below it: a list, or a mapping indented further. */
  private Node below(int indent, int depth) throws Unsupported {
    if (!toContent()) {
      throw UNSUPPORTED; // an empty value
    }
    int inner = indent(line);
    if (inner >= indent && isDash(line, inner)) {
      return list(inner, depth + 1);
    }
    if (inner > indent) {
      return mapping(inner, depth + 1);
    }
    throw UNSUPPORTED; // an empty value
  }

  /** The block list whose first dash is on the current line at column {@code indent}. */
  private Seq list(int indent, int depth) throws Unsupported {
    if (depth > maxDepth) {
      throw UNSUPPORTED;
    }
    List<Node> items = new ArrayList<>();
    SourcePos start = pos(line, starts[line] + indent);
    while (toContent() && indent(line) == indent && isDash(line, indent)) {
      int l = line;
      int e = end(l);
      int v = starts[l] + indent + 1;
      while (v < e && text.charAt(v) == ' ') {
        v++;
      }
      if (v == e || text.charAt(v) == '#') {
        throw UNSUPPORTED; // the item on the lines below
      }
      if (startsField(v, e)) {
        items.add(mapping(v - starts[l], depth + 1));
      } else {
        items.add(inline(l, v, depth));
        line++;
        afterInline(indent);
      }
    }
    if (line < lines && indent(line) > indent) {
      throw UNSUPPORTED;
    }
    return new Seq(items, start);
  }

  /** Whether a key and its colon start at {@code i}. */
  private boolean startsField(int i, int e) {
    int k = i;
    while (k < e && isKeyChar(text.charAt(k))) {
      k++;
    }
    return k > i && k < e && text.charAt(k) == ':' && (k + 1 == e || text.charAt(k + 1) == ' ');
  }

  /** After a value written on its line: what follows must not be indented further (a text continued, or an error). */
  private void afterInline(int indent) throws Unsupported {
    if (toContent() && indent(line) > indent) {
      throw UNSUPPORTED;
    }
  }

  // ---- values on one line ----

  /** A value on its line, inside a mapping or list at {@code depth}: a list written here is one level deeper. */
  private Node inline(int l, int at, int depth) throws Unsupported {
    char c = text.charAt(at);
    if (c == '[' && depth + 1 > maxDepth) {
      throw UNSUPPORTED;
    }
    return switch (c) {
      case '"', '\'' -> quoted(l, at);
      case '[' -> flowList(l, at);
      default -> plain(l, at);
    };
  }

  private Scalar plain(int l, int at) throws Unsupported {
    if (isIndicator(text.charAt(at))) {
      throw UNSUPPORTED;
    }
    int e = end(l);
    int stop = e;
    for (int i = at; i < e; i++) {
      char c = text.charAt(i);
      if (c == ':' && (i + 1 == e || text.charAt(i + 1) == ' ')) {
        throw UNSUPPORTED;
      }
      if (c == '#' && text.charAt(i - 1) == ' ') {
        stop = i;
        break;
      }
    }
    while (text.charAt(stop - 1) == ' ') {
      stop--;
    }
    String value = text.substring(at, stop);
    if (isNullWord(value)) {
      throw UNSUPPORTED;
    }
    return new Scalar(shared.apply(value), false, pos(l, at));
  }

  /** A quoted text alone as a value: nothing but a comment may follow it on its line. */
  private Scalar quoted(int l, int at) throws Unsupported {
    Scalar scalar = quotedText(l, at);
    restOfLine(l, quotedEnd);
    return scalar;
  }

  /** Where the last quoted text read ended: just past its closing quote. */
  private int quotedEnd;

  /** A text in double quotes without escapes, or in single quotes, on one line. */
  private Scalar quotedText(int l, int at) throws Unsupported {
    int e = end(l);
    char quote = text.charAt(at);
    StringBuilder value = null;
    int from = at + 1;
    int i = from;
    while (true) {
      if (i == e) {
        throw UNSUPPORTED;
      }
      char c = text.charAt(i);
      if (c == '\\' && quote == '"') {
        throw UNSUPPORTED;
      }
      if (c == quote) {
        if (quote == '\'' && i + 1 < e && text.charAt(i + 1) == '\'') {
          // '' writes one quote inside single quotes
          if (value == null) {
            value = new StringBuilder();
          }
          value.append(text, from, i + 1);
          i += 2;
          from = i;
          continue;
        }
        break;
      }
      i++;
    }
    String result = value == null ? text.substring(from, i) : value.append(text, from, i).toString();
    quotedEnd = i + 1;
    return new Scalar(shared.apply(result), true, pos(l, at));
  }

  /** {@code [a, b]} on one line, of plain or quoted items. */
  private Seq flowList(int l, int at) throws Unsupported {
    int e = end(l);
    List<Node> items = new ArrayList<>();
    int i = skipSpaces(at + 1, e);
    if (i < e && text.charAt(i) == ']') {
      restOfLine(l, i + 1);
      return new Seq(items, pos(l, at));
    }
    while (true) {
      if (i == e) {
        throw UNSUPPORTED;
      }
      char first = text.charAt(i);
      if (first == '"' || first == '\'') {
        items.add(quotedText(l, i));
        i = skipSpaces(quotedEnd, e);
      } else {
        int from = i;
        while (i < e && isFlowItemChar(text.charAt(i))) {
          i++;
        }
        int to = i;
        while (to > from && text.charAt(to - 1) == ' ') {
          to--;
        }
        if (to == from || isIndicator(first)) {
          throw UNSUPPORTED;
        }
        String item = text.substring(from, to);
        if (isNullWord(item)) {
          throw UNSUPPORTED;
        }
        items.add(new Scalar(shared.apply(item), false, pos(l, from)));
      }
      if (i == e) {
        throw UNSUPPORTED;
      }
      char c = text.charAt(i);
      i++;
      if (c == ']') {
        break;
      }
      if (c != ',') {
        throw UNSUPPORTED;
      }
      i = skipSpaces(i, e);
    }
    restOfLine(l, i);
    return new Seq(items, pos(l, at));
  }

  /** After a quoted text or a list: nothing but spaces and a comment. */
  private void restOfLine(int l, int i) throws Unsupported {
    int e = end(l);
    int k = skipSpaces(i, e);
    if (k < e && (text.charAt(k) != '#' || k == i)) {
      throw UNSUPPORTED;
    }
  }

  private int skipSpaces(int i, int e) {
    while (i < e && text.charAt(i) == ' ') {
      i++;
    }
    return i;
  }

  private static boolean isKeyChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-'
        || c == '.';
  }

  /** An item of a one-line list: a plain text of letters, digits, spaces and a few marks. */
  private static boolean isFlowItemChar(char c) {
    return isKeyChar(c) || c == ' ' || c == '/' || c == '(' || c == ')' || c == '+' || c >= 0xA0;
  }

  /** A character that gives a plain text's first character another meaning, or may. */
  private static boolean isIndicator(char c) {
    return "-?:,[]{}#&*!|>'\"%@`=~ ".indexOf(c) >= 0;
  }

  /** Texts SnakeYAML reads as a null (a key too), left to it. */
  private static boolean isNullWord(String s) {
    return s.equals("null") || s.equals("Null") || s.equals("NULL") || s.equals("~") || s.isEmpty();
  }
}
