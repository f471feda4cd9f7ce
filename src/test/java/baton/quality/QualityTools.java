package baton.quality;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Where the outside tools of the quality tests are, each taken from a system property, else an environment variable,
 * else a conventional place:
 *
 * <table>
 *   <caption>settings</caption>
 *   <tr><th>property</th><th>variable</th><th>default</th></tr>
 *   <tr><td>baton.quality.home</td><td>BATON_QUALITY_HOME</td>
 *       <td>target/quality, else ~/.cache/baton-quality: the npm prefix holding node_modules</td></tr>
 *   <tr><td>baton.vnu.jar</td><td>BATON_VNU_JAR</td><td>vnu-jar's build/dist/vnu.jar in that folder</td></tr>
 *   <tr><td>baton.chromium</td><td>BATON_CHROMIUM</td><td>/usr/bin/chromium, /usr/bin/chromium-browser</td></tr>
 *   <tr><td>baton.node</td><td>BATON_NODE</td><td>node on the PATH</td></tr>
 *   <tr><td>baton.quality.required</td><td>BATON_QUALITY_REQUIRED</td><td>unset: a missing tool skips</td></tr>
 * </table>
 */
final class QualityTools {

  static final String INSTALL_HINT =
      "install the quality tools with src/test/js/install-tools.sh (npm packages into ~/.cache/baton-quality,"
          + " chromium with apt-get when missing), or point BATON_QUALITY_HOME, BATON_VNU_JAR, BATON_CHROMIUM or"
          + " BATON_NODE at them";

  private QualityTools() {}

  /** The repository: Maven runs the tests in the project's base folder. */
  static Path repository() {
    return Path.of(System.getProperty("user.dir")).toAbsolutePath();
  }

  /** target/quality, where the tests leave what a person may want to look at (the keyboard screenshot). */
  static Path reportFolder() throws IOException {
    return Files.createDirectories(repository().resolve("target/quality"));
  }

  static Path script(String name) {
    return repository().resolve("src/test/js").resolve(name);
  }

  static Path vnuJar() {
    Optional<Path> set = setting("baton.vnu.jar", "BATON_VNU_JAR").map(Path::of);
    List<Path> candidates = new ArrayList<>();
    set.ifPresent(candidates::add);
    if (set.isEmpty()) {
      homes().forEach(h -> candidates.add(h.resolve("node_modules/vnu-jar/build/dist/vnu.jar")));
    }
    return first(candidates, Files::isRegularFile, "vnu.jar (the Nu HTML Checker)");
  }

  /** The npm prefix folder with node_modules/playwright-core and node_modules/axe-core. */
  static Path browserTools() {
    return first(
        homes(),
        h -> Files.isDirectory(h.resolve("node_modules/playwright-core"))
            && Files.isRegularFile(h.resolve("node_modules/axe-core/axe.min.js")),
        "playwright-core and axe-core (node_modules)");
  }

  static Path chromium() {
    List<Path> candidates =
        setting("baton.chromium", "BATON_CHROMIUM")
            .map(s -> List.of(Path.of(s)))
            .orElse(List.of(Path.of("/usr/bin/chromium"), Path.of("/usr/bin/chromium-browser")));
    return first(candidates, Files::isExecutable, "chromium");
  }

  /** The node command, checked by running it. */
  static String node() {
    String node = setting("baton.node", "BATON_NODE").orElse("node");
    need(runs(node, "--version"), "node (" + node + ") does not run: " + INSTALL_HINT);
    return node;
  }

  /** Skips the test when a tool is missing, or fails it when the tools are required (CI). */
  static void need(boolean present, String message) {
    if (present) {
      return;
    }
    if (required()) {
      fail(message + " (BATON_QUALITY_REQUIRED is set, so a missing tool fails rather than skips)");
    }
    Assumptions.abort(message);
  }

  private static boolean required() {
    return setting("baton.quality.required", "BATON_QUALITY_REQUIRED")
        .filter(v -> !v.isBlank() && !v.equals("0") && !v.equalsIgnoreCase("false"))
        .isPresent();
  }

  private static List<Path> homes() {
    return setting("baton.quality.home", "BATON_QUALITY_HOME")
        .map(s -> List.of(Path.of(s)))
        .orElse(
            List.of(
                repository().resolve("target/quality"),
                Path.of(System.getProperty("user.home"), ".cache/baton-quality")));
  }

  private static Path first(List<Path> candidates, java.util.function.Predicate<Path> found, String what) {
    Optional<Path> hit = candidates.stream().filter(found).findFirst();
    need(hit.isPresent(), what + " not found in " + candidates + ": " + INSTALL_HINT);
    return hit.orElseThrow();
  }

  private static Optional<String> setting(String property, String variable) {
    return Stream.of(System.getProperty(property), System.getenv(variable))
        .filter(v -> v != null && !v.isBlank())
        .findFirst();
  }

  private static boolean runs(String... command) {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
