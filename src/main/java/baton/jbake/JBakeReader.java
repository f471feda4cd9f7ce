package baton.jbake;

import baton.diag.Diagnostic;
import baton.diag.SourcePos;
import java.nio.file.Path;
import java.text.ParseException;
import java.text.SimpleDateFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jbake.model.DocumentModel;
import org.jbake.parser.MarkupEngine;
import org.jbake.parser.RawMarkupEngine;
import org.jbake.parser.YamlEngine;

/**
 * Reads JBake content files through jbake-core's own parsers, without its content store or its Oven.
 *
 * <p>A {@code .md} or {@code .html} file goes through {@link RawMarkupEngine}: jbake-core's {@link MarkupEngine#parse}
 * reads the header exactly as JBake does (its separator, {@code date.format}, tag splitting and {@code tag.sanitize},
 * {@code default.status} and {@code default.type}, JSON values) and leaves the body as written; the raw engine, unlike
 * JBake's Markdown engine, does not render the body, so Baton's own Markdown renders it like any other page. A
 * {@code .yml}/{@code .yaml} document goes through {@link YamlEngine}, whose {@code new Yaml()} runs on SnakeYAML 2,
 * which refuses tags that would build Java objects.
 *
 * <p>jbake-core's parse API takes a file and returns a map without positions, logging (not returning) what went wrong.
 * So the header is also scanned here, only to know where each key was written, which keys JBake skipped and why a file
 * was refused; the values are jbake-core's. The caller has already read the file (strictly, as UTF-8): the body jbake-core
 * read is checked against that text, so that both read the same bytes.
 *
 * <p>Stateless apart from its configuration: a fresh jbake-core engine per file (its engines keep the configuration in
 * a field), so one reader serves parallel reads.
 */
public final class JBakeReader {

  /** What one file gave: a document, or none, and what was wrong with it. */
  public record Read(Optional<JBakeDocument> document, List<Diagnostic> problems) {

    public Read {
      problems = List.copyOf(problems);
    }
  }

  private final JBakeConfig config;
  private final Clock clock;

  /**
   * @param clock the time against which {@code status=published-date} is resolved, as JBake resolves it when it bakes
   */
  public JBakeReader(JBakeConfig config, Clock clock) {
    this.config = Objects.requireNonNull(config, "config");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  public JBakeConfig config() {
    return config;
  }

  /**
   * Whether the text opens with a JBake header: at least one {@code key=value} line, only such lines or empty ones,
   * then a line that is exactly the header separator ({@code ~~~~~~}). This is jbake-core's own test for where a
   * header ends; whether the header is complete (type, status) is for {@link #read} to report.
   */
  public boolean hasHeader(String text) {
    List<String> lines = lines(text);
    int separator = lines.indexOf(config.headerSeparator());
    if (separator <= 0) {
      return false;
    }
    boolean anyField = false;
    for (String line : lines.subList(0, separator)) {
      if (!line.isEmpty() && !line.contains("=")) {
        return false;
      }
      anyField |= line.contains("=");
    }
    return anyField;
  }

  /**
   * Reads a Markdown or HTML file.
   *
   * @param path where jbake-core reads it
   * @param file the file as messages name it
   * @param text its text as the caller read it (for positions and to check that jbake-core read the same)
   */
  public Read read(Path path, String file, String text, JBakeDocument.Format format) {
    List<Diagnostic> problems = new ArrayList<>();
    List<String> lines = lines(text);
    int separator = lines.indexOf(config.headerSeparator());
    if (separator < 0 || !hasHeader(text)) {
      problems.add(Diagnostic.error(SourcePos.at(file, 1, 1), "no JBake header",
          "start the file with key=value lines (title=..., type=page, status=published) and a line "
              + config.headerSeparator()));
      return new Read(Optional.empty(), problems);
    }
    List<HeaderField> header = header(lines.subList(0, separator));
    DocumentModel model;
    try {
      model = new RawMarkupEngine().parse(config.jbake(), path.toFile());
    } catch (RuntimeException | LinkageError e) {
      problems.add(Diagnostic.error(SourcePos.at(file, 1, 1), "jbake-core could not read this file: " + describe(e),
          null));
      return new Read(Optional.empty(), problems);
    }
    if (model == null) {
      problems.add(skipped(file, header));
      return new Read(Optional.empty(), problems);
    }
    String expected = jbakeBody(lines, separator);
    if (!expected.equals(model.getBody())) {
      problems.add(Diagnostic.error(SourcePos.wholeFile(file), "the file changed while it was being read",
          "read it again"));
      return new Read(Optional.empty(), problems);
    }
    String body = separator + 1 < lines.size() ? expected : "";
    LocalDate date = headerDate(model, header, file, problems);
    String title = text(model.get("title"), header, "title");
    List<String> tags = Arrays.stream(model.getTags()).filter(t -> !t.isBlank()).toList();
    return document(file, title, date, tags, model.getType(), model.getStatus(), format, body, separator + 2, header,
        problems);
  }

  /** Reads a JBake YAML document (a header without a body), refusing what SnakeYAML 2 refuses. */
  public Read readYaml(Path path, String file) {
    List<Diagnostic> problems = new ArrayList<>();
    Map<String, Object> values;
    try {
      values = new YamlEngine().parse(config.jbake(), path.toFile());
    } catch (RuntimeException | LinkageError e) {
      problems.add(Diagnostic.error(SourcePos.wholeFile(file), "refused: " + describe(e),
          "a JBake YAML document is a mapping of plain keys and values; tags that build Java objects are refused"));
      return new Read(Optional.empty(), problems);
    }
    List<HeaderField> header = new ArrayList<>();
    for (Map.Entry<String, Object> e : values.entrySet()) {
      String key = e.getKey().startsWith(YamlEngine.JBAKE_PREFIX)
          ? e.getKey().substring(YamlEngine.JBAKE_PREFIX.length())
          : e.getKey();
      header.add(new HeaderField(key, String.valueOf(e.getValue()), 0, 0, 0));
    }
    header.sort((a, b) -> a.key().compareTo(b.key()));
    Object type = value(values, "type");
    Object status = value(values, "status");
    LocalDate date = yamlDate(value(values, "date"), file, problems);
    Object title = value(values, "title");
    return document(file, title == null ? null : String.valueOf(title), date, yamlTags(value(values, "tags")),
        type == null ? config.jbake().getDefaultType() : String.valueOf(type),
        status == null ? config.jbake().getDefaultStatus() : String.valueOf(status),
        JBakeDocument.Format.NONE, "", 0, header, problems);
  }

  private Read document(String file, String title, LocalDate date, List<String> tags, String type, String status,
      JBakeDocument.Format format, String body, int bodyLine, List<HeaderField> header, List<Diagnostic> problems) {
    if (type == null || type.isEmpty()) {
      problems.add(Diagnostic.error(SourcePos.at(file, 1, 1), "JBake skips this file: it has no type",
          "add a line type=page or type=post to its header, or set default.type in jbake.properties"));
      return new Read(Optional.empty(), problems);
    }
    String resolved = status == null || status.isEmpty() ? "draft" : status;
    boolean published = resolved.equals("published")
        || (resolved.equals("published-date") && date != null && !date.isAfter(LocalDate.now(clock)));
    JBakeDocument doc = new JBakeDocument(file, title == null || title.isBlank() ? null : title, date, tags, type,
        resolved, published, format, body, bodyLine, header);
    if (!doc.knownStatus()) {
      problems.add(Diagnostic.warning(pos(doc, "status"), "unknown JBake status '" + resolved + "': read as a draft",
          "JBake publishes status=published, and status=published-date once its date has passed"));
    }
    return new Read(Optional.of(doc), problems);
  }

  /** The field positions of a header; the values come from jbake-core, these only say where they were written. */
  private static List<HeaderField> header(List<String> lines) {
    List<HeaderField> fields = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      int eq = line.indexOf('=');
      if (line.isEmpty() || eq < 0) {
        continue;
      }
      String key = line.substring(0, eq).trim();
      String value = line.substring(eq + 1).trim();
      int keyColumn = firstNonBlank(line, 0) + 1;
      int valueColumn = value.isEmpty() ? eq + 2 : firstNonBlank(line, eq + 1) + 1;
      fields.add(new HeaderField(key, value, i + 1, keyColumn, valueColumn));
    }
    return fields;
  }

  private Diagnostic skipped(String file, List<HeaderField> header) {
    boolean type = header.stream().anyMatch(f -> f.key().equals("type"));
    boolean status = header.stream().anyMatch(f -> f.key().equals("status"));
    if (!type && config.jbake().getDefaultType().isEmpty()) {
      return Diagnostic.error(SourcePos.at(file, 1, 1), "JBake skips this file: its header has no type",
          "add a line type=page or type=post above " + config.headerSeparator()
              + ", or set default.type in jbake.properties");
    }
    if (!status && config.jbake().getDefaultStatus().isEmpty()) {
      return Diagnostic.error(SourcePos.at(file, 1, 1), "JBake skips this file: its header has no status",
          "add a line status=published or status=draft above " + config.headerSeparator());
    }
    return Diagnostic.error(SourcePos.at(file, 1, 1), "JBake skips this file: its header is incomplete",
        "a JBake header has type= and status= lines");
  }

  /**
   * The header's date, read as jbake-core reads it ({@code date.format}, in the default time zone), or null when the
   * header has none: JBake then dates the file by its modification time, which would make the site depend on when
   * its files were copied, so Baton leaves it undated.
   */
  private LocalDate headerDate(DocumentModel model, List<HeaderField> header, String file, List<Diagnostic> problems) {
    HeaderField field = null;
    for (HeaderField f : header) {
      if (f.key().equalsIgnoreCase("date")) {
        field = f;
      }
    }
    if (field == null) {
      return null;
    }
    try {
      new SimpleDateFormat(config.dateFormat()).parse(field.value());
    } catch (ParseException | IllegalArgumentException e) {
      problems.add(Diagnostic.error(SourcePos.at(file, field.line(), field.valueColumn()),
          "cannot read the date '" + field.value() + "' with date.format '" + config.dateFormat() + "'",
          "write it as " + config.dateFormat() + ", or change date.format in jbake.properties"));
      return null;
    }
    return day(model.getDate());
  }

  private LocalDate yamlDate(Object value, String file, List<Diagnostic> problems) {
    if (value == null) {
      return null;
    }
    if (value instanceof Date d) {
      // SnakeYAML reads a YAML timestamp in UTC.
      return d.toInstant().atZone(ZoneId.of("UTC")).toLocalDate();
    }
    try {
      return day(new SimpleDateFormat(config.dateFormat()).parse(String.valueOf(value)));
    } catch (ParseException | IllegalArgumentException e) {
      problems.add(Diagnostic.error(SourcePos.wholeFile(file),
          "cannot read the date '" + value + "' with date.format '" + config.dateFormat() + "'", null));
      return null;
    }
  }

  private static List<String> yamlTags(Object value) {
    if (value == null) {
      return List.of();
    }
    Collection<?> items = value instanceof Collection<?> c ? c : Arrays.asList(String.valueOf(value).split(","));
    return items.stream().map(t -> String.valueOf(t).trim()).filter(t -> !t.isEmpty()).toList();
  }

  private static Object value(Map<String, Object> values, String key) {
    Object v = values.get(YamlEngine.JBAKE_PREFIX + key);
    return v != null ? v : values.get(key);
  }

  private static LocalDate day(Date date) {
    return date == null ? null : date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
  }

  /** A value jbake-core stored; a JSON value ({@code {...}}) is shown as written. */
  private static String text(Object value, List<HeaderField> header, String key) {
    if (value == null || value instanceof String) {
      return (String) value;
    }
    String written = null;
    for (HeaderField f : header) {
      if (f.key().equals(key)) {
        written = f.value();
      }
    }
    return written;
  }

  /** Where a key was written, or the top of the file. */
  static SourcePos pos(JBakeDocument doc, String key) {
    return doc.field(key)
        .filter(f -> f.line() > 0)
        .map(f -> SourcePos.at(doc.file(), f.line(), f.valueColumn()))
        .orElse(SourcePos.at(doc.file(), 1, 1));
  }

  /** The body as jbake-core builds it: the lines after the separator, each ended by \n; the whole file when none. */
  private static String jbakeBody(List<String> lines, int separator) {
    List<String> body = lines.subList(separator + 1, lines.size());
    StringBuilder s = new StringBuilder();
    for (String line : body.isEmpty() ? lines : body) {
      s.append(line).append('\n');
    }
    return s.toString();
  }

  /** Lines as jbake-core reads them (java.io line ends: \n, \r or \r\n), without a byte-order mark. */
  static List<String> lines(String text) {
    String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
    return t.lines().toList();
  }

  private static int firstNonBlank(String line, int from) {
    int i = from;
    while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
      i++;
    }
    return i;
  }

  private static String describe(Throwable e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return message.lines().findFirst().orElse(message).strip();
  }
}
