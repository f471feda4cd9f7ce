package baton.cli;

import baton.build.BuildOptions;
import baton.cli.CommandLineSpec.Option;
import java.nio.file.Path;
import java.util.List;

/** The options {@code build} and {@code check} share, and their values in one run. */
final class SiteOptions {

  static final List<Option> OPTIONS =
      List.of(
          Option.value(
              "--site",
              "DIR",
              "the site folder, holding content/ and optionally templates/ and assets/ (default: the current folder)"),
          Option.value(
              "--out",
              "DIR",
              "the output folder, replaced whole by each build (default: target/site under the site folder)"),
          Option.flag(null, "--drafts", "include entries marked draft: true"),
          Option.flag("-q", "--quiet", "print only errors and warnings"),
          Option.flag("-v", "--verbose", "also print the time each stage took"));

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
