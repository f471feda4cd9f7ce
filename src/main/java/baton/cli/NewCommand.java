package baton.cli;

import baton.cli.CommandLineSpec.Option;
import baton.cli.CommandLineSpec.Positional;
import baton.scaffold.ScaffoldException;
import baton.scaffold.Scaffolded;
import baton.scaffold.Scaffolder;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * {@code baton new TYPE ID}: writes a commented skeleton entry and prints its path, alone on stdout so that
 * {@code $EDITOR "$(baton new actor x)"} works; what to do next goes to stderr.
 */
final class NewCommand implements CommandLineSpec.Action {

  static final CommandLineSpec SPEC =
      CommandLineSpec.command(
          "new",
          List.of(
              "Write a commented skeleton entry into content/ for you to fill in, and print its path.",
              "Required fields hold CHANGE-ME or \"\": check reports each one until you replace it."),
          List.of(
              new Positional("TYPE", "statement, event, actor, country, office or page"),
              new Positional(
                  "ID",
                  "the entry's id, its file name: lower-case words joined by hyphens (mark-rutte), "
                      + "or a country's 2-letter code (nl)")),
          List.of(
              Option.value("--site", "DIR", "the site folder, holding content/ (default: the current folder)"),
              Option.value(
                  "--date",
                  "YYYY[-MM[-DD]]",
                  "the date of a statement or event, which also picks its year folder (default: today)")),
          new NewCommand());

  @Override
  public int run(ParsedArgs args, PrintWriter out, PrintWriter err) {
    String type = args.positional(0);
    String id = args.positional(1);
    Path site = args.path("--site", Path.of("."));
    String date = args.text("--date");
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
