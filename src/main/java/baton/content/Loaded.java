package baton.content;

import java.util.List;
import java.util.Objects;

/**
 * What {@link ContentLoader#load} found: the entries that could be read, sorted by file path so that every later stage
 * sees them in the same order on every machine, and the text of every file read, for printing diagnostics with their
 * source line.
 */
public record Loaded(List<RawEntry> entries, SourceText sources) {

  public Loaded {
    entries = List.copyOf(entries);
    Objects.requireNonNull(sources, "sources");
  }
}
