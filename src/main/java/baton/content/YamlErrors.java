package baton.content;

import baton.diag.Diagnostic;
import baton.diag.SourcePos;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * Turns what Jackson and SnakeYAML throw into one short diagnostic for someone editing content: at the position of the
 * problem (SnakeYAML's mark, not Jackson's location, which lags behind), in words without Java class names, parser
 * snippets or "Source: (StringReader)", and with a hint where the usual cause is known.
 */
final class YamlErrors {

  private static final String PREFIX = "invalid YAML: ";
  private static final Pattern BAD_START = Pattern.compile("found character '(.+)' that cannot start any token.*");
  private static final Pattern BAD_ESCAPE = Pattern.compile("found unknown escape character (.+?)\\(\\d+\\)");
  private static final Pattern JAVA_NAME = Pattern.compile("<?\\b(?:org|com|java|javax)\\.[\\w.$]+(?:\\([^)]*\\))?>?");
  /** SnakeYAML names some tokens unquoted ("but got :"). */
  private static final Pattern BARE_TOKEN = Pattern.compile("got ([^\\s'<]\\S*)$");
  private static final Pattern CONSTRAINT_SOURCE = Pattern.compile(", from `[^`]*`");

  private YamlErrors() {}

  private record Explained(String message, String hint) {}

  /**
   * @param current where the parser was, for exceptions that carry no position of their own
   */
  static Diagnostic describe(JsonProcessingException e, JsonLocation current, YamlText source) {
    // Jackson wraps SnakeYAML's exceptions; the original carries the problem's own position and words.
    if (e.getCause() instanceof MarkedYAMLException marked) {
      return marked(marked, source);
    }
    if (e.getCause() instanceof ReaderException reader) {
      return badCharacter(reader, source);
    }
    return unexpected(e.getOriginalMessage(), e.getLocation(), current, source);
  }

  /** For what should not happen but must not escape as an exception: a site's content never crashes the loader. */
  static Diagnostic unexpected(String message, JsonLocation location, JsonLocation current, YamlText source) {
    return Diagnostic.error(position(location, current, source), PREFIX + clean(message), null);
  }

  private static Diagnostic marked(MarkedYAMLException e, YamlText source) {
    Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
    SourcePos pos = mark == null
        ? SourcePos.wholeFile(source.file())
        : source.pos(mark.getLine() + 1, mark.getColumn() + 1);
    String problem = e.getProblem() != null ? e.getProblem() : e.getContext();
    if (isOverlongKey(problem, e.getContextMark(), e.getProblemMark())) {
      return Diagnostic.error(pos, PREFIX + "a field name longer than " + MAX_KEY + " characters",
          "field names are short words such as 'name' or 'date'; check that this line is what you meant");
    }
    Explained explained = explain(clean(problem), e.getContext(), e.getContextMark(), source);
    return Diagnostic.error(pos, PREFIX + explained.message(), explained.hint());
  }

  /** YAML reads a key without quotes only up to this length; past it, SnakeYAML says it found no ':'. */
  private static final int MAX_KEY = 1024;

  private static boolean isOverlongKey(String problem, Mark context, Mark found) {
    return problem != null && problem.startsWith("could not find expected ':'") && context != null && found != null
        && context.getLine() == found.getLine() && found.getColumn() - context.getColumn() > MAX_KEY;
  }

  private static Explained explain(String problem, String context, Mark contextMark, YamlText source) {
    Matcher badStart = BAD_START.matcher(problem);
    Matcher badEscape = BAD_ESCAPE.matcher(problem);
    if (problem.contains("(TAB)") || problem.contains("tab character")) {
      return new Explained("a tab cannot be used here", "indent with spaces, not tabs");
    }
    if (badStart.matches()) {
      return new Explained("'" + badStart.group(1) + "' cannot start a value", "put the value in quotes");
    }
    if (badEscape.lookingAt()) {
      return new Explained("unknown escape '\\" + badEscape.group(1) + "' in double quotes",
          "write a backslash as '\\\\', or use single quotes");
    }
    if (problem.startsWith("mapping values are not allowed")) {
      return new Explained("unexpected ':'", "put a value that contains ': ' in quotes, or check the indentation");
    }
    if (problem.startsWith("could not find expected ':'")) {
      return new Explained("expected ':' after a field name", "write each field as 'name: value'");
    }
    if (problem.startsWith("expected <block end>")) {
      return new Explained("the indentation does not match",
          "indent this line like the other fields or list items at its level");
    }
    if (problem.startsWith("found unexpected end of stream")) {
      return new Explained("the " + source.name() + " ends inside a value", where(context, contextMark, source));
    }
    String words = BARE_TOKEN.matcher(problem).replaceAll("got '$1'")
        .replace("<stream end>", "the end of the " + source.name())
        .replace("<block end>", "the end of the block")
        .replace("'<document start>'", "'---'")
        .replace("'<block mapping start>'", "a mapping")
        .replace("'<block sequence start>'", "a list")
        .replace("'<scalar>'", "a value");
    return new Explained(words, where(context, contextMark, source));
  }

  /** "in the list '[' that starts at line 4, column 7", from SnakeYAML's "while parsing a flow sequence". */
  private static String where(String context, Mark mark, YamlText source) {
    if (context == null || mark == null) {
      return null;
    }
    String what = context.replaceFirst("^while (parsing|scanning) (an? )?", "")
        .replace("flow sequence", "list '['")
        .replace("flow mapping", "mapping '{'")
        .replace("block collection", "list")
        .replace("block mapping", "mapping")
        .replace("double-quoted scalar", "quoted text")
        .replace("quoted scalar", "quoted text")
        .replace("scalar", "value");
    return "in the " + what + " that starts at " + lineAndColumn(source.pos(mark.getLine() + 1, mark.getColumn() + 1));
  }

  private static Diagnostic badCharacter(ReaderException e, YamlText source) {
    String text = source.text();
    int index = text.offsetByCodePoints(0, Math.min(e.getPosition(), text.codePointCount(0, text.length())));
    String character = String.format(Locale.ROOT, "U+%04X", e.getCodePoint());
    return Diagnostic.error(at(source, index), PREFIX + "the character " + character + " is not allowed",
        "remove it; YAML does not allow control characters");
  }

  /** A line break that YAML reads and editors do not show (NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR) at index. */
  static Diagnostic hiddenLineBreak(YamlText source, int index) {
    String character = String.format(Locale.ROOT, "U+%04X", (int) source.text().charAt(index));
    return Diagnostic.error(at(source, index), PREFIX + "the character " + character + " is not allowed",
        "YAML reads it as a line break, which most editors do not show; use a normal line break, or remove it");
  }

  /** The position in the file of a char index of the YAML text. */
  private static SourcePos at(YamlText source, int index) {
    SourcePos inText = TextPositions.at(source.file(), source.text(), index);
    return source.pos(inText.line(), inText.column());
  }

  private static SourcePos position(JsonLocation location, JsonLocation current, YamlText source) {
    JsonLocation known = location != null && location.getLineNr() > 0 ? location : current;
    if (known == null || known.getLineNr() < 1) {
      return SourcePos.wholeFile(source.file());
    }
    return source.pos(known.getLineNr(), known.getColumnNr());
  }

  private static String lineAndColumn(SourcePos pos) {
    return "line " + pos.line() + ", column " + pos.column();
  }

  /** The first line, without Java names or Jackson's pointer to its constraint settings. */
  static String clean(String message) {
    if (message == null || message.isBlank()) {
      return "the YAML cannot be read";
    }
    String line = message.strip().lines().findFirst().orElse("");
    line = CONSTRAINT_SOURCE.matcher(line).replaceAll("");
    line = JAVA_NAME.matcher(line).replaceAll("something else").strip();
    if (line.endsWith(".")) {
      line = line.substring(0, line.length() - 1);
    }
    return line.isEmpty() ? "the YAML cannot be read" : Character.toLowerCase(line.charAt(0)) + line.substring(1);
  }
}
