package baton.diag;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Collects diagnostics, up to a bound: past it, further ones are counted but not kept, so that a site with
 * thousands of broken files still reports quickly and readably. Safe to share between threads.
 */
public final class Diagnostics {

  public static final int DEFAULT_LIMIT = 200;

  private final int limit;
  private final List<Diagnostic> kept = new ArrayList<>();
  private int errors;
  private int warnings;

  public Diagnostics() {
    this(DEFAULT_LIMIT);
  }

  public Diagnostics(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be positive: " + limit);
    }
    this.limit = limit;
  }

  public synchronized void add(Diagnostic d) {
    if (d.isError()) {
      errors++;
    } else {
      warnings++;
    }
    if (kept.size() < limit) {
      kept.add(d);
    }
  }

  public void error(SourcePos pos, String message) {
    add(Diagnostic.error(pos, message, null));
  }

  public void error(SourcePos pos, String message, String hint) {
    add(Diagnostic.error(pos, message, hint));
  }

  public void warning(SourcePos pos, String message, String hint) {
    add(Diagnostic.warning(pos, message, hint));
  }

  public synchronized boolean hasErrors() {
    return errors > 0;
  }

  public synchronized int errorCount() {
    return errors;
  }

  public synchronized int warningCount() {
    return warnings;
  }

  public synchronized int total() {
    return errors + warnings;
  }

  /** How many were counted but not kept because of the bound. */
  public synchronized int dropped() {
    return errors + warnings - kept.size();
  }

  /** The kept diagnostics in the order they were added. */
  public synchronized List<Diagnostic> inOrder() {
    return List.copyOf(kept);
  }

  /** The kept diagnostics, sorted by file, line and column. */
  public synchronized List<Diagnostic> sorted() {
    List<Diagnostic> copy = new ArrayList<>(kept);
    Collections.sort(copy);
    return List.copyOf(copy);
  }
}
