package baton.quality;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** An outside program run to completion, its output kept in files so that neither stream can block it. */
record Command(List<String> args, Duration timeout) {

  private static final ObjectMapper JSON = new ObjectMapper();

  Command {
    args = List.copyOf(args);
  }

  /** What the program printed, and its exit status. */
  record Result(int status, String out, String err) {

    /** Standard output as one JSON document; fails the test, showing both streams, when it is not. */
    JsonNode json(String what) {
      try {
        return JSON.readTree(out);
      } catch (IOException e) {
        return fail(what + " did not print JSON (exit " + status + "): " + e.getMessage() + "\n" + this);
      }
    }

    @Override
    public String toString() {
      return "--- stdout\n" + tail(out) + "--- stderr\n" + tail(err);
    }

    private static String tail(String text) {
      return text.length() <= 6000 ? text : "...\n" + text.substring(text.length() - 6000);
    }
  }

  Result run() throws IOException, InterruptedException {
    Path out = Files.createTempFile("baton-quality-", ".out");
    Path err = Files.createTempFile("baton-quality-", ".err");
    try {
      Process process =
          new ProcessBuilder(args)
              .redirectOutput(out.toFile())
              .redirectError(err.toFile())
              .start();
      process.getOutputStream().close();
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly().waitFor();
        fail(args.get(0) + " took longer than " + timeout + ": " + String.join(" ", args) + "\n"
            + new Result(-1, read(out), read(err)));
      }
      return new Result(process.exitValue(), read(out), read(err));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }
}
