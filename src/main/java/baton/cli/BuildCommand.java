package baton.cli;

import baton.build.BuildOptions;
import baton.build.BuildResult;
import baton.build.Builder;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code baton build}: validate the site and write it to the output folder. */
@Command(name = "build", mixinStandardHelpOptions = true, description = "Build the site into the output folder.")
final class BuildCommand implements Callable<Integer> {

  @Mixin SiteOptions site;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    BuildOptions options = site.toBuildOptions();
    BuildResult result = new Builder().build(options);
    String done =
        "Built " + result.entries() + " entries into " + options.outDir() + ": " + result.filesWritten() + " files";
    return Report.finish(result, done, site, spec.commandLine().getOut(), spec.commandLine().getErr());
  }
}
