package baton.model;

import java.util.Objects;

/** One term of an office: who held it, when, whether acting, and why it ended (free text, may be null). */
public record Holder(String actor, Period term, boolean acting, String endCause, String note) {

  public Holder {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(term, "term");
  }
}
