/**
 * The command line: {@link baton.cli.Main} parses the arguments with Baton's own small parser ({@link
 * baton.cli.CommandLineSpec}, {@link baton.cli.ParsedArgs}) and runs one command over {@code build}; {@code run}
 * returns the exit status and only {@code main} exits.
 */
package baton.cli;
