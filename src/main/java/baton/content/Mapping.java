package baton.content;

import baton.diag.SourcePos;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A YAML mapping whose keys are unique texts, in the order written. */
public record Mapping(Map<String, Field> fields, SourcePos pos) implements Node {

  public Mapping {
    fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  public Field field(String key) {
    return fields.get(key);
  }

  @Override
  public String describe() {
    return "a mapping";
  }
}
