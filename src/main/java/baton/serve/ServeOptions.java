package baton.serve;

import baton.build.BuildOptions;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What to serve: the site folder, the output folder (default {@code target/serve} under the site, apart from the
 * {@code target/site} that {@code baton build} and {@code mvn site} write), drafts or not, the port on 127.0.0.1
 * (0 for any free one) and how much to print.
 */
public record ServeOptions(Path siteDir, Path outDir, boolean drafts, int port, boolean verbose, boolean quiet) {

  public static final int DEFAULT_PORT = 8080;

  public ServeOptions {
    Objects.requireNonNull(siteDir, "siteDir");
    siteDir = siteDir.toAbsolutePath().normalize();
    outDir = outDir == null ? defaultOut(siteDir) : outDir.toAbsolutePath().normalize();
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port must be between 0 and 65535: " + port);
    }
  }

  /** The output folder when none is given: {@code target/serve} under the site folder. */
  public static Path defaultOut(Path siteDir) {
    return siteDir.toAbsolutePath().normalize().resolve("target").resolve("serve");
  }

  public ServeOptions withPort(int newPort) {
    return new ServeOptions(siteDir, outDir, drafts, newPort, verbose, quiet);
  }

  BuildOptions buildOptions() {
    return new BuildOptions(siteDir, outDir, drafts);
  }
}
