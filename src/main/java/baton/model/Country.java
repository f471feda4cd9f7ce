package baton.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** A country and its periods of membership of the body; none means it was never a member. */
public record Country(String id, String name, String code, List<Period> membership, String wikidata, String markdown) {

  public Country {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(code, "code");
    membership = List.copyOf(membership);
  }

  public boolean isMemberOn(LocalDate day) {
    for (Period p : membership) {
      if (p.contains(day)) {
        return true;
      }
    }
    return false;
  }
}
