package baton.content;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What {@link ContentLoader#load} found: the entries that could be read, sorted by file path so that every later stage
 * sees them in the same order on every machine, and the text of every file read, for printing diagnostics with their
 * source line; the ids of the files that could not be read (broken YAML, bad bytes...), by type: their own errors are
 * reported, and a reference to one of them is not an unknown id; and whether the walk of content/ found every file
 * without a problem (a link, a misplaced folder: files whose ids cannot be known, so that no reference can be called
 * unknown for sure).
 */
public record Loaded(
    List<RawEntry> entries, SourceText sources, Map<EntryType, Set<String>> unreadable, boolean walkedAll) {

  public Loaded {
    entries = List.copyOf(entries);
    Objects.requireNonNull(sources, "sources");
    Map<EntryType, Set<String>> copy = new EnumMap<>(EntryType.class);
    unreadable.forEach((type, ids) -> copy.put(type, Set.copyOf(ids)));
    unreadable = Collections.unmodifiableMap(copy);
  }

  /** Entries that all could be read, from a clean walk. */
  public Loaded(List<RawEntry> entries, SourceText sources) {
    this(entries, sources, Map.of(), true);
  }
}
