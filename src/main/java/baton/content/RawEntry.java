package baton.content;

import java.util.Objects;

/**
 * One content file as read: its type, its id (the file name without extension), its path relative to the site
 * folder ({@code content/statements/2024/x.md}), its front matter or YAML mapping, and its Markdown body (empty for
 * YAML files) starting at {@code bodyLine}.
 */
public record RawEntry(EntryType type, String id, String file, Mapping fields, String body, int bodyLine) {

  public RawEntry {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(fields, "fields");
    body = body == null ? "" : body;
  }
}
