package baton.cli;

import baton.diag.Diagnostic;
import baton.jbake.ImportReport;
import baton.jbake.JBakeImport;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code baton import FORMAT ...}: turns another generator's site into Baton entries. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = "Import another site generator's content as Baton pages.",
    subcommands = ImportCommand.JBake.class)
final class ImportCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "missing format: use import jbake SRC (see --help)");
  }

  /**
   * {@code baton import jbake SRC [--site DIR]}: exit 0 when pages were imported (perhaps with notes), 1 when none
   * could be, 2 for wrong usage.
   */
  @Command(
      name = "jbake",
      mixinStandardHelpOptions = true,
      description = {
        "Import a JBake site's posts and pages as pages of a Baton site (content/pages/<id>.md).",
        "Never replaces a file; reports every field and file it could not map."
      })
  static final class JBake implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SRC", description = "the JBake site: the folder holding jbake.properties and content/")
    Path source;

    @Option(
        names = "--site",
        paramLabel = "DIR",
        description = "the Baton site to import into; pages go to its content/pages/ (default: the current folder)")
    Path site = Path.of(".");

    @Option(names = {"-q", "--quiet"}, description = "print only the notes, not each imported file")
    boolean quiet;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      if (!Files.isDirectory(source)) {
        throw new ParameterException(spec.commandLine(), "SRC is not a folder: " + source);
      }
      Path siteDir = site.toAbsolutePath().normalize();
      ImportReport report = new JBakeImport(Clock.systemDefaultZone()).run(source, siteDir);
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
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
