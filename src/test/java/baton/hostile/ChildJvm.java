package baton.hostile;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Baton in a child JVM with a 256 MiB heap, the bound issue 7 sets for hostile input. {@link #command} starts one
 * {@code baton} command in a process of its own (to kill it midway); {@link #server} starts a {@link BuildServer} that
 * runs many commands in one warm JVM, so that forty cases do not pay forty JVM start-ups.
 */
final class ChildJvm implements AutoCloseable {

  static final String HEAP = "-Xmx256m";

  private final Process process;
  private final Writer requests;
  private final BufferedReader answers;

  private ChildJvm(Process process) {
    this.process = process;
    this.requests = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
    this.answers = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
  }

  /** What one command did. */
  record Result(int status, String out, String err) {

    String all() {
      return out + err;
    }
  }

  /**
   * The command line of a JVM like the test JVM (same class path, locale and time zone) with the small heap. Its
   * temporary folder is {@code tmp}, so that a test can see whether anything was written there; no perf-data file.
   */
  static List<String> java(Path tmp, String mainClass, String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add(HEAP);
    command.add("-XX:+UseSerialGC");
    command.add("-XX:-UsePerfData");
    command.add("-Djava.io.tmpdir=" + tmp);
    command.add("-Duser.language=en");
    command.add("-Duser.country=US");
    command.add("-Duser.timezone=UTC");
    command.add("-Dfile.encoding=UTF-8");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(mainClass);
    command.addAll(List.of(args));
    return command;
  }

  /** Starts {@code baton ARGS} in a process of its own; the caller waits for it or kills it. */
  static Process command(Path tmp, Path outputLog, String... args) throws IOException {
    return new ProcessBuilder(java(tmp, "baton.cli.Main", args))
        .redirectErrorStream(true)
        .redirectOutput(outputLog.toFile())
        .start();
  }

  static ChildJvm server(Path tmp, Path serverLog) {
    try {
      // Its working folder is the temporary one too: a write to a relative path would show there.
      Process p = new ProcessBuilder(java(tmp, BuildServer.class.getName()))
          .directory(tmp.toFile())
          .redirectError(serverLog.toFile())
          .start();
      return new ChildJvm(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /** Runs one {@code baton} command in the server and waits for its answer (the caller bounds the wait). */
  Result run(String... args) throws IOException {
    String request = Base64.getEncoder().encodeToString(String.join("\0", args).getBytes(StandardCharsets.UTF_8));
    requests.write(request + "\n");
    requests.flush();
    String answer = answers.readLine();
    if (answer == null) {
      throw new IllegalStateException("the build JVM died (exit " + waitFor() + "), e.g. out of memory");
    }
    String[] parts = answer.split(" ", -1);
    if (parts[0].equals("CRASH")) {
      throw new IllegalStateException("something escaped Main.run:\n" + decode(parts[1]));
    }
    return new Result(Integer.parseInt(parts[1]), decode(parts[2]), decode(parts[3]));
  }

  private int waitFor() {
    try {
      return process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  private static String decode(String b64) {
    return new String(Base64.getDecoder().decode(b64), StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    process.destroyForcibly();
    waitFor();
  }
}
