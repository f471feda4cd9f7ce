package baton.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Entry point. {@link #run} is what tests call: it parses the arguments, runs the command and returns the exit
 * status (0 built, 1 content errors, 2 wrong usage, 3 Baton failed); only {@link #main} exits.
 */
public final class Main {

  /** {@code baton} and its commands, in the order its help lists them. */
  static final CommandLineSpec BATON =
      CommandLineSpec.group(
          "baton",
          "Builds a static site from a succession timeline: entries in content/, templates, assets.",
          "missing command: use build, check, serve, new or import (see --help)",
          List.of(BuildCommand.SPEC, CheckCommand.SPEC, ServeCommand.SPEC, NewCommand.SPEC, ImportCommand.SPEC));

  private Main() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    int status = run(args, out, err);
    System.exit(status);
  }

  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return run(BATON, args, out, err);
  }

  /** Runs {@code args} against any tree of commands; tests give their own to reach paths Baton's commands do not. */
  static int run(CommandLineSpec root, String[] args, PrintWriter out, PrintWriter err) {
    try {
      return execute(ParsedArgs.parse(root, args), out, err);
    } finally {
      out.flush();
      err.flush();
    }
  }

  /**
   * Help, then the version, then a usage error, then the command: {@code baton build --bogus --help} shows the help,
   * as it did with picocli. {@code Exception}s are reported as Baton's bugs; running out of memory as what it is,
   * with what to do (the build's data is unreachable by then, so there is room to say it); any other {@code Error}
   * is left to the JVM.
   */
  private static int execute(ParsedArgs parsed, PrintWriter out, PrintWriter err) {
    CommandLineSpec command = parsed.command();
    if (parsed.helpAsked()) {
      out.print(command.help(parsed.commandName()));
      return ExitCodes.OK;
    }
    if (parsed.versionAsked()) {
      out.println(version());
      return ExitCodes.OK;
    }
    String problem = parsed.error() != null ? parsed.error() : command.missingCommand;
    if (problem != null) {
      return usageError(problem, parsed, err);
    }
    try {
      return command.action.run(parsed, out, err);
    } catch (UsageException e) {
      return usageError(e.getMessage(), parsed, err);
    } catch (Exception e) {
      err.println("baton: internal error: " + e);
      err.println("This is a bug in Baton, not in your site; please report it with the command you ran.");
      return ExitCodes.INTERNAL;
    } catch (OutOfMemoryError e) {
      long mb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
      err.println("baton: out of memory: the site needs more than the " + mb + " MB the JVM may use"
          + " (give it more with -Xmx, e.g. java -Xmx4g -jar baton.jar ...; 100,000 statements need about 4 GB)");
      return ExitCodes.INTERNAL;
    }
  }

  /** The problem in one line, then the command's help to show what it takes, all on stderr. */
  private static int usageError(String problem, ParsedArgs parsed, PrintWriter err) {
    err.println(problem);
    err.print(parsed.command().help(parsed.commandName()));
    return ExitCodes.USAGE;
  }

  /** {@code baton 0.1.0} from the jar's manifest, or {@code baton (development build)} when there is none. */
  static String version() {
    String v = Main.class.getPackage().getImplementationVersion();
    return "baton " + (v == null ? "(development build)" : v);
  }
}
