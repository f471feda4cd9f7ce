package baton.site;

import baton.render.OutputFile;
import baton.render.Renderer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import org.jsoup.parser.Parser;

/**
 * Reads every generated page before it is published: each internal link must lead to a file of the output (or an
 * asset), and no page may carry script a reader did not ask for (a script element other than JSON-LD data, an
 * event-handler attribute, a {@code javascript:} or other unsafe URL). Content and templates are untrusted; this
 * is the net under every other defence.
 *
 * <p>Pages are read with the tokenizer rules of HTML (tags, attributes quoted or not, comments, character
 * references in attribute values) rather than built into a tree, which costs a tenth as much; where a browser and a
 * tree builder would disagree, the check takes the stricter reading:
 *
 * <ul>
 *   <li>every start tag counts as an element, wherever it is (a tree builder drops some, a browser may not);
 *   <li>only the content of a {@code <script>} outside {@code <svg>} and {@code <math>} is skipped as text, up to the
 *       first {@code </script>} (a browser never ends it earlier); the content of {@code <style>}, {@code <title>},
 *       {@code <textarea>} and the like is read as markup, as a browser does inside SVG;
 *   <li>{@code <![CDATA[} ends at the first {@code >}, as a browser reads it in HTML.
 * </ul>
 */
public final class OutputCheck {

  /** One problem on one page. */
  public record Problem(String page, String message) {}

  /** The paths of the whole output a link may lead to: its files and the assets beside them. */
  @FunctionalInterface
  public interface Targets {

    /** Whether the output has this path, from its root. */
    boolean has(String path);

    /**
     * Whether the output has the path written as the bytes {@code from} to {@code to} of {@code b}, all ASCII,
     * followed by {@code index.html} when {@code index}.
     */
    default boolean has(byte[] b, int from, int to, boolean index) {
      String path = new String(b, from, to - from, StandardCharsets.ISO_8859_1);
      return has(index ? path + "index.html" : path);
    }
  }

  /**
   * The paths of a whole output, for {@link #checkOne}: its files and the assets copied beside them, looked up quickly,
   * and from a page's bytes.
   */
  public static Targets targets(Collection<String> files, Set<String> assets) {
    Set<String> all = new HashSet<>(assets);
    all.addAll(files);
    return new OutputPathSet(all);
  }

  private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto");
  private static final Set<String> ANIMATIONS = Set.of("animate", "set", "animatemotion", "animatetransform");
  /**
   * Every attribute the checks below read, besides event handlers ({@code on...}): the scan keeps only these, by
   * their index here. A new check of an attribute adds its name here: URLs first, animated values last.
   */
  private static final List<String> READ_ATTRIBUTES =
      List.of(
          "href", "src", "action", "formaction", "xlink:href", "poster", "srcset", "data", "type", "srcdoc",
          "http-equiv", "content", "to", "from", "values", "by");
  /** The attributes before this index in {@link #READ_ATTRIBUTES} hold URLs. */
  private static final int URL_ATTRIBUTE_COUNT = 8;
  private static final int TYPE = READ_ATTRIBUTES.indexOf("type");
  private static final int SRCDOC = READ_ATTRIBUTES.indexOf("srcdoc");
  private static final int HTTP_EQUIV = READ_ATTRIBUTES.indexOf("http-equiv");
  private static final int CONTENT = READ_ATTRIBUTES.indexOf("content");
  /** The attributes from this index in {@link #READ_ATTRIBUTES} on are the values an SVG animation sets. */
  private static final int FIRST_ANIMATED_VALUE = READ_ATTRIBUTES.indexOf("to");
  /** An event-handler attribute, whose name is kept as it is. */
  private static final int HANDLER = -1;
  /** The bytes that end a tag's name: a space, {@code /} or {@code >}; with {@code =}, those that end an attribute's. */
  private static final boolean[] ENDS_TAG_NAME = new boolean[256];
  private static final boolean[] ENDS_ATTRIBUTE_NAME = new boolean[256];
  private static final boolean[] SPACE = new boolean[256];
  /** The first letters of the names in {@link #KIND_NAMES}, in both cases. */
  private static final boolean[] STARTS_KIND_NAME = new boolean[256];
  /**
   * {@link #READ_ATTRIBUTES} as bytes by their first letter, compared with a page's bytes without a call per
   * character: most attributes of a page ({@code class}, {@code id}, {@code dir}...) are passed over after one or two.
   */
  private static final byte[][][] READ_ATTRIBUTES_BY_LETTER = byFirstLetter(READ_ATTRIBUTES);
  /** The index in {@link #READ_ATTRIBUTES} of each name of {@link #READ_ATTRIBUTES_BY_LETTER}. */
  private static final int[][] READ_IDS_BY_LETTER = idsByFirstLetter(READ_ATTRIBUTES);

  // The elements the check looks for, by the kind their tag name gives them.
  private static final int OTHER = 0;
  private static final int SVG = 1;
  private static final int MATH = 2;
  private static final int SCRIPT = 3;
  private static final int IFRAME = 4;
  private static final int FRAME = 5;
  private static final int OBJECT = 6;
  private static final int EMBED = 7;
  private static final int BASE = 8;
  private static final int META = 9;
  private static final byte[][] KIND_NAMES = {
    null, ascii("svg"), ascii("math"), ascii("script"), ascii("iframe"), ascii("frame"), ascii("object"),
    ascii("embed"), ascii("base"), ascii("meta")
  };

  static {
    for (char c : " \t\n\f\r".toCharArray()) {
      SPACE[c] = true;
    }
    for (int c = 0; c < 256; c++) {
      ENDS_TAG_NAME[c] = SPACE[c] || c == '/' || c == '>';
      ENDS_ATTRIBUTE_NAME[c] = ENDS_TAG_NAME[c] || c == '=';
    }
    for (byte[] name : KIND_NAMES) {
      if (name != null) {
        STARTS_KIND_NAME[name[0]] = true;
        STARTS_KIND_NAME[name[0] - 32] = true;
      }
    }
  }

  private static byte[][][] byFirstLetter(List<String> names) {
    byte[][][] table = new byte[128][][];
    for (int c = 0; c < 128; c++) {
      int letter = c;
      table[c] = names.stream().filter(n -> n.charAt(0) == letter).map(OutputCheck::ascii).toArray(byte[][]::new);
    }
    return table;
  }

  private static int[][] idsByFirstLetter(List<String> names) {
    int[][] table = new int[128][];
    for (int c = 0; c < 128; c++) {
      int letter = c;
      table[c] = IntStream.range(0, names.size()).filter(i -> names.get(i).charAt(0) == letter).toArray();
    }
    return table;
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  private OutputCheck() {}

  /**
   * @param files what the build renders
   * @param assets the paths of the assets that will be copied beside them, from the output root
   */
  public static List<Problem> check(List<OutputFile> files, Set<String> assets) {
    return check(files, assets, () -> false);
  }

  /**
   * {@link #check}, asking {@code stop} before each page: once it says true, the check ends with
   * {@link Renderer.Stopped}.
   */
  public static List<Problem> check(List<OutputFile> files, Set<String> assets, BooleanSupplier stop) {
    return checkSome(files, targets(files.stream().map(OutputFile::path).toList(), assets), stop);
  }

  /**
   * Checks some of a build's files ({@code baton serve} checks the pages it renders first), links resolved against
   * {@code targets}: whether the whole output has a path, page or asset.
   */
  public static List<Problem> checkSome(List<OutputFile> files, Targets targets) {
    return checkSome(files, targets, () -> false);
  }

  private static List<Problem> checkSome(List<OutputFile> files, Targets targets, BooleanSupplier stop) {
    // Pages are independent: read them on every core, then report in the order of the files.
    List<List<Problem>> perPage =
        IntStream.range(0, files.size())
            .parallel()
            .mapToObj(i -> {
              if (stop.getAsBoolean()) {
                throw new Renderer.Stopped();
              }
              return files.get(i).path().endsWith(".html") ? checkPage(files.get(i), targets) : List.<Problem>of();
            })
            .toList();
    return inFileOrder(perPage);
  }

  /**
   * The problems of a build's files ({@link #checkOne} of each, in the order of the files) as one list: a broken link
   * in the layout shows on every page once per use, and each page's problem is reported once.
   */
  public static List<Problem> inFileOrder(List<List<Problem>> perFile) {
    Set<Problem> problems = new LinkedHashSet<>();
    perFile.forEach(problems::addAll);
    return List.copyOf(problems);
  }

  /**
   * The problems of one file of a build, links resolved against {@code targets} (whether the whole output has a
   * path, page or asset): those of a page, none for other files.
   */
  public static List<Problem> checkOne(OutputFile f, Targets targets) {
    return f.path().endsWith(".html") ? checkPage(f, targets) : List.of();
  }

  /** The problems of one page: its script elements first, then the others in the order of the page. */
  private static List<Problem> checkPage(OutputFile f, Targets targets) {
    PageScan scan = new PageScan(f.path(), f.bytes(), targets);
    scan.run();
    if (scan.scripts.isEmpty()) {
      return scan.others;
    }
    List<Problem> all = new ArrayList<>(scan.scripts);
    all.addAll(scan.others);
    return all;
  }

  /** One pass over a page's bytes. Markup is ASCII, so the UTF-8 bytes are read as they are. */
  private static final class PageScan {

    private final String page;
    private final byte[] b;
    private final Targets targets;
    final List<Problem> scripts = new ArrayList<>();
    final List<Problem> others = new ArrayList<>();
    private int pos;
    /** How many {@code <svg>} and {@code <math>} elements are open, as far as start and end tags tell. */
    private int foreign;

    // The tag being read: its name, and the attributes the check reads (event handlers, URLs, type), by offset.
    private int tagStart;
    private int tagEnd;
    private String tag;
    /** The kind of element the tag makes: {@link #SVG}, {@link #SCRIPT}... or {@link #OTHER}. */
    private int kind;
    /** How many folders down from the output root the page is: the {@code ../} a plain link starts with. */
    private final int depth;
    // The attributes kept by the last readAttributes: how many, which (an index in READ_ATTRIBUTES, or HANDLER with
    // the handler's name), and where each value starts and ends (-1 for none).
    private int count;
    private int[] ids = new int[8];
    private String[] handlers = new String[8];
    private int[] valueAt = new int[16];

    PageScan(String page, byte[] bytes, Targets targets) {
      this.page = page;
      this.b = bytes;
      this.targets = targets;
      int d = 0;
      for (int i = page.indexOf('/'); i >= 0; i = page.indexOf('/', i + 1)) {
        d++;
      }
      this.depth = d;
    }

    void run() {
      int n = b.length;
      while (pos < n) {
        int lt = indexOf((byte) '<', pos);
        if (lt < 0) {
          return;
        }
        pos = lt + 1;
        if (pos >= n) {
          return;
        }
        byte c = b[pos];
        if (c == '!') {
          markupDeclaration();
        } else if (c == '?') {
          pos = skipPast((byte) '>', pos);
        } else if (c == '/') {
          endTag();
        } else if (isAsciiLetter(c)) {
          startTag();
        }
        // Anything else: the '<' was text.
      }
    }

    private void markupDeclaration() {
      // pos is at '!'
      if (startsWith("!--", pos)) {
        int p = pos + 3;
        if (p < b.length && b[p] == '>') {
          pos = p + 1;
          return;
        }
        if (p + 1 < b.length && b[p] == '-' && b[p + 1] == '>') {
          pos = p + 2;
          return;
        }
        for (int i = p; i < b.length; i++) {
          if (b[i] == '-' && i + 1 < b.length && b[i + 1] == '-') {
            if (i + 2 < b.length && b[i + 2] == '>') {
              pos = i + 3;
              return;
            }
            if (i + 3 < b.length && b[i + 2] == '!' && b[i + 3] == '>') {
              pos = i + 4;
              return;
            }
          }
        }
        pos = b.length;
        return;
      }
      // A doctype, a CDATA section outside foreign content, or a bogus comment: all end at the first '>'.
      pos = skipPast((byte) '>', pos);
    }

    private void endTag() {
      // pos is at '/'
      int p = pos + 1;
      if (p < b.length && b[p] == '>') {
        pos = p + 1;
        return;
      }
      if (p >= b.length || !isAsciiLetter(b[p])) {
        pos = skipPast((byte) '>', p);
        return;
      }
      pos = p;
      // Only the end of an svg or math element matters, and only inside one.
      tagName(foreign > 0);
      if (pos < b.length && b[pos] == '>') {
        pos++; // the usual end tag, without attributes
        tagComplete = true;
      } else {
        readAttributes(); // an end tag's attributes mean nothing, but a quoted '>' inside one does not end it
      }
      if (!tagComplete) {
        return;
      }
      if ((kind == SVG || kind == MATH) && foreign > 0) {
        foreign--;
      }
    }

    private void startTag() {
      tagName(true);
      boolean selfClosing = readAttributes();
      if (!tagComplete) {
        return; // the page ended inside the tag: no element
      }
      tag = null;
      element();
      if (kind == SVG || kind == MATH) {
        if (!selfClosing) {
          foreign++;
        }
      } else if (foreign == 0 && kind == SCRIPT) {
        skipScriptText();
      }
    }

    /** Whether the last {@link #readAttributes} reached the tag's {@code >}. */
    private boolean tagComplete;

    /** Reads the tag's name; with {@code classify}, sets {@link #kind} from it (else leaves it {@link #OTHER}). */
    private void tagName(boolean classify) {
      tagStart = pos;
      while (pos < b.length && !ENDS_TAG_NAME[b[pos] & 0xff]) {
        pos++;
      }
      tagEnd = pos;
      kind = OTHER;
      int length = tagEnd - tagStart;
      if (!classify || length < 3 || length > 6 || !STARTS_KIND_NAME[b[tagStart] & 0xff]) {
        return; // none of the names looked for
      }
      for (int k = 1; k < KIND_NAMES.length; k++) {
        if (equalsLower(tagStart, tagEnd, KIND_NAMES[k])) {
          kind = k;
          break;
        }
      }
    }

    /** The tag's name as a parser gives it, made only when a problem names it. */
    private String tag() {
      if (tag == null) {
        tag = lowerName(tagStart, tagEnd);
      }
      return tag;
    }

    /**
     * Reads the attributes up to the tag's {@code >}, keeping the ones the check reads in {@link #ids},
     * {@link #handlers} and {@link #valueAt} (the first of each name, as a parser does); returns whether the tag ended
     * with {@code />}.
     */
    private boolean readAttributes() {
      count = 0;
      tagComplete = false;
      boolean selfClosing = false;
      int n = b.length;
      while (pos < n) {
        byte c = b[pos];
        if (isSpace(c)) {
          pos++;
          continue;
        }
        if (c == '>') {
          pos++;
          tagComplete = true;
          return selfClosing;
        }
        if (c == '/') {
          pos++;
          selfClosing = pos < n && b[pos] == '>';
          continue;
        }
        selfClosing = false;
        // An attribute name: its first character may be '='.
        int start = pos++;
        while (pos < n && !ENDS_ATTRIBUTE_NAME[b[pos] & 0xff]) {
          pos++;
        }
        int end = pos;
        while (pos < n && isSpace(b[pos])) {
          pos++;
        }
        int vs = -1;
        int ve = -1;
        if (pos < n && b[pos] == '=') {
          pos++;
          while (pos < n && isSpace(b[pos])) {
            pos++;
          }
          if (pos < n && (b[pos] == '"' || b[pos] == '\'')) {
            byte quote = b[pos];
            vs = pos + 1;
            ve = indexOf(quote, vs);
            if (ve < 0) {
              pos = n;
              return false;
            }
            pos = ve + 1;
          } else {
            vs = pos;
            while (pos < n && !isSpace(b[pos]) && b[pos] != '>') {
              pos++;
            }
            ve = pos;
          }
        }
        int id = readId(start, end);
        if (id != NOT_READ) {
          String handler = id == HANDLER ? lowerName(start, end) : null;
          if (indexOf(id, handler) < 0) {
            keep(id, handler, vs, ve);
          }
        }
      }
      return false;
    }

    private static final int NOT_READ = -2;

    /**
     * Which attribute the check reads this is: {@link #HANDLER} for an event handler, an index in
     * {@link #READ_ATTRIBUTES} for a URL, a script's type and the others; {@link #NOT_READ} for the rest.
     */
    private int readId(int start, int end) {
      if (end - start >= 2 && (b[start] | 0x20) == 'o' && (b[start + 1] | 0x20) == 'n') {
        return HANDLER;
      }
      int first = b[start] | 0x20;
      if (first < 0 || first >= 128) {
        return NOT_READ;
      }
      byte[][] candidates = READ_ATTRIBUTES_BY_LETTER[first];
      for (int i = 0; i < candidates.length; i++) {
        if (equalsLower(start, end, candidates[i])) {
          return READ_IDS_BY_LETTER[first][i];
        }
      }
      return NOT_READ;
    }

    /** The slot of a kept attribute, or -1. */
    private int indexOf(int id, String handler) {
      for (int k = 0; k < count; k++) {
        if (ids[k] == id && (id != HANDLER || handlers[k].equals(handler))) {
          return k;
        }
      }
      return -1;
    }

    private void keep(int id, String handler, int vs, int ve) {
      if (count == ids.length) {
        ids = Arrays.copyOf(ids, count * 2);
        handlers = Arrays.copyOf(handlers, count * 2);
        valueAt = Arrays.copyOf(valueAt, count * 4);
      }
      ids[count] = id;
      handlers[count] = handler;
      valueAt[2 * count] = vs;
      valueAt[2 * count + 1] = ve;
      count++;
    }

    private String valueOf(int k) {
      int vs = valueAt[2 * k];
      return vs < 0 ? "" : value(vs, valueAt[2 * k + 1]);
    }

    /** Skips a script's text: a browser ends it at the first {@code </script} followed by a space, / or >. */
    private void skipScriptText() {
      int n = b.length;
      for (int i = indexOf((byte) '<', pos); i >= 0; i = indexOf((byte) '<', i + 1)) {
        if (i + 8 < n && b[i + 1] == '/' && regionMatchesLower(i + 2, "script")) {
          byte after = b[i + 8];
          if (isSpace(after) || after == '/' || after == '>') {
            pos = i;
            return;
          }
        }
      }
      pos = n;
    }

    private void element() {
      if (kind == SCRIPT) {
        int type = indexOf(TYPE, null);
        if (type < 0 || !"application/ld+json".equalsIgnoreCase(valueOf(type))) {
          scripts.add(new Problem(page, "a <script> element (pages carry no script)"));
        }
      }
      if (kind == IFRAME || kind == FRAME || kind == OBJECT || kind == EMBED) {
        others.add(new Problem(page, "a <" + tag() + "> element"));
      } else if (kind == BASE) {
        others.add(new Problem(page, "a <base> element (it would change where every link of the page leads)"));
      } else if (kind == META && "refresh".equalsIgnoreCase(attr(HTTP_EQUIV).strip())) {
        checkRefresh(page, attr(CONTENT), others);
      }
      for (int i = 0; i < count; i++) {
        int id = ids[i];
        if (id == HANDLER) {
          others.add(new Problem(page, "an event-handler attribute " + handlers[i] + " on <" + tag() + ">"));
        } else if (id == SRCDOC) {
          others.add(new Problem(page, "an srcdoc attribute on <" + tag() + "> (a page inside the page)"));
        } else if (id < URL_ATTRIBUTE_COUNT) {
          checkUrl(i, READ_ATTRIBUTES.get(id));
        } else if (id >= FIRST_ANIMATED_VALUE && ANIMATIONS.contains(tag())) {
          checkAnimatedValue(page, tag(), READ_ATTRIBUTES.get(id), valueOf(i), others);
        }
      }
    }

    /** The value of the first attribute read as {@code id}, as a parser gives it; empty when there is none. */
    private String attr(int id) {
      int k = indexOf(id, null);
      return k < 0 ? "" : valueOf(k);
    }

    private void checkUrl(int k, String attribute) {
      // Most links are plain: a value without scheme, query or fragment that climbs to the root and goes down.
      int vs = valueAt[2 * k];
      if (vs >= 0 && isPlainLinkToExistingFile(vs, valueAt[2 * k + 1])) {
        return;
      }
      OutputCheck.checkUrl(page, tag(), attribute, valueOf(k), targets, others);
    }

    /**
     * Whether the attribute value from {@code start} to {@code end} is {@code ../} once per folder of the page, then a
     * path of plain ASCII names to a file or folder of the output: what {@link OutputCheck#checkUrl} would accept,
     * found from the page's bytes without decoding the value.
     */
    private boolean isPlainLinkToExistingFile(int start, int end) {
      int at = start;
      for (int d = 0; d < depth; d++, at += 3) {
        if (at + 3 > end || b[at] != '.' || b[at + 1] != '.' || b[at + 2] != '/') {
          return false;
        }
      }
      if (at >= end) {
        return false;
      }
      int segment = at;
      for (int i = at; i < end; i++) {
        byte c = b[i];
        if (c == '/') {
          if (i == segment || b[segment] == '.') {
            return false; // an empty, "." or ".." segment, or a name starting with a dot: the general path
          }
          segment = i + 1;
        } else if (c <= ' ' || c == ':' || c == '?' || c == '#' || c == '\\' || c == '%' || c == '&') {
          return false; // also every byte of a character beyond ASCII, negative as a byte
        }
      }
      if (segment < end && b[segment] == '.') {
        return false;
      }
      return targets.has(b, at, end, false) || b[end - 1] == '/' && targets.has(b, at, end, true);
    }

    /** An attribute value as a parser gives it: character references decoded, NUL replaced. */
    private String value(int start, int end) {
      String v = new String(b, start, end - start, StandardCharsets.UTF_8);
      if (v.indexOf('&') >= 0) {
        v = Parser.unescapeEntities(v, true);
      }
      return v.indexOf('\0') >= 0 ? v.replace('\0', '\uFFFD') : v;
    }

    /** A tag or attribute name, lower-cased in ASCII as HTML does; NUL becomes U+FFFD. */
    private String lowerName(int start, int end) {
      boolean plain = true;
      for (int i = start; i < end; i++) {
        byte c = b[i];
        if ((c >= 'A' && c <= 'Z') || c == 0 || c < 0) {
          plain = false;
          break;
        }
      }
      if (plain) {
        return new String(b, start, end - start, StandardCharsets.ISO_8859_1);
      }
      String s = new String(b, start, end - start, StandardCharsets.UTF_8).replace('\0', '\uFFFD');
      StringBuilder out = new StringBuilder(s.length());
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        out.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
      }
      return out.toString();
    }

    /** Whether the bytes from start to end are {@code lower}, ignoring ASCII case. */
    private boolean equalsLower(int start, int end, byte[] lower) {
      if (end - start != lower.length) {
        return false;
      }
      for (int k = 0; k < lower.length; k++) {
        int c = b[start + k];
        if (c >= 'A' && c <= 'Z') {
          c += 32;
        }
        if (c != lower[k]) {
          return false;
        }
      }
      return true;
    }

    private boolean regionMatchesLower(int at, String lower) {
      for (int k = 0; k < lower.length(); k++) {
        int c = b[at + k];
        if (c >= 'A' && c <= 'Z') {
          c += 32;
        }
        if (c != lower.charAt(k)) {
          return false;
        }
      }
      return true;
    }

    private boolean startsWith(String s, int at) {
      if (at + s.length() > b.length) {
        return false;
      }
      for (int k = 0; k < s.length(); k++) {
        if (b[at + k] != s.charAt(k)) {
          return false;
        }
      }
      return true;
    }

    private int indexOf(byte c, int from) {
      for (int i = from; i < b.length; i++) {
        if (b[i] == c) {
          return i;
        }
      }
      return -1;
    }

    private int skipPast(byte c, int from) {
      int i = indexOf(c, from);
      return i < 0 ? b.length : i + 1;
    }

    private static boolean isSpace(byte c) {
      return SPACE[c & 0xff];
    }

    private static boolean isAsciiLetter(byte c) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
  }

  /** SVG animation can set an attribute, a link's href included, to any of its values: none may be a script URL. */
  private static void checkAnimatedValue(String page, String tag, String attribute, String value, List<Problem> problems) {
    for (String v : value.split(";")) {
      String scheme = schemeOf(v);
      if (scheme != null && !SAFE_SCHEMES.contains(scheme)) {
        problems.add(new Problem(page, "an unsafe " + scheme + ": URL in " + attribute + " of <" + tag + ">"));
        return;
      }
    }
  }

  /** {@code <meta http-equiv="refresh" content="0; url=...">} sends the reader on: only to a safe URL. */
  private static void checkRefresh(String page, String content, List<Problem> problems) {
    int at = content.toLowerCase(Locale.ROOT).indexOf("url=");
    String scheme = at < 0 ? null : schemeOf(content.substring(at + 4).replaceAll("^['\"]", ""));
    if (scheme != null && !SAFE_SCHEMES.contains(scheme)) {
      problems.add(new Problem(page, "an unsafe " + scheme + ": URL in a <meta> refresh"));
    }
  }

  /** The scheme of a URL as a browser reads it (blanks and controls inside ignored), lower case; null when none. */
  private static String schemeOf(String value) {
    String squeezed = squeeze(value.strip());
    int colon = squeezed.indexOf(':');
    int slash = squeezed.indexOf('/');
    if (colon > 0 && (slash < 0 || colon < slash) && isScheme(squeezed, colon)) {
      return squeezed.substring(0, colon);
    }
    return null;
  }

  /**
   * Whether a link to {@code url} written on {@code page} passes the check: a safe scheme, or a path inside the site to
   * one of {@code targets}.
   */
  public static boolean accepts(String page, String url, Targets targets) {
    List<Problem> problems = new ArrayList<>();
    checkUrl(page, "a", "href", url, targets, problems);
    return problems.isEmpty();
  }

  private static void checkUrl(
      String page, String tag, String attribute, String value, Targets targets, List<Problem> problems) {
    String url = value.strip();
    // Browsers ignore ASCII whitespace and control characters inside a scheme: so does this check.
    String squeezed = squeeze(url);
    int colon = squeezed.indexOf(':');
    int slash = squeezed.indexOf('/');
    boolean hasScheme = colon > 0 && (slash < 0 || colon < slash) && isScheme(squeezed, colon);
    if (hasScheme) {
      String scheme = squeezed.substring(0, colon);
      if (!SAFE_SCHEMES.contains(scheme)) {
        problems.add(new Problem(page, "an unsafe " + scheme + ": URL in " + attribute + " of <" + tag + ">"));
      }
      return;
    }
    if (url.isEmpty() || url.startsWith("#") || url.startsWith("//") || attribute.equals("srcset")) {
      return;
    }
    String target = resolve(page, url);
    if (target == null) {
      problems.add(new Problem(page, "a link that leaves the site: " + url));
    } else if (!targets.has(target) && !targets.has(target + "index.html") && !targets.has(target + "/index.html")) {
      problems.add(new Problem(page, "a link to a page that does not exist: " + url));
    }
  }

  /** The URL without characters U+0000 to U+0020, lower-cased. */
  private static String squeeze(String url) {
    StringBuilder out = null;
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c <= 0x20) {
        if (out == null) {
          out = new StringBuilder(url.length()).append(url, 0, i);
        }
      } else if (out != null) {
        out.append(c);
      }
    }
    return (out == null ? url : out.toString()).toLowerCase(Locale.ROOT);
  }

  /** Whether {@code s} up to {@code end} is a URL scheme: a letter, then letters, digits, +, . or -. */
  private static boolean isScheme(String s, int end) {
    for (int i = 0; i < end; i++) {
      char c = s.charAt(i);
      boolean letter = c >= 'a' && c <= 'z';
      if (i == 0 ? !letter : !(letter || (c >= '0' && c <= '9') || c == '+' || c == '.' || c == '-')) {
        return false;
      }
    }
    return end > 0;
  }

  /** The output path a relative URL on {@code page} points to, without query or fragment; null above the root. */
  static String resolve(String page, String url) {
    String path = url;
    int cut = indexOfAny(path, '#', '?');
    if (cut >= 0) {
      path = path.substring(0, cut);
    }
    List<String> parts = new ArrayList<>();
    String[] base = page.split("/");
    for (int i = 0; i < base.length - 1; i++) {
      parts.add(base[i]);
    }
    if (path.startsWith("/")) {
      parts.clear();
    }
    for (String p : path.split("/", -1)) {
      if (p.isEmpty() || p.equals(".")) {
        continue;
      }
      if (p.equals("..")) {
        if (parts.isEmpty()) {
          return null;
        }
        parts.remove(parts.size() - 1);
      } else {
        parts.add(p);
      }
    }
    String joined = String.join("/", parts);
    return path.endsWith("/") && !joined.isEmpty() ? joined + "/" : joined;
  }

  private static int indexOfAny(String s, char a, char b) {
    int i = s.indexOf(a);
    int j = s.indexOf(b);
    return i < 0 ? j : j < 0 ? i : Math.min(i, j);
  }
}
