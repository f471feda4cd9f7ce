package baton.cli;

import baton.cli.CommandLineSpec.Option;
import baton.serve.DevServer;
import baton.serve.OutputNotWritable;
import baton.serve.ServeOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code baton serve}: build the site, serve it on 127.0.0.1, rebuild and reload the browser on every change. Runs
 * until interrupted (Ctrl-C, or an interrupt of the calling thread), then returns 0.
 */
final class ServeCommand implements CommandLineSpec.Action {

  /** How many ports after the default one to try when it is taken and no port was asked for. */
  static final int DEFAULT_PORT_TRIES = 10;

  static final CommandLineSpec SPEC =
      CommandLineSpec.command(
          "serve",
          List.of(
              "Build the site into target/serve, serve it on 127.0.0.1 and rebuild it, reloading the browser, on every"
                  + " change to content/, templates/ or assets/. Stop with Ctrl-C."),
          List.of(),
          options(),
          new ServeCommand());

  /** The options of build, with serve's own meaning of --out and --verbose, and --port. */
  private static List<Option> options() {
    List<Option> options =
        new ArrayList<>(
            SiteOptions.options(
                "the folder to build into and serve, replaced whole by each build (default: target/serve under the"
                    + " site folder)",
                "also print each stage's time, and the time from a save to the rebuilt site"));
    options.add(
        Option.value(
            "--port", "N", "the port on 127.0.0.1; 0 picks a free one (default: 8080, or the next free one up to 8089)"));
    return List.copyOf(options);
  }

  @Override
  public int run(ParsedArgs args, PrintWriter stdout, PrintWriter stderr) {
    SiteOptions site = new SiteOptions(args);
    Integer port = args.integer("--port");
    if (port != null && (port < 0 || port > 65_535)) {
      throw new UsageException("--port must be between 0 and 65535, not " + port);
    }
    if (!Files.isDirectory(site.site)) {
      throw new UsageException("the site folder " + site.site.toAbsolutePath().normalize() + " does not exist");
    }
    ServeOptions options = new ServeOptions(
        site.site, site.out, site.drafts, port == null ? ServeOptions.DEFAULT_PORT : port, site.verbose, site.quiet);
    DevServer server;
    try {
      server = start(options, port != null, site.quiet, stdout, stderr);
    } catch (BindException e) {
      stderr.println("baton: " + e.getMessage());
      return ExitCodes.USAGE;
    } catch (OutputNotWritable e) {
      stderr.println("baton: " + e.getMessage());
      return ExitCodes.INTERNAL;
    } catch (IOException e) {
      stderr.println("baton: cannot start the server: " + e.getClass().getSimpleName() + " " + e.getMessage());
      return ExitCodes.INTERNAL;
    }
    Thread hook = new Thread(server::close, "baton-serve-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      server.awaitClosed();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      server.close();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // the hook is running or has run
      }
    }
    return ExitCodes.OK;
  }

  /**
   * Starts on the port asked for; when none was, on 8080 or, if that is taken, the next free port up to 8089 (and
   * says so). A port asked for that is taken is an error: the server is not moved behind the user's back.
   */
  private static DevServer start(
      ServeOptions options, boolean portAsked, boolean quiet, PrintWriter stdout, PrintWriter stderr)
      throws IOException {
    int tries = portAsked ? 1 : DEFAULT_PORT_TRIES;
    for (int i = 0; ; i++) {
      ServeOptions attempt = options.withPort(options.port() + i);
      try {
        return DevServer.start(attempt, stdout, stderr);
      } catch (BindException e) {
        if (i + 1 >= tries) {
          String which = tries == 1
              ? "port " + attempt.port() + " is in use"
              : "ports " + options.port() + " to " + attempt.port() + " are in use";
          throw new BindException(
              which + " on 127.0.0.1 (stop the other server, or choose a port with --port N; --port 0 picks a free one)");
        }
        if (!quiet) {
          stdout.println("Port " + attempt.port() + " is in use: trying " + (attempt.port() + 1));
        }
      }
    }
  }
}
