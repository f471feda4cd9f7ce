package baton.cli;

import baton.scaffold.ScaffoldException;
import baton.scaffold.Scaffolded;
import baton.scaffold.Scaffolder;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code baton new TYPE ID}: writes a commented skeleton entry and prints its path, alone on stdout so that
 * {@code $EDITOR "$(baton new actor x)"} works; what to do next goes to stderr.
 */
@Command(
    name = "new",
    mixinStandardHelpOptions = true,
    description = {
      "Write a commented skeleton entry into content/ for you to fill in, and print its path.",
      "Required fields hold CHANGE-ME or \"\": check reports each one until you replace it."
    })
final class NewCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "TYPE", description = "statement, event, actor, country, office or page")
  String type;

  @Parameters(
      index = "1",
      paramLabel = "ID",
      description = "the entry's id, its file name: lower-case words joined by hyphens (mark-rutte); "
          + "a country's is its 2-letter code (nl)")
  String id;

  @Option(
      names = "--site",
      paramLabel = "DIR",
      description = "the site folder, holding content/ (default: the current folder)")
  Path site = Path.of(".");

  @Option(
      names = "--date",
      paramLabel = "YYYY[-MM[-DD]]",
      description = "the date of a statement or event, which also picks its year folder (default: today)")
  String date;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      Scaffolded entry = new Scaffolder(Clock.systemDefaultZone()).create(site, type, id, date);
      out.println(site.resolve(entry.file()).normalize());
      err.println(
          "baton: replace the " + (entry.placeholders() == 1 ? "placeholder" : entry.placeholders() + " placeholders")
              + " (CHANGE-ME or \"\") in it, then run baton check");
      return ExitCodes.OK;
    } catch (ScaffoldException e) {
      err.println("baton new: " + e.getMessage());
      return switch (e.reason()) {
        case USAGE -> ExitCodes.USAGE;
        case CONFLICT -> ExitCodes.CONTENT_ERRORS;
        case IO -> ExitCodes.INTERNAL;
      };
    }
  }
}
