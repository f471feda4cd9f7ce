package baton.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * Entry point. {@link #run} is what tests call: it parses the arguments, runs the command and returns the exit
 * status (0 built, 1 content errors, 2 wrong usage); only {@link #main} exits.
 */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    int status = run(args, out, err);
    out.flush();
    err.flush();
    System.exit(status);
  }

  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new BatonCommand());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          err.println("baton: internal error: " + e);
          err.println("This is a bug in Baton, not in your site; please report it with the command you ran.");
          return ExitCodes.INTERNAL;
        });
    int status = cli.execute(args);
    out.flush();
    err.flush();
    return status;
  }
}
