/** The command line: picocli commands over {@code build}; {@code run} returns the exit status and only {@code main} exits. */
package baton.cli;
