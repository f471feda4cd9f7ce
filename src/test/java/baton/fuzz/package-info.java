/**
 * Issue 7: coverage-guided fuzzing with Jazzer. {@link baton.fuzz.SiteFuzzTest} fuzzes loading, validation and the
 * derived views through {@code baton check} on sites built from the fuzzer's bytes; {@code baton.content.YamlFuzzTest}
 * fuzzes UTF-8, front matter and YAML in memory. Both hold the loader to its contract: any bytes give a result or
 * diagnostics, never an exception, and every diagnostic keeps the {@link baton.fuzz.DiagnosticContract}.
 *
 * <p>{@code mvn test} replays each fuzz test's seeds and findings ({@code <Test>Inputs/<method>/} in the test
 * resources), then fuzzes each for a few seconds; {@code mvn test -Pfuzz} fuzzes for longer (README, Fuzzing).
 * {@link baton.fuzz.FoundByFuzzingTest} shows each finding as the user of {@code baton check} saw it.
 */
package baton.fuzz;
