package baton.cli;

import baton.build.BuildResult;
import baton.build.Builder;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code baton check}: validate and derive, write nothing. */
@Command(name = "check", mixinStandardHelpOptions = true, description = "Check the site's content; write nothing.")
final class CheckCommand implements Callable<Integer> {

  @Mixin SiteOptions site;
  @Spec CommandSpec spec;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      converter = Format.Converter.class,
      description = "text (default): diagnostics on stderr; json: one JSON object on stdout, for editors and CI")
  Format format = Format.TEXT;

  /** How the result is shown. */
  enum Format {
    TEXT,
    JSON;

    /** Takes the lower-case words the help shows. */
    static final class Converter implements ITypeConverter<Format> {
      @Override
      public Format convert(String value) {
        return switch (value) {
          case "text" -> TEXT;
          case "json" -> JSON;
          default -> throw new TypeConversionException("expected text or json, found '" + value + "'");
        };
      }
    }
  }

  @Override
  public Integer call() {
    BuildResult result = new Builder().check(site.toBuildOptions());
    if (format == Format.JSON) {
      return Report.json(result, spec.commandLine().getOut());
    }
    String done = "Checked " + result.entries() + " entries: no errors";
    return Report.finish(result, done, site, spec.commandLine().getOut(), spec.commandLine().getErr());
  }
}
