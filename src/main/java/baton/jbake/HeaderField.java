package baton.jbake;

import java.util.Objects;

/**
 * One {@code key=value} line of a JBake header as written, trimmed as JBake trims it, with where the key and the value
 * start (1-based). A field of a YAML document has line 0: SnakeYAML's map keeps no positions.
 */
public record HeaderField(String key, String value, int line, int keyColumn, int valueColumn) {

  public HeaderField {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
  }
}
