package baton.model;

import java.util.List;
import java.util.Objects;

/** An office, its holders in succession, and the candidates in its race. {@code body} is the organisation. */
public record Office(
    String id,
    String name,
    String body,
    Rule rule,
    List<Holder> holders,
    String wikidata,
    List<String> candidates,
    String markdown) {

  public Office {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(rule, "rule");
    holders = List.copyOf(holders);
    candidates = List.copyOf(candidates);
  }
}
