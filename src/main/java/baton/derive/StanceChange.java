package baton.derive;

import baton.model.Stance;
import baton.model.Statement;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One country's stance on one candidate as a statement set it: the stance as written, {@code WITHDRAWS} included,
 * and the day it takes effect (the first day of the statement's date).
 */
public record StanceChange(Statement statement, LocalDate day, String country, String candidate, Stance stance) {

  public StanceChange {
    Objects.requireNonNull(statement, "statement");
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(candidate, "candidate");
    Objects.requireNonNull(stance, "stance");
  }

  /** The stance the country holds from this change on: null (none) when it withdraws. */
  public Stance held() {
    return stance == Stance.WITHDRAWS ? null : stance;
  }
}
