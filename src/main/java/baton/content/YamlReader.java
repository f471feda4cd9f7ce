package baton.content;

import baton.diag.Diagnostic;
import baton.diag.SourcePos;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Parses the YAML of one entry into position-tagged nodes, walking the parser's tokens ourselves rather than binding to
 * a tree: every value keeps the line and column where it was written, every scalar keeps its text as written
 * ({@code NO}, {@code 012} and {@code 2024-02-22} are never turned into a boolean, a number or a date), and duplicate
 * keys are caught with both positions. One instance serves all files, from any thread.
 */
final class YamlReader {

  private final StrictYamlParser.Factory factory;
  private final int maxDepth;
  /** Whether the common shape of content YAML is read by {@link PlainYaml}, sparing SnakeYAML (false in tests). */
  private final boolean plainFirst;
  /**
   * One instance of each short text read so far, keys and values (field names, ids, stances, dates), shared by every
   * file: a site's files repeat a few hundred of them hundreds of thousands of times, and each would otherwise stay
   * in memory as a string of its own until the build ends. Bounded, so that no input can grow it without end.
   */
  private final Map<String, String> texts = new ConcurrentHashMap<>();

  private static final int SHORT_TEXT = 40;
  private static final int MAX_TEXTS = 65_536;

  YamlReader(Limits limits) {
    this(limits, true);
  }

  YamlReader(Limits limits, boolean plainFirst) {
    this.maxDepth = limits.maxNestingDepth();
    this.plainFirst = plainFirst;
    // UTF-8 never decodes to more chars (or code points) than it has bytes, so the file limit bounds the text too;
    // one more for the LF that withLineEndsAsCounted may add.
    int maxChars = (int) limits.maxFileBytes() + 1;
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(maxChars);
    options.setNestingDepthLimit(limits.maxNestingDepth());
    // Anchors and aliases are refused by StrictYamlParser; these only keep SnakeYAML's own guards tight as well.
    options.setMaxAliasesForCollections(1);
    options.setAllowRecursiveKeys(false);
    options.setAllowDuplicateKeys(false);
    options.setProcessComments(false);
    StreamReadConstraints constraints = StreamReadConstraints.builder()
        .maxNestingDepth(limits.maxNestingDepth())
        .maxDocumentLength(maxChars)
        .maxStringLength(maxChars)
        .maxNameLength(maxChars)
        .build();
    this.factory = new StrictYamlParser.Factory(
        YAMLFactory.builder()
            .loaderOptions(options)
            .streamReadConstraints(constraints)
            // duplicates are found while building the tree, where both positions are known and all are reported
            .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            // an empty value ("date:") is a YAML null, a quoted empty text ('') is not
            .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL),
        limits.maxNestingDepth());
  }

  /**
   * The mapping the YAML holds. Anything wrong is added to {@code problems}, and then there is no mapping: an entry
   * with a broken or ambiguous document is left out rather than half read.
   */
  Optional<Mapping> read(YamlText source, List<Diagnostic> problems) {
    // PlainYaml reads no text with a NEL, LINE SEPARATOR or PARAGRAPH SEPARATOR: only the full parser's need a look.
    if (plainFirst) {
      Mapping plain = PlainYaml.read(source, this::shared, maxDepth);
      if (plain != null) {
        return Optional.of(plain);
      }
    }
    int hiddenLineBreak = firstHiddenLineBreak(source.text());
    if (hiddenLineBreak >= 0) {
      problems.add(YamlErrors.hiddenLineBreak(source, hiddenLineBreak));
      return Optional.empty();
    }
    try (StrictYamlParser parser = factory.open(withLineEndsAsCounted(source.text()))) {
      try {
        return new TreeBuilder(parser, source, problems, this::shared).document();
      } catch (YamlRefused e) {
        problems.add(e.toDiagnostic(source));
      } catch (JsonProcessingException e) {
        problems.add(YamlErrors.describe(e, parser.currentLocation(), source));
      } catch (RuntimeException e) {
        // SnakeYAML and Jackson are meant to throw only the above; if one slips through, it is still the file's fault.
        problems.add(YamlErrors.unexpected(e.getMessage(), null, parser.currentLocation(), source));
      }
    } catch (IOException e) {
      // The text is in memory, so this is only close() reporting; the problem, if any, is already recorded.
      problems.add(YamlErrors.unexpected(e.getMessage(), null, null, source));
    }
    return Optional.empty();
  }

  /**
   * The index of the first NEL, LINE SEPARATOR or PARAGRAPH SEPARATOR, or -1. YAML ends a line at each of them, most
   * editors show none of them, so every line and column after one would differ from the ones the user sees.
   */
  private static int firstHiddenLineBreak(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return i;
      }
    }
    return -1;
  }

  /**
   * The text, with an LF after a CR that ends it. SnakeYAML takes a CR for a line end only once it has looked at the
   * character after it, so at the very end it counts the CR as a column instead: a position at the end of the text
   * would then lie past the end of a line. A CR and a CRLF end a line alike in YAML, so nothing else changes.
   */
  private static String withLineEndsAsCounted(String text) {
    return text.endsWith("\r") ? text + "\n" : text;
  }

  /** The instance of this text kept for all files, when it is short; the text itself otherwise. */
  private String shared(String text) {
    if (text == null || text.length() > SHORT_TEXT) {
      return text;
    }
    String kept = texts.get(text);
    if (kept != null) {
      return kept;
    }
    if (texts.size() >= MAX_TEXTS) {
      return text;
    }
    kept = texts.putIfAbsent(text, text);
    return kept == null ? text : kept;
  }

  /** Builds the nodes of one document; recursion is bounded by the nesting limit that the parser enforces. */
  private static final class TreeBuilder {

    private final StrictYamlParser parser;
    private final YamlText source;
    private final List<Diagnostic> problems;
    private final UnaryOperator<String> shared;
    private boolean failed;

    TreeBuilder(StrictYamlParser parser, YamlText source, List<Diagnostic> problems, UnaryOperator<String> shared) {
      this.parser = parser;
      this.source = source;
      this.problems = problems;
      this.shared = shared;
    }

    Optional<Mapping> document() throws IOException {
      JsonToken first = parser.nextToken();
      if (first == null || first == JsonToken.VALUE_NULL) {
        problems.add(empty());
        return Optional.empty();
      }
      SourcePos pos = tokenPos();
      if (first != JsonToken.START_OBJECT) {
        String found = first == JsonToken.START_ARRAY ? "a list" : "a text";
        problems.add(Diagnostic.error(pos, "expected a mapping of fields, found " + found,
            "write the fields as 'name: value' lines"));
        return Optional.empty();
      }
      Mapping mapping = readMapping(pos);
      if (parser.nextToken() != null) {
        // StrictYamlParser refuses a second document at its '---'; this is for one it would not see coming.
        problems.add(Diagnostic.error(tokenPos(), "more than one YAML document", "an entry is one mapping of fields"));
        return Optional.empty();
      }
      return failed ? Optional.empty() : Optional.of(mapping);
    }

    private Diagnostic empty() {
      if (source.frontMatter()) {
        return Diagnostic.error(SourcePos.at(source.file(), source.lineOffset(), 1), "the front matter is empty",
            "write the entry's fields as 'name: value' lines between the two '---' lines");
      }
      return Diagnostic.error(SourcePos.wholeFile(source.file()), "the file is empty",
          "write the entry's fields as 'name: value' lines");
    }

    private Node readNode() throws IOException {
      SourcePos pos = tokenPos();
      return switch (parser.currentToken()) {
        case START_OBJECT -> readMapping(pos);
        case START_ARRAY -> readSeq(pos);
        case VALUE_NULL -> new Scalar(null, false, pos);
        // Whatever Jackson took it for (a number, a boolean), the text stays as written.
        default -> new Scalar(shared.apply(checkedText(parser.getText(), pos)), parser.isQuoted(), pos);
      };
    }

    private Mapping readMapping(SourcePos pos) throws IOException {
      Map<String, Field> fields = new LinkedHashMap<>();
      while (next() == JsonToken.FIELD_NAME) {
        SourcePos keyPos = tokenPos();
        String key = shared.apply(checkedText(parser.currentName(), keyPos));
        next();
        Field field = new Field(key, keyPos, readNode());
        Field first = fields.putIfAbsent(key, field);
        if (first != null) {
          duplicate(field, first);
        }
      }
      return new Mapping(fields, pos);
    }

    private Seq readSeq(SourcePos pos) throws IOException {
      List<Node> items = new ArrayList<>();
      while (next() != JsonToken.END_ARRAY) {
        items.add(readNode());
      }
      return new Seq(items, pos);
    }

    /**
     * The text, after reporting a control character in it. SnakeYAML refuses them written raw, but an escape in
     * double quotes ({@code "\0"}, {@code "\e"}, {@code "\x9b"}) makes one: it would be invalid in the HTML and XML
     * written from it, and could drive the terminal that prints a message quoting it.
     */
    private String checkedText(String text, SourcePos pos) {
      int bad = ControlCharacters.first(text);
      if (bad >= 0) {
        failed = true;
        problems.add(Diagnostic.error(pos, "the text holds the control character " + ControlCharacters.name(text, bad),
            "remove the escape that writes it, such as \\e or \\0: text may not hold control characters"));
      }
      return text;
    }

    private void duplicate(Field second, Field first) {
      failed = true;
      problems.add(Diagnostic.error(second.keyPos(), "duplicate key '" + second.key() + "'",
          "first at line " + first.keyPos().line() + "; keep one of them"));
    }

    /** The next token; SnakeYAML reports an unclosed document itself, so running out here is a parser fault. */
    private JsonToken next() throws IOException {
      JsonToken token = parser.nextToken();
      if (token == null) {
        throw new YamlRefused("the " + source.name() + " ends too early", null, lastLine(), 1);
      }
      return token;
    }

    private int lastLine() {
      JsonLocation location = parser.currentLocation();
      return location == null ? 1 : Math.max(1, location.getLineNr());
    }

    private SourcePos tokenPos() {
      JsonLocation location = parser.currentTokenLocation();
      return source.pos(location.getLineNr(), location.getColumnNr());
    }
  }
}
