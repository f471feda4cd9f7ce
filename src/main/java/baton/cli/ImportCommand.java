package baton.cli;

import baton.cli.CommandLineSpec.Option;
import baton.cli.CommandLineSpec.Positional;
import baton.diag.Diagnostic;
import baton.jbake.ImportReport;
import baton.jbake.JBakeImport;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/** {@code baton import FORMAT ...}: turns another generator's site into Baton entries. */
final class ImportCommand {

  static final CommandLineSpec SPEC =
      CommandLineSpec.group(
          "import",
          "Import another site generator's content as Baton pages.",
          "missing format: use import jbake SRC (see --help)",
          List.of(JBake.SPEC));

  private ImportCommand() {}

  /**
   * {@code baton import jbake SRC [--site DIR]}: exit 0 when pages were imported (perhaps with notes), 1 when none
   * could be, 2 for wrong usage.
   */
  static final class JBake implements CommandLineSpec.Action {

    static final CommandLineSpec SPEC =
        CommandLineSpec.command(
            "jbake",
            List.of(
                "Import a JBake site's posts and pages as pages of a Baton site (content/pages/<id>.md).",
                "Never replaces a file; reports every field and file it could not map."),
            List.of(new Positional("SRC", "the JBake site: the folder holding jbake.properties and content/")),
            List.of(
                Option.value(
                    "--site",
                    "DIR",
                    "the Baton site to import into; pages go to its content/pages/ (default: the current folder)"),
                Option.flag("-q", "--quiet", "print only the notes, not each imported file")),
            new JBake());

    @Override
    public int run(ParsedArgs args, PrintWriter out, PrintWriter err) {
      Path source = args.positionalPath(0);
      Path site = args.path("--site", Path.of("."));
      boolean quiet = args.flag("--quiet");
      if (!Files.isDirectory(source)) {
        throw new UsageException("SRC is not a folder: " + source);
      }
      Path siteDir = site.toAbsolutePath().normalize();
      ImportReport report = new JBakeImport(Clock.systemDefaultZone()).run(source, siteDir);
      if (!quiet) {
        report.imported().forEach(line -> out.println("imported " + line));
        if (report.settings() != null) {
          out.println("wrote " + report.settings() + ": check it");
        }
      }
      if (!report.notes().isEmpty()) {
        err.println("Notes on " + source + " (paths are in it):");
        report.notes().stream().map(Diagnostic::format).forEach(err::println);
      }
      int pages = report.imported().size();
      if (pages == 0) {
        err.println("Nothing imported" + (report.skipped() > 0 ? ": " + report.skipped() + " already there" : ""));
        return ExitCodes.CONTENT_ERRORS;
      }
      out.println("Imported " + pages + (pages == 1 ? " page" : " pages") + " into " + siteDir.resolve("content/pages")
          + (report.skipped() > 0 ? ", skipped " + report.skipped() : "") + ", " + report.notes().size()
          + (report.notes().size() == 1 ? " note" : " notes"));
      return ExitCodes.OK;
    }
  }
}
