package baton.model;

import java.util.Objects;

/** A title an actor held; the period may be null when no dates are known. */
public record Role(String title, Period period) {

  public Role {
    Objects.requireNonNull(title, "title");
  }
}
