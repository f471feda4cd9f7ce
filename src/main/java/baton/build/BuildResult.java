package baton.build;

import baton.diag.Diagnostics;
import java.time.Duration;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * What a build or check did: its diagnostics (with a way to show their source lines), how many entries it read, how
 * many files it wrote (0 for a check or a failed build), how long it took in all and stage by stage (load, validate,
 * derive, render, write; in that order: a build checks and stages each file as it renders it, and {@code check} is a
 * stage of its own only where {@code baton serve} checks pages apart), and a problem writing the output, if any.
 */
public record BuildResult(
    Diagnostics diagnostics,
    BiFunction<String, Integer, String> sourceLines,
    int entries,
    int filesWritten,
    Duration elapsed,
    String writeError,
    Map<String, Duration> stages) {

  public boolean ok() {
    return !diagnostics.hasErrors() && writeError == null;
  }
}
