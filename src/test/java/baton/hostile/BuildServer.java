package baton.hostile;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The child JVM of {@link ChildJvm}: runs {@code baton} commands one after another, as {@code Main.run} does from the
 * command line, and answers with the exit status and everything printed, the JVM's own {@code System.out} and
 * {@code System.err} included (a library that prints a stack trace by itself is caught too). It runs with a small
 * heap, so that a hostile input that costs memory fails the suite instead of passing on a large test JVM.
 *
 * <p>Protocol, one line each way: a request is the Base64 of the arguments joined by NUL; the answer is
 * {@code OK <status> <out> <err>} (Base64 texts) or {@code CRASH <text>} when something escaped {@code Main.run}.
 */
public final class BuildServer {

  private BuildServer() {}

  public static void main(String[] args) throws Exception {
    PrintStream protocol = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      String[] request = new String(Base64.getDecoder().decode(line), StandardCharsets.UTF_8).split("\0", -1);
      protocol.println(answer(request));
    }
  }

  private static String answer(String[] args) {
    PrintStream savedOut = System.out;
    PrintStream savedErr = System.err;
    ByteArrayOutputStream systemOut = new ByteArrayOutputStream();
    ByteArrayOutputStream systemErr = new ByteArrayOutputStream();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    try {
      System.setOut(new PrintStream(systemOut, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(systemErr, true, StandardCharsets.UTF_8));
      int status = baton.cli.Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
      System.out.flush();
      System.err.flush();
      return "OK " + status + " " + b64(out + systemOut.toString(StandardCharsets.UTF_8)) + " "
          + b64(err + systemErr.toString(StandardCharsets.UTF_8));
    } catch (Throwable t) {
      StringWriter trace = new StringWriter();
      t.printStackTrace(new PrintWriter(trace));
      return "CRASH " + b64(trace + "\nprinted:\n" + out + err + systemOut + systemErr);
    } finally {
      System.setOut(savedOut);
      System.setErr(savedErr);
    }
  }

  private static String b64(String s) {
    return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
  }
}
