package baton.cli;

import baton.build.BuildOptions;
import baton.cli.CommandLineSpec.Option;
import java.nio.file.Path;
import java.util.List;

/** The options {@code build}, {@code check} and {@code serve} share, and their values in one run. */
final class SiteOptions {

  static final List<Option> OPTIONS =
      options(
          "the output folder, replaced whole by each build (default: target/site under the site folder)",
          "also print the time each stage took");

  /** The same options with another meaning of {@code --out} and {@code --verbose} ({@code serve}'s). */
  static List<Option> options(String out, String verbose) {
    return List.of(
        Option.value(
            "--site",
            "DIR",
            "the site folder, holding content/ and optionally templates/ and assets/ (default: the current folder)"),
        Option.value("--out", "DIR", out),
        Option.flag(null, "--drafts", "include entries marked draft: true"),
        Option.flag("-q", "--quiet", "print only errors and warnings"),
        Option.flag("-v", "--verbose", verbose));
  }

  final Path site;
  final Path out;
  final boolean drafts;
  final boolean quiet;
  final boolean verbose;

  SiteOptions(ParsedArgs args) {
    site = args.path("--site", Path.of("."));
    out = args.path("--out", null);
    drafts = args.flag("--drafts");
    quiet = args.flag("--quiet");
    verbose = args.flag("--verbose");
  }

  BuildOptions toBuildOptions() {
    Path siteDir = site.toAbsolutePath().normalize();
    return new BuildOptions(siteDir, out == null ? null : out.toAbsolutePath().normalize(), drafts);
  }
}
