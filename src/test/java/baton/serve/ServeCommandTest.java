package baton.serve;

import static org.assertj.core.api.Assertions.assertThat;

import baton.cli.Main;
import baton.testing.TestSite;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code baton serve} through the command line: it blocks until interrupted, and fails clearly on a taken port. */
class ServeCommandTest {

  @TempDir Path dir;

  @Test
  void servesUntilInterruptedThenReturnsZeroAndFreesThePort() throws Exception {
    TestSite site = ServedSite.small(dir);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    AtomicInteger status = new AtomicInteger(-1);
    Thread serving =
        new Thread(() -> status.set(Main.run(
            new String[] {"serve", "--site", site.root().toString(), "--port", "0"},
            new PrintWriter(out, true), new PrintWriter(err, true))));
    serving.start();
    try {
      ServedSite.await("the server to start", () -> out.toString().contains("Serving "));
      Matcher url = Pattern.compile("at http://127\\.0\\.0\\.1:(\\d+)/ \\(press Ctrl-C to stop\\)").matcher(out.toString());
      assertThat(url.find()).as(out.toString()).isTrue();
      int port = Integer.parseInt(url.group(1));
      assertThat(out.toString()).contains("Serving " + dir.resolve("target/serve") + " at ");

      HttpResponse<String> home =
          ServedSite.HTTP.send(
              java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + "/")).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(home.statusCode()).isEqualTo(200);

      serving.interrupt();
      serving.join(ServedSite.WAIT.toMillis());
      assertThat(serving.isAlive()).isFalse();
      assertThat(status.get()).isZero();
      assertThat(rebind(port)).as("port %d is free again", port).isTrue();
    } finally {
      serving.interrupt();
      serving.join(ServedSite.WAIT.toMillis());
    }
  }

  /**
   * Whether the port can be bound again. Connections the test made may linger in TIME_WAIT for a moment after the
   * server closed, so this asks with SO_REUSEADDR, as servers do, and tries for a bounded time.
   */
  private static boolean rebind(int port) throws Exception {
    long deadline = System.nanoTime() + ServedSite.WAIT.toNanos();
    while (true) {
      try (ServerSocket again = new ServerSocket()) {
        again.setReuseAddress(true);
        again.bind(new java.net.InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 1);
        return again.getLocalPort() == port;
      } catch (java.net.BindException e) {
        if (System.nanoTime() > deadline) {
          return false;
        }
        Thread.sleep(100);
      }
    }
  }

  @Test
  void aPortInUseIsAnErrorNamingIt() throws IOException {
    TestSite site = ServedSite.small(dir);
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      int port = taken.getLocalPort();
      TestSite.Run run = site.run("serve", "--port", Integer.toString(port));
      assertThat(run.status()).isEqualTo(2);
      assertThat(run.err()).contains("port " + port + " is in use on 127.0.0.1").contains("--port 0 picks a free one");
    }
  }

  @Test
  void anOutputFolderBatonDidNotWriteStopsTheServerBeforeItStarts() throws IOException {
    Path mine = Files.createDirectories(dir.resolve("mine"));
    Files.writeString(mine.resolve("keep.txt"), "not Baton's\n");
    TestSite.Run run = ServedSite.small(dir.resolve("site")).run("serve", "--port", "0", "--out", mine.toString());
    assertThat(run.status()).isEqualTo(3);
    assertThat(run.err()).contains("was not written by Baton");
    assertThat(run.out()).doesNotContain("Serving");
    assertThat(Files.readString(mine.resolve("keep.txt"))).isEqualTo("not Baton's\n");
  }

  @Test
  void aSiteFolderThatDoesNotExistIsAUsageError() {
    TestSite.Run run = TestSite.in(dir.resolve("nowhere")).run("serve", "--port", "0");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("the site folder " + dir.resolve("nowhere") + " does not exist");
  }

  @Test
  void aPortOutOfRangeIsAUsageError() {
    TestSite.Run run = ServedSite.small(dir).run("serve", "--port", "70000");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("--port must be between 0 and 65535, not 70000");
  }
}
