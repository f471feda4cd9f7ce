package baton.jbake;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A JBake content file as jbake-core parsed it, reduced to what a Baton page can hold, with the header as written for
 * positions and for reporting what has no place in Baton.
 *
 * @param file the file as messages name it
 * @param title the {@code title}, or null when the header has none
 * @param date the day of the {@code date} (read with {@code date.format}), or null when the header has none
 * @param tags the {@code tags}, split and trimmed as JBake does, blanks left out
 * @param type {@code post}, {@code page} or another type JBake was configured with
 * @param status {@code published}, {@code draft}, {@code published-date} or what else was written
 * @param published whether JBake would list it as published: {@code published}, or {@code published-date} once its
 *     date has passed
 * @param format what the body is written in
 * @param body the text after the header separator, as written (lines ended by {@code \n})
 * @param bodyLine the line of the file where the body starts
 * @param header every header field as written, in file order; a key written twice appears twice, JBake uses the last
 */
public record JBakeDocument(
    String file,
    String title,
    LocalDate date,
    List<String> tags,
    String type,
    String status,
    boolean published,
    Format format,
    String body,
    int bodyLine,
    List<HeaderField> header) {

  /** The body's language, from the file's extension as JBake's engines go by it. */
  public enum Format {
    MARKDOWN,
    HTML,
    /** A YAML document: header fields only. */
    NONE
  }

  /** Keys Baton maps ({@code cached} is JBake's own rendering cache flag and means nothing outside JBake). */
  private static final Set<String> MAPPED = Set.of("title", "date", "tags", "type", "status", "cached");

  public JBakeDocument {
    Objects.requireNonNull(file, "file");
    tags = List.copyOf(tags);
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(format, "format");
    body = body == null ? "" : body;
    header = List.copyOf(header);
  }

  /** The header field JBake took a key's value from (the last one written); date and tags ignore case, as in JBake. */
  public Optional<HeaderField> field(String key) {
    boolean anyCase = key.equals("date") || key.equals("tags") || key.equals("cached");
    HeaderField found = null;
    for (HeaderField f : header) {
      if (anyCase ? f.key().equalsIgnoreCase(key) : f.key().equals(key)) {
        found = f;
      }
    }
    return Optional.ofNullable(found);
  }

  /** The header fields a Baton page has no place for (such as {@code author} or {@code summary}), in file order. */
  public List<HeaderField> unmapped() {
    return header.stream()
        .filter(f -> {
          String lower = f.key().toLowerCase(Locale.ROOT);
          boolean anyCase = lower.equals("date") || lower.equals("tags") || lower.equals("cached");
          return !(anyCase || MAPPED.contains(f.key()));
        })
        .toList();
  }

  /** Whether its type is one that JBake ships templates for. */
  public boolean knownType() {
    return type.equals("post") || type.equals("page");
  }

  /** Whether its status is one JBake knows. */
  public boolean knownStatus() {
    return status.equals("published") || status.equals("draft") || status.equals("published-date");
  }
}
