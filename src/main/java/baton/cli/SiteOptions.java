package baton.cli;

import baton.build.BuildOptions;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options every site command shares. */
final class SiteOptions {

  @Option(
      names = "--site",
      paramLabel = "DIR",
      description = "the site folder, holding content/ and optionally templates/ and assets/ (default: the current folder)")
  Path site = Path.of(".");

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "the output folder, replaced whole by each build (default: target/site under the site folder)")
  Path out;

  @Option(names = "--drafts", description = "include entries marked draft: true")
  boolean drafts;

  @Option(names = {"-q", "--quiet"}, description = "print only errors and warnings")
  boolean quiet;

  @Option(names = {"-v", "--verbose"}, description = "also print the time each stage took")
  boolean verbose;

  BuildOptions toBuildOptions() {
    Path siteDir = site.toAbsolutePath().normalize();
    return new BuildOptions(siteDir, out == null ? null : out.toAbsolutePath().normalize(), drafts);
  }
}
