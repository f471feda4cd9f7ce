package baton.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What one command accepts, as plain data: its options, its positional parameters, or, for a group such as
 * {@code baton} or {@code baton import}, its sub-commands. The one description serves both {@link ParsedArgs#parse
 * parsing} and the {@link #help help text}, so the two cannot disagree. Nothing is found by reflection or annotations:
 * a run parses its arguments with a few small classes and JDK collections, all in the class-data archive, so that
 * {@code baton --version} starts in about 0.1 s, where picocli (Java 5 class files the archive cannot hold, and a scan
 * of every command's annotations) made it 0.3 s; {@code baton check --format json}, run by editors on every save,
 * gains the same.
 */
final class CommandLineSpec {

  /** A command's work, given its parsed arguments; returns the exit status ({@link ExitCodes}). */
  interface Action {
    int run(ParsedArgs args, PrintWriter out, PrintWriter err);
  }

  /**
   * One option. A flag has no label; an option with a label takes a value, as {@code --site DIR} or
   * {@code --site=DIR}. Only flags have a short name, so that {@code -qv} always means two flags and never a flag and
   * a value.
   */
  record Option(String shortName, String longName, String label, String description) {

    Option {
      if (!longName.startsWith("--") || longName.length() < 3 || longName.indexOf('=') >= 0) {
        throw new IllegalArgumentException("a long option name is --word: " + longName);
      }
      if (shortName != null && (label != null || shortName.length() != 2 || shortName.charAt(0) != '-')) {
        throw new IllegalArgumentException("a short option name is - and one letter, for a flag only: " + shortName);
      }
    }

    static Option flag(String shortName, String longName, String description) {
      return new Option(shortName, longName, null, description);
    }

    static Option value(String longName, String label, String description) {
      return new Option(null, longName, label, description);
    }

    boolean takesValue() {
      return label != null;
    }

    /** How the help shows it: {@code --drafts} or {@code --site=DIR}. */
    String longText() {
      return takesValue() ? longName + "=" + label : longName;
    }

    /** Where it sorts in the help: by its name without dashes, {@code -v} just before {@code -V}. */
    String sortKey() {
      String name = (shortName != null ? shortName : longName).replace("-", "");
      return name.toLowerCase(Locale.ROOT) + (Character.isUpperCase(name.charAt(0)) ? "1" : "0");
    }
  }

  /** A required positional parameter, such as {@code TYPE} in {@code baton new TYPE ID}. */
  record Positional(String label, String description) {}

  static final Option HELP = Option.flag("-h", "--help", "Show this help message and exit.");
  static final Option VERSION = Option.flag("-V", "--version", "Print version information and exit.");

  /** The longest line of help, so that it fits an 80-column terminal without touching its last column. */
  static final int WIDTH = 79;
  /** An option longer than this in the help ({@code --date=YYYY[-MM[-DD]]}) has its description on the next line. */
  private static final int LONG_COLUMN_MAX = 20;
  /** The help ends its lines as {@code println} does, so that stdout has one kind of line end. */
  private static final String NL = System.lineSeparator();

  final String name;
  final List<String> description;
  final List<Option> options;
  final List<Positional> positionals;
  final List<CommandLineSpec> subcommands;
  /** What a command does; null for a group, which only leads to its sub-commands. */
  final Action action;
  /** For a group: the usage error when no sub-command is named. */
  final String missingCommand;

  private CommandLineSpec(
      String name,
      List<String> description,
      List<Option> options,
      List<Positional> positionals,
      List<CommandLineSpec> subcommands,
      Action action,
      String missingCommand) {
    this.name = name;
    this.description = List.copyOf(description);
    List<Option> all = new ArrayList<>(options);
    all.add(HELP);
    all.add(VERSION);
    this.options = List.copyOf(all);
    this.positionals = List.copyOf(positionals);
    this.subcommands = List.copyOf(subcommands);
    this.action = action;
    this.missingCommand = missingCommand;
    for (int i = 0; i < all.size(); i++) {
      for (int j = 0; j < i; j++) {
        Option a = all.get(i);
        Option b = all.get(j);
        if (a.longName.equals(b.longName) || (a.shortName != null && a.shortName.equals(b.shortName))) {
          throw new IllegalArgumentException(name + " has two options named " + a.longName + " or " + a.shortName);
        }
      }
    }
  }

  /** A command that does something; every command also takes {@code -h/--help} and {@code -V/--version}. */
  static CommandLineSpec command(
      String name, List<String> description, List<Positional> positionals, List<Option> options, Action action) {
    return new CommandLineSpec(name, description, options, positionals, List.of(), action, null);
  }

  /** A group: a name that only leads to its sub-commands, listed in the help in this order. */
  static CommandLineSpec group(
      String name, String description, String missingCommand, List<CommandLineSpec> subcommands) {
    return new CommandLineSpec(name, List.of(description), List.of(), List.of(), subcommands, null, missingCommand);
  }

  boolean isGroup() {
    return action == null;
  }

  /** The option named {@code -q}, {@code --quiet} (no value attached), or null. */
  Option option(String name) {
    for (Option o : options) {
      if (name.equals(o.longName) || name.equals(o.shortName)) {
        return o;
      }
    }
    return null;
  }

  CommandLineSpec subcommand(String name) {
    for (CommandLineSpec s : subcommands) {
      if (s.name.equals(name)) {
        return s;
      }
    }
    return null;
  }

  /**
   * The help: the usage line, the description, each positional parameter and option, and a group's commands, laid out
   * as picocli laid them out (so that users see the screen they know), each line at most {@link #WIDTH} long.
   *
   * @param commandName the command as typed, such as {@code baton import jbake}
   */
  String help(String commandName) {
    StringBuilder s = new StringBuilder();
    String usage = "Usage: " + commandName + " ";
    wrap(s, usage, synopsis(), usage.length());
    for (String paragraph : description) {
      wrap(s, "", paragraph, 0);
    }
    List<Option> sorted = sortedOptions();
    int longWidth = 0;
    for (Positional p : positionals) {
      longWidth = fitting(longWidth, p.label);
    }
    for (Option o : sorted) {
      longWidth = fitting(longWidth, o.longText());
    }
    // two spaces, "-q, " or four spaces, the long names, three spaces
    int descriptionColumn = 2 + 4 + longWidth + 3;
    for (Positional p : positionals) {
      row(s, "      ", p.label, p.description, descriptionColumn);
    }
    for (Option o : sorted) {
      row(s, o.shortName == null ? "      " : "  " + o.shortName + ", ", o.longText(), o.description, descriptionColumn);
    }
    if (!subcommands.isEmpty()) {
      s.append("Commands:").append(NL);
      int nameWidth = 0;
      for (CommandLineSpec c : subcommands) {
        nameWidth = Math.max(nameWidth, c.name.length());
      }
      for (CommandLineSpec c : subcommands) {
        String first = "  " + pad(c.name, nameWidth + 2);
        wrap(s, first, c.description.get(0), first.length() + 2);
      }
    }
    return s.toString();
  }

  /** {@code [-hqvV] [--drafts] [--out=DIR] [--site=DIR]}, then the positional parameters or {@code COMMAND}. */
  private String synopsis() {
    List<Option> sorted = sortedOptions();
    StringBuilder flags = new StringBuilder();
    StringBuilder rest = new StringBuilder();
    for (Option o : sorted) {
      if (o.shortName != null) {
        flags.append(o.shortName.charAt(1));
      }
    }
    sorted.sort((a, b) -> a.longName.compareTo(b.longName));
    for (Option o : sorted) {
      if (o.shortName == null) {
        rest.append(" [").append(o.longText()).append(']');
      }
    }
    for (Positional p : positionals) {
      rest.append(' ').append(p.label);
    }
    if (!subcommands.isEmpty()) {
      rest.append(" COMMAND");
    }
    return "[-" + flags + "]" + rest;
  }

  private List<Option> sortedOptions() {
    List<Option> sorted = new ArrayList<>(options);
    sorted.sort((a, b) -> a.sortKey().compareTo(b.sortKey()));
    return sorted;
  }

  private static int fitting(int width, String text) {
    return text.length() <= LONG_COLUMN_MAX ? Math.max(width, text.length()) : width;
  }

  /** One row of the option table; an option too long for its column has the description on the next line. */
  private static void row(StringBuilder s, String lead, String name, String description, int column) {
    String first = lead + name;
    if (first.length() + 3 > column) {
      s.append(first).append(NL);
      first = "";
    }
    wrap(s, pad(first, column), description, column + 2);
  }

  /**
   * Appends {@code first} and then the words of {@code text}, starting a new line, indented by {@code indent}, before
   * a word that would pass {@link #WIDTH}. A word longer than a whole line stays whole.
   */
  private static void wrap(StringBuilder s, String first, String text, int indent) {
    StringBuilder line = new StringBuilder(first);
    boolean empty = true;
    for (String word : text.split(" ")) {
      if (word.isEmpty()) {
        continue;
      }
      if (!empty && line.length() + 1 + word.length() > WIDTH) {
        s.append(line).append(NL);
        line.setLength(0);
        line.append(" ".repeat(indent));
        empty = true;
      }
      if (!empty) {
        line.append(' ');
      }
      line.append(word);
      empty = false;
    }
    s.append(line).append(NL);
  }

  private static String pad(String text, int width) {
    return text.length() >= width ? text : text + " ".repeat(width - text.length());
  }
}
