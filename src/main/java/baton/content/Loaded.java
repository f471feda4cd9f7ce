package baton.content;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What {@link ContentLoader#load} found: the entries that could be read, sorted by file path so that every later stage
 * sees them in the same order on every machine, and the text of every file read, for printing diagnostics with their
 * source line; and the ids of the files that could not be read (broken YAML, bad bytes...), by type: their own errors are
 * reported, and a reference to one of them is not an unknown id.
 */
public record Loaded(List<RawEntry> entries, SourceText sources, Map<EntryType, Set<String>> unreadable) {

  public Loaded {
    entries = List.copyOf(entries);
    Objects.requireNonNull(sources, "sources");
    Map<EntryType, Set<String>> copy = new EnumMap<>(EntryType.class);
    unreadable.forEach((type, ids) -> copy.put(type, Set.copyOf(ids)));
    unreadable = java.util.Collections.unmodifiableMap(copy);
  }

  /** Entries that all could be read. */
  public Loaded(List<RawEntry> entries, SourceText sources) {
    this(entries, sources, Map.of());
  }

  /** Whether a file of this type and id exists but could not be read. */
  public boolean isUnreadable(EntryType type, String id) {
    return unreadable.getOrDefault(type, Set.of()).contains(id);
  }
}
