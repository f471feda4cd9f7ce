package baton.validate;

import baton.content.Field;
import baton.content.Mapping;
import baton.content.Node;
import baton.content.Scalar;
import baton.content.Seq;
import baton.diag.Diagnostics;
import baton.diag.DidYouMean;
import baton.diag.SourcePos;
import baton.model.Coded;
import baton.model.PartialDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Typed, checked reads of one YAML mapping. Every read that fails reports at the offending value and returns null
 * (or an empty list), so that one pass over an entry finds all of its problems. Unknown keys are reported when the
 * reader is made, with a "did you mean" among the known ones.
 */
final class Fields {

  private final Mapping map;
  private final Diagnostics diagnostics;

  Fields(Mapping map, Set<String> known, Diagnostics diagnostics) {
    this.map = map;
    this.diagnostics = diagnostics;
    for (Field f : map.fields().values()) {
      if (!known.contains(f.key())) {
        String hint = DidYouMean.hint(f.key(), known);
        if (hint == null) {
          hint = "known fields: " + String.join(", ", new TreeSet<>(known));
        }
        diagnostics.error(f.keyPos(), "unknown field " + Quote.of(f.key()), hint);
      }
    }
  }

  Mapping mapping() {
    return map;
  }

  /** The value's position, or the mapping's when the key is absent. */
  SourcePos pos(String key) {
    Field f = map.field(key);
    return f == null ? map.pos() : f.value().pos();
  }

  boolean has(String key) {
    Field f = map.field(key);
    return f != null && !(f.value() instanceof Scalar s && s.isNull());
  }

  Node node(String key) {
    return has(key) ? map.field(key).value() : null;
  }

  /** Optional plain text; null when absent or null. */
  String text(String key) {
    return scalar(key, "a text", null);
  }

  /**
   * The text of a value that must be written as one scalar (a text, a date, true or false); null when absent, null,
   * or a list or mapping, which is reported as not being {@code what}.
   */
  private String scalar(String key, String what, String example) {
    Node n = node(key);
    if (n == null) {
      return null;
    }
    if (n instanceof Scalar s) {
      return s.text();
    }
    diagnostics.error(n.pos(), "'" + key + "' should be " + what + ", found " + n.describe(), scalarHint(n, example));
    return null;
  }

  String requiredText(String key, String example) {
    if (!has(key)) {
      missing(key, example);
      return null;
    }
    String t = text(key);
    if (t != null && t.isBlank()) {
      diagnostics.error(pos(key), "'" + key + "' is empty", example);
      return null;
    }
    return t;
  }

  void missing(String key, String example) {
    diagnostics.error(map.pos(), "missing required field '" + key + "'", example);
  }

  boolean flag(String key) {
    String t = scalar(key, "true or false", key + ": true");
    if (t == null) {
      return false;
    }
    return switch (t) {
      case "true" -> true;
      case "false" -> false;
      default -> {
        diagnostics.error(pos(key), "'" + key + "' should be true or false, found " + Quote.of(t),
            "write " + key + ": true or " + key + ": false, in lower case and without quotes");
        yield false;
      }
    };
  }

  PartialDate date(String key) {
    String t = scalar(key, "a date", key + ": 2024-02-22");
    return t == null ? null : Dates.parse(t, pos(key), key, diagnostics);
  }

  PartialDate requiredDate(String key) {
    if (!has(key)) {
      missing(key, "write it as YYYY-MM-DD, YYYY-MM or YYYY");
      return null;
    }
    return date(key);
  }

  <E extends Enum<E> & Coded> E choice(String key, Class<E> type) {
    String t = text(key);
    if (t == null) {
      return null;
    }
    return Coded.byCode(type, t)
        .orElseGet(
            () -> {
              List<String> codes = Coded.codes(type);
              String hint = DidYouMean.hint(t, codes);
              diagnostics.error(
                  pos(key),
                  "'" + key + "' cannot be " + Quote.of(t),
                  (hint == null ? "" : hint + "; ") + "one of: " + String.join(", ", codes));
              return null;
            });
  }

  /** An id reference written as a text. */
  Ref ref(String key) {
    String t = text(key);
    return t == null ? null : new Ref(t, pos(key));
  }

  /** A list of id references; a single text is taken as a list of one. */
  List<Ref> refs(String key) {
    Node n = node(key);
    List<Ref> refs = new ArrayList<>();
    if (n == null) {
      return refs;
    }
    if (n instanceof Scalar s) {
      refs.add(new Ref(s.text(), s.pos()));
      return refs;
    }
    if (n instanceof Seq seq) {
      for (Node item : seq.items()) {
        if (item instanceof Scalar s && !s.isNull()) {
          refs.add(new Ref(s.text(), s.pos()));
        } else {
          diagnostics.error(item.pos(), "each item of '" + key + "' should be an id, found " + describeItem(item),
              "write the ids one after another, e.g. " + key + ": [mark-rutte, klaus-iohannis]");
        }
      }
      return refs;
    }
    diagnostics.error(n.pos(), "'" + key + "' should be a list of ids, found " + n.describe(),
        "write the ids in square brackets, e.g. " + key + ": [mark-rutte, klaus-iohannis]");
    return refs;
  }

  /** A list of texts; a single text is taken as a list of one. */
  List<String> texts(String key) {
    return refs(key).stream().map(Ref::id).toList();
  }

  /** A list of mappings (holders, periods, sources, roles). */
  List<Mapping> mappings(String key) {
    Node n = node(key);
    List<Mapping> out = new ArrayList<>();
    if (n == null) {
      return out;
    }
    if (!(n instanceof Seq seq)) {
      diagnostics.error(n.pos(), "'" + key + "' should be a list, found " + n.describe(), "write each item on a line starting with '- '");
      return out;
    }
    for (Node item : seq.items()) {
      if (item instanceof Mapping m) {
        out.add(m);
      } else {
        diagnostics.error(item.pos(), "each item of '" + key + "' should be a mapping of fields, found " + describeItem(item),
            "write each item as '- name: value' lines, the fields of one item indented alike");
      }
    }
    return out;
  }

  /** A free mapping as plain Java values (strings, lists, maps), for {@code params}. */
  Map<String, Object> freeMapping(String key) {
    Node n = node(key);
    if (n == null) {
      return Map.of();
    }
    if (!(n instanceof Mapping m)) {
      diagnostics.error(n.pos(), "'" + key + "' should be a mapping, found " + n.describe(),
          "write it as indented 'name: value' lines under '" + key + ":'");
      return Map.of();
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> plain = (Map<String, Object>) plainValue(m);
    return plain;
  }

  private static Object plainValue(Node n) {
    if (n instanceof Scalar s) {
      return s.text() == null ? "" : s.text();
    }
    if (n instanceof Seq seq) {
      return seq.items().stream().map(Fields::plainValue).toList();
    }
    Mapping m = (Mapping) n;
    Map<String, Object> out = new LinkedHashMap<>();
    for (Field f : m.fields().values()) {
      out.put(f.key(), plainValue(f.value()));
    }
    return java.util.Collections.unmodifiableMap(out);
  }

  private static String describeItem(Node item) {
    return item instanceof Scalar s && s.isNull() ? "nothing" : item.describe();
  }

  /** What to do when a list or mapping stands where one value belongs. */
  private static String scalarHint(Node n, String example) {
    if (example != null) {
      return "write one value, e.g. " + example;
    }
    if (n instanceof Mapping) {
      return "a text containing ': ' must be quoted";
    }
    return "write one text; put it in quotes if it starts with '[' or '-'";
  }
}
