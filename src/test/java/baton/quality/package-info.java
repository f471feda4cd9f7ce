/**
 * Quality checks on the example site as a visitor meets it: the pages are valid HTML (the Nu HTML Checker), pass
 * axe-core's accessibility rules in a real browser, and work from the keyboard, on a narrow screen and in print.
 *
 * <p>The example (this repository's {@code content/} with the built-in templates) is built once per test run by
 * {@link baton.quality.ExampleSite}. The checkers are outside tools that {@code src/test/js/install-tools.sh} puts
 * outside the repository; {@link baton.quality.QualityTools} finds them. A test whose tool is missing is skipped
 * with a message saying how to install it, unless {@code BATON_QUALITY_REQUIRED} is set (as in {@code .ci/run}),
 * where it fails instead, so that CI cannot pass by skipping.
 */
package baton.quality;
