package baton.hostile;

import baton.testing.TestSite;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * One hostile or broken input: a name, what it does to the {@link GoodSite}, and the verdict Baton must reach, either
 * errors (exit 1, the previous output untouched) with the exact first diagnostics, or a safe build (exit 0) whose
 * output passes the safety scan and the case's own check.
 */
record HostileCase(String name, Breakage breakage, Verdict verdict) {

  /** What the case does to the site; {@code site.root()} is the site folder. */
  @FunctionalInterface
  interface Breakage {
    void apply(TestSite site) throws IOException;
  }

  /** Extra assertions on a safe build's output folder. */
  @FunctionalInterface
  interface OutputAssertion {
    void check(Path out) throws IOException;
  }

  sealed interface Verdict permits Errors, Safe {}

  /**
   * The build fails with exit 1.
   *
   * @param first the first diagnostics printed, in order, each in its one-line form {@code file:line:col: message (hint)}
   * @param errorCount how many errors the summary counts
   */
  record Errors(List<String> first, int errorCount) implements Verdict {}

  /** The build succeeds with exit 0 and writes a safe site. */
  record Safe(OutputAssertion assertion) implements Verdict {}

  static HostileCase error(String name, Breakage breakage, String... firstDiagnostics) {
    return new HostileCase(name, breakage, new Errors(List.of(firstDiagnostics), firstDiagnostics.length));
  }

  static HostileCase errors(String name, int errorCount, Breakage breakage, String... firstDiagnostics) {
    return new HostileCase(name, breakage, new Errors(List.of(firstDiagnostics), errorCount));
  }

  static HostileCase safe(String name, Breakage breakage, OutputAssertion assertion) {
    return new HostileCase(name, breakage, new Safe(assertion));
  }

  @Override
  public String toString() {
    return name;
  }
}
