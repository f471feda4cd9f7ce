package baton.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import baton.cli.CommandLineSpec.Option;
import baton.cli.CommandLineSpec.Positional;
import baton.testing.TestSite;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Baton's command line as users see it: the help of every command, the version, each kind of usage error (its exact
 * first line, the command's help after it, status 2), and the parsing rules, on Baton's commands and on a small test
 * command that records what it was given.
 */
class CommandLineTest {

  @TempDir Path dir;

  /** What one run printed, with line ends made {@code \n} so that the expected texts read the same on any system. */
  record Run(int status, String out, String err) {

    String firstErrorLine() {
      return err.lines().findFirst().orElse("");
    }

    /** stderr after the problem's line: the help of the command the problem is about. */
    String afterFirstErrorLine() {
      return err.substring(err.indexOf('\n') + 1);
    }
  }

  private static Run run(String... args) {
    return run(Main.BATON, args);
  }

  private static Run run(CommandLineSpec root, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.run(root, args, new PrintWriter(out, true), new PrintWriter(err, true));
    String nl = System.lineSeparator();
    return new Run(status, out.toString().replace(nl, "\n"), err.toString().replace(nl, "\n"));
  }

  private static String help(String... args) {
    Run run = run(args);
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    return run.out();
  }

  /** Runs {@code args}, expects a usage error whose first line is {@code problem}, and returns the run. */
  private static Run usageError(String problem, String... args) {
    Run run = run(args);
    assertThat(run.status()).as(run.err()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.out()).isEmpty();
    assertThat(run.firstErrorLine()).isEqualTo(problem);
    return run;
  }

  // Help: the usage line, the description, each parameter and option, the commands; on stdout, status 0.

  private static final String BATON_HELP =
      """
      Usage: baton [-hV] COMMAND
      Builds a static site from a succession timeline: entries in content/,
      templates, assets.
        -h, --help      Show this help message and exit.
        -V, --version   Print version information and exit.
      Commands:
        build   Build the site into the output folder.
        check   Check the site as a build would; write nothing.
        serve   Build the site into target/serve, serve it on 127.0.0.1 and rebuild
                  it, reloading the browser, on every change to content/, templates/
                  or assets/. Stop with Ctrl-C.
        new     Write a commented skeleton entry into content/ for you to fill in,
                  and print its path.
        import  Import another site generator's content as Baton pages.
      """;

  private static final String BUILD_HELP =
      """
      Usage: baton build [-hqvV] [--drafts] [--out=DIR] [--site=DIR]
      Build the site into the output folder.
            --drafts     include entries marked draft: true
        -h, --help       Show this help message and exit.
            --out=DIR    the output folder, replaced whole by each build (default:
                           target/site under the site folder)
        -q, --quiet      print only errors and warnings
            --site=DIR   the site folder, holding content/ and optionally templates/
                           and assets/ (default: the current folder)
        -v, --verbose    also print the time each stage took
        -V, --version    Print version information and exit.
      """;

  private static final String CHECK_HELP =
      """
      Usage: baton check [-hqvV] [--drafts] [--format=FORMAT] [--out=DIR]
                         [--site=DIR]
      Check the site as a build would; write nothing.
            --drafts          include entries marked draft: true
            --format=FORMAT   text (default): diagnostics on stderr; json: one JSON
                                object on stdout, for editors and CI
        -h, --help            Show this help message and exit.
            --out=DIR         the output folder, replaced whole by each build
                                (default: target/site under the site folder)
        -q, --quiet           print only errors and warnings
            --site=DIR        the site folder, holding content/ and optionally
                                templates/ and assets/ (default: the current folder)
        -v, --verbose         also print the time each stage took
        -V, --version         Print version information and exit.
      """;

  private static final String NEW_HELP =
      """
      Usage: baton new [-hV] [--date=YYYY[-MM[-DD]]] [--site=DIR] TYPE ID
      Write a commented skeleton entry into content/ for you to fill in, and print
      its path.
      Required fields hold CHANGE-ME or "": check reports each one until you replace
      it.
            TYPE         statement, event, actor, country, office or page
            ID           the entry's id, its file name: lower-case words joined by
                           hyphens (mark-rutte), or a country's 2-letter code (nl)
            --date=YYYY[-MM[-DD]]
                         the date of a statement or event, which also picks its year
                           folder (default: today)
        -h, --help       Show this help message and exit.
            --site=DIR   the site folder, holding content/ (default: the current
                           folder)
        -V, --version    Print version information and exit.
      """;

  private static final String SERVE_HELP =
      """
      Usage: baton serve [-hqvV] [--drafts] [--out=DIR] [--port=N] [--site=DIR]
      Build the site into target/serve, serve it on 127.0.0.1 and rebuild it,
      reloading the browser, on every change to content/, templates/ or assets/. Stop
      with Ctrl-C.
            --drafts     include entries marked draft: true
        -h, --help       Show this help message and exit.
            --out=DIR    the folder to build into and serve, replaced whole by each
                           build (default: target/serve under the site folder)
            --port=N     the port on 127.0.0.1; 0 picks a free one (default: 8080, or
                           the next free one up to 8089)
        -q, --quiet      print only errors and warnings
            --site=DIR   the site folder, holding content/ and optionally templates/
                           and assets/ (default: the current folder)
        -v, --verbose    also print each stage's time, and the time from a save to
                           the rebuilt site
        -V, --version    Print version information and exit.
      """;

  private static final String IMPORT_HELP =
      """
      Usage: baton import [-hV] COMMAND
      Import another site generator's content as Baton pages.
        -h, --help      Show this help message and exit.
        -V, --version   Print version information and exit.
      Commands:
        jbake  Import a JBake site's posts and pages as pages of a Baton site
                 (content/pages/<id>.md).
      """;

  private static final String JBAKE_HELP =
      """
      Usage: baton import jbake [-hqV] [--site=DIR] SRC
      Import a JBake site's posts and pages as pages of a Baton site
      (content/pages/<id>.md).
      Never replaces a file; reports every field and file it could not map.
            SRC          the JBake site: the folder holding jbake.properties and
                           content/
        -h, --help       Show this help message and exit.
        -q, --quiet      print only the notes, not each imported file
            --site=DIR   the Baton site to import into; pages go to its
                           content/pages/ (default: the current folder)
        -V, --version    Print version information and exit.
      """;

  @Test
  void theHelpOfEachCommand() {
    assertThat(help("--help")).isEqualTo(BATON_HELP);
    assertThat(help("build", "--help")).isEqualTo(BUILD_HELP);
    assertThat(help("check", "--help")).isEqualTo(CHECK_HELP);
    assertThat(help("new", "--help")).isEqualTo(NEW_HELP);
    assertThat(help("serve", "--help")).isEqualTo(SERVE_HELP);
    assertThat(help("import", "--help")).isEqualTo(IMPORT_HELP);
    assertThat(help("import", "jbake", "--help")).isEqualTo(JBAKE_HELP);
  }

  @Test
  void dashHIsTheHelpTooAndWinsOverAnythingElseOnTheLine() {
    assertThat(help("-h")).isEqualTo(BATON_HELP);
    assertThat(help("build", "-h")).isEqualTo(BUILD_HELP);
    assertThat(help("build", "-qh")).isEqualTo(BUILD_HELP);
    assertThat(help("new", "actor", "x", "--help")).isEqualTo(NEW_HELP);
    // a mistake before or after it: the user asked for the help, which shows what to type instead
    assertThat(help("build", "--bogus", "--help")).isEqualTo(BUILD_HELP);
    assertThat(help("build", "--help", "--bogus")).isEqualTo(BUILD_HELP);
    assertThat(help("build", "--site", "--help")).isEqualTo(BUILD_HELP);
    // the help of the command it follows: baton's when it comes before the command's name
    assertThat(help("-h", "build")).isEqualTo(BATON_HELP);
  }

  @Test
  void everyLineOfEveryHelpFitsEightyColumns() {
    List<String> lines = new ArrayList<>();
    collectHelp(Main.BATON, "baton", lines);
    assertThat(lines).hasSizeGreaterThan(60).allSatisfy(line -> assertThat(line.length()).as(line).isLessThan(80));
  }

  private static void collectHelp(CommandLineSpec spec, String name, List<String> lines) {
    spec.help(name).lines().forEach(lines::add);
    for (CommandLineSpec sub : spec.subcommands) {
      collectHelp(sub, name + " " + sub.name, lines);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "build", "check", "new", "serve", "import", "import jbake"})
  void everyCommandPrintsTheVersion(String command) {
    for (String option : List.of("--version", "-V")) {
      List<String> args = new ArrayList<>(command.isEmpty() ? List.of() : List.of(command.split(" ")));
      args.add(option);
      Run run = run(args.toArray(String[]::new));
      assertThat(run.status()).isZero();
      assertThat(run.err()).isEmpty();
      // the tests run from target/classes, which has no manifest and so no Implementation-Version
      assertThat(run.out()).isEqualTo("baton (development build)\n");
    }
  }

  // Usage errors: one line naming the problem, then the help of the command it is about, on stderr; status 2.

  @Test
  void aUsageErrorIsItsLineThenTheCommandsHelp() {
    assertThat(usageError("Unknown option: '--bogus'", "build", "--bogus").afterFirstErrorLine()).isEqualTo(BUILD_HELP);
    assertThat(usageError("Missing required parameter: 'ID'", "new", "actor").afterFirstErrorLine())
        .isEqualTo(NEW_HELP);
    assertThat(usageError("Unknown option: '--bogus'", "--bogus").afterFirstErrorLine()).isEqualTo(BATON_HELP);
    assertThat(usageError("Missing required parameter: 'SRC'", "import", "jbake").afterFirstErrorLine())
        .isEqualTo(JBAKE_HELP);
  }

  @Test
  void missingOrUnknownCommands() {
    usageError("missing command: use build, check, serve, new or import (see --help)");
    usageError("missing command: use build, check, serve, new or import (see --help)", "--");
    usageError("Unknown command: 'bogus' (use build, check, serve, new or import; see --help)", "bogus");
    usageError("Unknown command: 'help' (use build, check, serve, new or import; see --help)", "help");
    usageError("Unknown command: 'bulid' (did you mean 'build'?)", "bulid");
    usageError("Unknown command: 'BUILD' (did you mean 'build'?)", "BUILD");
    usageError("Unknown command: 'chek' (did you mean 'check'?)", "chek", "--site", ".");
    usageError("missing format: use import jbake SRC (see --help)", "import");
    assertThat(usageError("Unknown command: 'hugo' (use jbake; see --help)", "import", "hugo", ".")
            .afterFirstErrorLine())
        .isEqualTo(IMPORT_HELP);
    // an error before the command's name is baton's, and the command does not run
    assertThat(usageError("Unknown option: '--bogus'", "--bogus", "build").afterFirstErrorLine())
        .isEqualTo(BATON_HELP);
  }

  @Test
  void unknownOptions() {
    usageError("Unknown option: '--bogus'", "build", "--bogus");
    usageError("Unknown option: '-x'", "build", "-x");
    usageError("Unknown option: '-x' in '-qx'", "build", "-qx");
    usageError("Unknown option: '-q'", "import", "-q");
    usageError("Unknown option: '--format'", "build", "--format", "json");
    // a close name is suggested, a single-dash long name too
    usageError("Unknown option: '--draft' (did you mean '--drafts'?)", "build", "--draft");
    usageError("Unknown option: '--fromat' (did you mean '--format'?)", "check", "--fromat", "json");
    usageError("Unknown option: '--verbos' (did you mean '--verbose'?)", "serve", "--verbos=1");
    usageError("Unknown option: '-site' (did you mean '--site'?)", "build", "-site", ".");
    usageError("Unknown option: '--port'", "build", "--port", "1");
  }

  @Test
  void optionValues() {
    usageError("Missing required parameter for option '--site' (DIR)", "build", "--site");
    usageError("Missing required parameter for option '--date' (YYYY[-MM[-DD]])", "new", "actor", "x", "--date");
    usageError("Expected parameter for option '--site' (DIR) but found '--out'", "build", "--site", "--out", "x");
    usageError("Expected parameter for option '--site' (DIR) but found '-q'", "build", "--site", "-q");
    usageError("Expected parameter for option '--site' (DIR) but found '-qv'", "build", "--site", "-qv");
    usageError("Expected parameter for option '--site' (DIR) but found '--'", "build", "--site", "--", "x");
    usageError("Empty value for option '--site' (DIR)", "build", "--site=");
    usageError("Empty value for option '--out' (DIR)", "build", "--out", "");
    usageError("Option '--drafts' takes no value (found '--drafts=false')", "build", "--drafts=false");
    usageError("Option '--quiet' takes no value (found '--quiet=true')", "check", "--quiet=true");
    usageError("Invalid value for option '--format': expected text or json, found 'xml'", "check", "--format", "xml");
    usageError("Invalid value for option '--format': expected text or json, found 'JSON'", "check", "--format=JSON");
    usageError("Invalid value for option '--port': 'abc' is not a whole number", "serve", "--port", "abc");
    usageError("Invalid value for option '--port': '80.5' is not a whole number", "serve", "--port=80.5");
    usageError("--port must be between 0 and 65535, not 70000", "serve", "--port", "70000");
    usageError("--port must be between 0 and 65535, not -1", "serve", "--port", "-1");
  }

  @Test
  void positionalParameters() {
    usageError("Missing required parameters: 'TYPE', 'ID'", "new");
    usageError("Missing required parameter: 'ID'", "new", "actor");
    usageError("Missing required parameter: 'ID'", "new", "actor", "--site", ".");
    usageError("Unexpected argument: 'c' (baton new takes TYPE ID and options)", "new", "a", "b", "c", "d");
    usageError("Unexpected argument: 'extra' (baton build takes options only)", "build", "extra");
    usageError("Unexpected argument: 'x' (baton build takes options only)", "build", "--", "x");
    usageError("Unexpected argument: 'b' (baton import jbake takes SRC and options)", "import", "jbake", "a", "b");
    usageError("SRC is not a folder: " + dir.resolve("missing"), "import", "jbake", dir.resolve("missing").toString());
  }

  @Test
  void theFirstProblemIsTheOneReported() {
    usageError("Unknown option: '--one'", "build", "--one", "--two", "extra");
    usageError("Unexpected argument: 'extra' (baton build takes options only)", "build", "extra", "--site");
    usageError("Missing required parameter for option '--site' (DIR)", "new", "a", "--site");
  }

  // Options through Baton's real commands.

  @Test
  void optionsTakeTheirValueAfterAnEqualsSignOrAsTheNextArgument() {
    TestSite.in(dir).file("content/site.yaml", TestSite.SITE_YAML);
    Run json = run("check", "--site=" + dir, "--format=json");
    assertThat(json.status()).as(json.err()).isZero();
    assertThat(json.out()).startsWith("{\"ok\":true,").endsWith("}\n");
    assertThat(run("check", "--site", dir.toString(), "--format", "json")).isEqualTo(json);

    Path out = dir.resolve("elsewhere");
    Run build = run("build", "--site=" + dir, "--out=" + out, "-q");
    assertThat(build.status()).as(build.err()).isZero();
    assertThat(build.out()).isEmpty();
    assertThat(out.resolve("index.html")).isRegularFile();
  }

  @Test
  void newTakesItsParametersAroundOptionsAndAfterDoubleDash() {
    TestSite.in(dir).file("content/site.yaml", TestSite.SITE_YAML);
    Run run = run("new", "--site=" + dir, "actor", "--", "joe-biden");
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).isEqualTo(dir.resolve("content/actors/joe-biden.yaml") + "\n");
    // after --, a word starting with a dash is a parameter, which new then refuses as a type
    Run dash = run("new", "--site", dir.toString(), "--", "-x", "y");
    assertThat(dash.status()).isEqualTo(ExitCodes.USAGE);
    assertThat(dash.err()).startsWith("baton new: unknown entry type '-x'");
  }

  // The parsing rules, on a test command that records what it was given.

  private final AtomicReference<ParsedArgs> given = new AtomicReference<>();

  private CommandLineSpec testCommand() {
    CommandLineSpec.Action recording =
        (args, out, err) -> {
          given.set(args);
          return 0;
        };
    CommandLineSpec t =
        CommandLineSpec.command(
            "t",
            List.of("A test command."),
            List.of(new Positional("A", "the first"), new Positional("B", "the second")),
            List.of(
                Option.value("--site", "DIR", "a folder"),
                Option.value("--name", "NAME", "a word"),
                Option.flag("-q", "--quiet", "a flag"),
                Option.flag("-v", "--verbose", "another"),
                Option.flag(null, "--drafts", "a long flag")),
            recording);
    return CommandLineSpec.group("top", "Test commands.", "missing command", List.of(t));
  }

  private ParsedArgs parsed(String... args) {
    given.set(null);
    Run run = run(testCommand(), args);
    assertThat(run.status()).as(run.err()).isZero();
    return given.get();
  }

  @Test
  void flagsAloneOrClustered() {
    ParsedArgs none = parsed("t", "a", "b");
    assertThat(none.flag("--quiet")).isFalse();
    assertThat(none.flag("--verbose")).isFalse();
    ParsedArgs both = parsed("t", "-qv", "a", "b");
    assertThat(both.flag("--quiet")).isTrue();
    assertThat(both.flag("--verbose")).isTrue();
    ParsedArgs apart = parsed("t", "a", "-v", "b", "--quiet", "--drafts");
    assertThat(apart.flag("--quiet")).isTrue();
    assertThat(apart.flag("--verbose")).isTrue();
    assertThat(apart.flag("--drafts")).isTrue();
    // a flag given twice is simply on
    assertThat(parsed("t", "-q", "-q", "--quiet", "a", "b").flag("--quiet")).isTrue();
  }

  /**
   * An option given twice keeps its last value (picocli 4 refused it: "option '--site' (DIR) should be specified only
   * once"): a command in a script or an alias can then be overridden by adding the option again, as with most tools.
   */
  @Test
  void anOptionGivenTwiceKeepsTheLastValue() {
    assertThat(parsed("t", "--name", "first", "--name=second", "a", "b").text("--name")).isEqualTo("second");
    assertThat(parsed("t", "--site=x", "a", "b", "--site", "y").path("--site", null)).isEqualTo(Path.of("y"));
  }

  @Test
  void valuesAndParameters() {
    ParsedArgs p = parsed("t", "--site", "some dir", "one", "--name=a=b", "two");
    assertThat(p.path("--site", Path.of("."))).isEqualTo(Path.of("some dir"));
    assertThat(p.text("--name")).isEqualTo("a=b");
    assertThat(p.positional(0)).isEqualTo("one");
    assertThat(p.positional(1)).isEqualTo("two");
    assertThat(p.commandName()).isEqualTo("top t");
    // not given: the default for a path, null for text
    ParsedArgs bare = parsed("t", "one", "two");
    assertThat(bare.path("--site", Path.of("."))).isEqualTo(Path.of("."));
    assertThat(bare.text("--name")).isNull();
    assertThat(bare.integer("--name")).isNull();
    // a value may start with one dash when it is no option of the command
    assertThat(parsed("t", "--name", "-1", "a", "b").text("--name")).isEqualTo("-1");
    // a lone dash is a parameter (it often means standard input)
    assertThat(parsed("t", "-", "b").positional(0)).isEqualTo("-");
  }

  @Test
  void doubleDashEndsTheOptions() {
    ParsedArgs p = parsed("t", "-q", "--", "--verbose", "-v");
    assertThat(p.flag("--quiet")).isTrue();
    assertThat(p.flag("--verbose")).isFalse();
    assertThat(p.positional(0)).isEqualTo("--verbose");
    assertThat(p.positional(1)).isEqualTo("-v");
    assertThat(parsed("t", "a", "--", "--").positional(1)).isEqualTo("--");
    usageError("Unexpected argument: '--help' (baton build takes options only)", "build", "--", "--help");
  }

  @Test
  void aCommandReadingAnOptionItDoesNotDeclareIsABugCaughtByItsTests() {
    ParsedArgs p = parsed("t", "a", "b");
    assertThatThrownBy(() -> p.flag("--draft")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> p.text("--quiet")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> p.text("-q")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aSpecRefusesWhatTheParserCouldNotReadUnambiguously() {
    assertThatThrownBy(() -> new Option("-s", "--site", "DIR", "a short option with a value"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Option.flag("-qq", "--quiet", "two letters")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Option.value("-site", "DIR", "one dash")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Option.value("--a=b", "X", "an equals sign")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> CommandLineSpec.command("t", List.of("t"), List.of(), List.of(Option.flag("-h", "--host", "x")), null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("two options");
  }

  // What a command's failure does.

  @Test
  void anExceptionInACommandIsAnInternalErrorWithStatusThree() {
    CommandLineSpec failing =
        CommandLineSpec.command(
            "fail",
            List.of("Fails."),
            List.of(),
            List.of(),
            (args, out, err) -> {
              out.print("partial output");
              throw new IllegalStateException("boom");
            });
    Run run = run(CommandLineSpec.group("top", "Test.", "missing", List.of(failing)), "fail");
    assertThat(run.status()).isEqualTo(ExitCodes.INTERNAL);
    assertThat(run.out()).isEqualTo("partial output");
    assertThat(run.err())
        .isEqualTo(
            """
            baton: internal error: java.lang.IllegalStateException: boom
            This is a bug in Baton, not in your site; please report it with the command you ran.
            """);
  }

  @Test
  void runningOutOfMemoryIsSaidPlainlyWithWhatToDo() {
    CommandLineSpec hungry =
        CommandLineSpec.command(
            "hungry",
            List.of("Needs more memory."),
            List.of(),
            List.of(),
            (args, out, err) -> {
              throw new OutOfMemoryError("Java heap space");
            });
    Run run = run(CommandLineSpec.group("top", "Test.", "missing", List.of(hungry)), "hungry");
    assertThat(run.status()).isEqualTo(ExitCodes.INTERNAL);
    assertThat(run.err())
        .startsWith("baton: out of memory: the site needs more than the ")
        .endsWith(" MB the JVM may use (give it more with -Xmx, e.g. java -Xmx4g -jar baton.jar"
            + " ...; 100,000 statements need about 4 GB)" + System.lineSeparator())
        .doesNotContain("\tat ");
  }

  @Test
  void aUsageExceptionFromACommandIsAUsageError() {
    CommandLineSpec refusing =
        CommandLineSpec.command(
            "refuse",
            List.of("Refuses."),
            List.of(),
            List.of(),
            (args, out, err) -> {
              throw new UsageException("the thing is missing: create it");
            });
    Run run = run(CommandLineSpec.group("top", "Test.", "missing", List.of(refusing)), "refuse");
    assertThat(run.status()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err())
        .isEqualTo(
            """
            the thing is missing: create it
            Usage: top refuse [-hV]
            Refuses.
              -h, --help      Show this help message and exit.
              -V, --version   Print version information and exit.
            """);
  }

  @Test
  void theCommandRunsOnlyWhenTheLineIsRight() throws Exception {
    Path out = dir.resolve("out");
    TestSite.in(dir).file("content/site.yaml", TestSite.SITE_YAML);
    usageError("Unknown option: '--bogus'", "build", "--site", dir.toString(), "--out", out.toString(), "--bogus");
    help("build", "--site", dir.toString(), "--out", out.toString(), "--help");
    assertThat(Files.exists(out)).isFalse();
  }
}
