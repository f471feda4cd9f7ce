package baton.cli;

import baton.build.BuildOptions;
import baton.build.BuildResult;
import baton.build.Builder;
import java.io.PrintWriter;
import java.util.List;

/** {@code baton build}: validate the site and write it to the output folder. */
final class BuildCommand implements CommandLineSpec.Action {

  static final CommandLineSpec SPEC =
      CommandLineSpec.command(
          "build", List.of("Build the site into the output folder."), List.of(), SiteOptions.OPTIONS, new BuildCommand());

  @Override
  public int run(ParsedArgs args, PrintWriter out, PrintWriter err) {
    SiteOptions site = new SiteOptions(args);
    BuildOptions options = site.toBuildOptions();
    BuildResult result = new Builder().build(options);
    String done =
        "Built " + result.entries() + " entries into " + options.outDir() + ": " + result.filesWritten() + " files";
    return Report.finish(result, done, site, out, err);
  }
}
