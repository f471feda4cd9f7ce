package baton.cli;

import baton.build.BuildResult;
import baton.build.Builder;
import baton.cli.CommandLineSpec.Option;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** {@code baton check}: everything a build does but writing (see {@link Builder#check}). */
final class CheckCommand implements CommandLineSpec.Action {

  static final CommandLineSpec SPEC =
      CommandLineSpec.command(
          "check",
          List.of("Check the site as a build would; write nothing."),
          List.of(),
          options(),
          new CheckCommand());

  private static List<Option> options() {
    List<Option> options = new ArrayList<>(SiteOptions.OPTIONS);
    options.add(
        Option.value(
            "--format",
            "FORMAT",
            "text (default): diagnostics on stderr; json: one JSON object on stdout, for editors and CI"));
    return options;
  }

  @Override
  public int run(ParsedArgs args, PrintWriter out, PrintWriter err) {
    boolean json = json(args.text("--format"));
    SiteOptions site = new SiteOptions(args);
    BuildResult result = new Builder().check(site.toBuildOptions());
    if (json) {
      return Report.json(result, out);
    }
    String done = "Checked " + result.entries() + " entries: no errors";
    return Report.finish(result, done, site, out, err);
  }

  /** {@code --format}: the lower-case words the help shows; text when not given. */
  private static boolean json(String format) {
    if (format == null || format.equals("text")) {
      return false;
    }
    if (format.equals("json")) {
      return true;
    }
    throw new UsageException("Invalid value for option '--format': expected text or json, found '" + format + "'");
  }
}
