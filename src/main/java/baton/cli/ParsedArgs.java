package baton.cli;

import baton.cli.CommandLineSpec.Option;
import baton.cli.CommandLineSpec.Positional;
import baton.diag.DidYouMean;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The arguments of one run, parsed against a tree of {@link CommandLineSpec}s: the command they name, its option
 * values and positional parameters, whether help or the version was asked for, and the first usage error.
 *
 * <p>The rules: {@code --opt value} and {@code --opt=value}; short flags alone or together ({@code -q -v}, {@code
 * -qv}); {@code --} ends the options, so that what follows is positional even if it starts with a dash. An option
 * given twice keeps its last value, so that a command in a script or alias can be overridden by adding the option
 * again. Parsing never throws and goes on after an error, so that {@code --help} anywhere still shows the help, even
 * after a mistyped option.
 */
final class ParsedArgs {

  private CommandLineSpec command;
  private String commandName;
  private final Map<String, String> values = new HashMap<>();
  private final Set<String> flags = new HashSet<>();
  private final List<String> positionals = new ArrayList<>();
  private String error;

  private ParsedArgs(CommandLineSpec root) {
    this.command = root;
    this.commandName = root.name;
  }

  /** Parses {@code args} from {@code root}: its first argument that is not an option names a sub-command, and so on. */
  static ParsedArgs parse(CommandLineSpec root, String... args) {
    ParsedArgs parsed = new ParsedArgs(root);
    parsed.parse(args);
    return parsed;
  }

  /** The command reached: the one to run, or a group when none of its sub-commands was named. */
  CommandLineSpec command() {
    return command;
  }

  /** The command as typed, for its usage line: {@code baton import jbake}. */
  String commandName() {
    return commandName;
  }

  boolean helpAsked() {
    return flags.contains(CommandLineSpec.HELP.longName());
  }

  boolean versionAsked() {
    return flags.contains(CommandLineSpec.VERSION.longName());
  }

  /** The first usage error, in one line, or null. */
  String error() {
    return error;
  }

  private void parse(String[] args) {
    boolean optionsEnded = false;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (optionsEnded || arg.equals("-") || !arg.startsWith("-")) {
        if (!command.isGroup()) {
          if (positionals.size() == command.positionals.size()) {
            fail(unexpected(arg));
          }
          positionals.add(arg);
          continue;
        }
        if (error != null || helpAsked() || versionAsked()) {
          return; // `baton --help build` is the help of baton, asked for first
        }
        CommandLineSpec sub = command.subcommand(arg);
        if (sub == null) {
          fail(unknownCommand(arg));
          return;
        }
        command = sub;
        commandName = commandName + " " + sub.name;
        optionsEnded = false;
      } else if (arg.equals("--")) {
        optionsEnded = true;
      } else if (arg.startsWith("--")) {
        i = longOption(args, i);
      } else {
        shortOptions(arg);
      }
    }
    if (!command.isGroup()) {
      checkPositionals();
    }
  }

  /** Reads {@code --name}, {@code --name=value} or {@code --name value}; returns the index of the last argument read. */
  private int longOption(String[] args, int i) {
    String arg = args[i];
    int equals = arg.indexOf('=');
    String name = equals < 0 ? arg : arg.substring(0, equals);
    Option option = command.option(name);
    if (option == null) {
      fail(unknownOption(name));
      return i;
    }
    if (!option.takesValue()) {
      if (equals >= 0) {
        fail("Option '" + name + "' takes no value (found '" + arg + "')");
      } else {
        flags.add(option.longName());
      }
      return i;
    }
    String value;
    if (equals >= 0) {
      value = arg.substring(equals + 1);
    } else if (i + 1 < args.length && !isOption(args[i + 1])) {
      value = args[++i];
    } else {
      // A following option is left to be read next: `--site --help` still shows the help.
      fail(i + 1 < args.length
          ? "Expected parameter for option '" + name + "' (" + option.label() + ") but found '" + args[i + 1] + "'"
          : "Missing required parameter for option '" + name + "' (" + option.label() + ")");
      return i;
    }
    if (value.isEmpty()) {
      fail("Empty value for option '" + name + "' (" + option.label() + ")");
    } else {
      values.put(option.longName(), value);
    }
    return i;
  }

  /**
   * Whether the argument after an option that takes a value is an option rather than its value: {@code --} and
   * anything starting with {@code --}, or a short option of the command. Other arguments starting with one dash can
   * be values ({@code --date -1} reaches the command, which explains what is wrong with it).
   */
  private boolean isOption(String next) {
    return next.startsWith("--") || command.option(next) != null || isFlagCluster(next);
  }

  /** {@code -qv}: a dash, then only short names of this command's flags. */
  private boolean isFlagCluster(String arg) {
    if (arg.length() < 3 || arg.charAt(0) != '-') {
      return false;
    }
    for (int k = 1; k < arg.length(); k++) {
      if (command.option("-" + arg.charAt(k)) == null) {
        return false;
      }
    }
    return true;
  }

  /** Reads {@code -q} or {@code -qv}: short names are flags only. */
  private void shortOptions(String arg) {
    for (int k = 1; k < arg.length(); k++) {
      Option option = command.option("-" + arg.charAt(k));
      if (option == null) {
        String meant = arg.length() > 2 ? closestOption(arg) : null;
        if (meant != null) {
          fail("Unknown option: '" + arg + "' (did you mean '" + meant + "'?)");
        } else {
          fail("Unknown option: '-" + arg.charAt(k) + "'" + (arg.length() > 2 ? " in '" + arg + "'" : ""));
        }
        return;
      }
      flags.add(option.longName());
    }
  }

  private void checkPositionals() {
    List<Positional> wanted = command.positionals;
    if (positionals.size() < wanted.size()) {
      List<Positional> missing = wanted.subList(positionals.size(), wanted.size());
      StringBuilder labels = new StringBuilder();
      for (Positional p : missing) {
        labels.append(labels.length() == 0 ? "" : ", ").append('\'').append(p.label()).append('\'');
      }
      fail((missing.size() == 1 ? "Missing required parameter: " : "Missing required parameters: ") + labels);
    }
  }

  private String unexpected(String arg) {
    StringBuilder takes = new StringBuilder();
    for (Positional p : command.positionals) {
      takes.append(takes.length() == 0 ? "" : " ").append(p.label());
    }
    return "Unexpected argument: '" + arg + "' (" + commandName + " takes "
        + (takes.length() == 0 ? "options only" : takes + " and options") + ")";
  }

  private String unknownOption(String name) {
    String meant = closestOption(name);
    return "Unknown option: '" + name + "'" + (meant == null ? "" : " (did you mean '" + meant + "'?)");
  }

  private String unknownCommand(String name) {
    List<String> names = new ArrayList<>();
    for (CommandLineSpec s : command.subcommands) {
      names.add(s.name);
    }
    String meant = DidYouMean.closest(name.toLowerCase(Locale.ROOT), names).orElse(null);
    if (meant != null) {
      return "Unknown command: '" + name + "' (did you mean '" + meant + "'?)";
    }
    String last = names.remove(names.size() - 1);
    return "Unknown command: '" + name + "' (use " + (names.isEmpty() ? "" : String.join(", ", names) + " or ") + last
        + "; see --help)";
  }

  /** The long option the user probably meant by {@code --draft} or {@code -site}, or null. */
  private String closestOption(String typed) {
    List<String> names = new ArrayList<>();
    for (Option o : command.options) {
      names.add(o.longName().substring(2));
    }
    String meant = DidYouMean.closest(typed.replaceFirst("^--?", ""), names).orElse(null);
    return meant == null ? null : "--" + meant;
  }

  private void fail(String message) {
    if (error == null) {
      error = message;
    }
  }

  // What commands read. Each checks that the option is the command's, so that a misspelt name in Baton's code fails
  // its tests instead of reading as "not given".

  boolean flag(String longName) {
    return flags.contains(declared(longName, false));
  }

  /** The option's value, or null when it was not given. */
  String text(String longName) {
    return values.get(declared(longName, true));
  }

  /** The option's value as a path, or {@code fallback} when it was not given. */
  Path path(String longName, Path fallback) {
    String value = text(longName);
    return value == null ? fallback : toPath("option '" + longName + "'", value);
  }

  /** The option's value as a whole number, or null when it was not given. */
  Integer integer(String longName) {
    String value = text(longName);
    if (value == null) {
      return null;
    }
    try {
      return Integer.valueOf(value);
    } catch (NumberFormatException e) {
      throw new UsageException("Invalid value for option '" + longName + "': '" + value + "' is not a whole number");
    }
  }

  /** The positional parameter at {@code index}; parsing has checked that each is there. */
  String positional(int index) {
    return positionals.get(index);
  }

  Path positionalPath(int index) {
    return toPath("parameter '" + command.positionals.get(index).label() + "'", positional(index));
  }

  private static Path toPath(String what, String value) {
    try {
      return Path.of(value);
    } catch (InvalidPathException e) {
      throw new UsageException("Invalid value for " + what + ": '" + value + "' is not a path: " + e.getReason());
    }
  }

  private String declared(String longName, boolean takesValue) {
    Option option = command.option(longName);
    if (option == null || option.takesValue() != takesValue || !option.longName().equals(longName)) {
      throw new IllegalArgumentException(commandName + " has no " + (takesValue ? "value option " : "flag ") + longName);
    }
    return longName;
  }
}
