package baton.validate;

import baton.model.Site;
import java.util.Optional;

/** What validation made: the site when no error was found. The diagnostics went to the caller's collector. */
public record Validation(Optional<Site> site) {

  public static Validation failed() {
    return new Validation(Optional.empty());
  }
}
