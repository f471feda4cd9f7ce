package baton.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The top-level {@code baton} command: it only holds the sub-commands. */
@Command(
    name = "baton",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Builds a static site from a succession timeline: entries in content/, templates, assets.",
    subcommands = {BuildCommand.class, CheckCommand.class, NewCommand.class, ServeCommand.class, ImportCommand.class})
final class BatonCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "missing command: use build, check, serve, new or import (see --help)");
  }
}
