package baton.cli;

import baton.build.BuildResult;
import baton.build.Builder;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code baton check}: validate and derive, write nothing. */
@Command(name = "check", mixinStandardHelpOptions = true, description = "Check the site's content; write nothing.")
final class CheckCommand implements Callable<Integer> {

  @Mixin SiteOptions site;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    BuildResult result = new Builder().check(site.toBuildOptions());
    String done = "Checked " + result.entries() + " entries: no errors";
    return Report.finish(result, done, site, spec.commandLine().getOut(), spec.commandLine().getErr());
  }
}
