package baton.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Closing a server stops its threads and frees its port, even with a page listening for reloads. */
class LifecycleTest {

  @TempDir Path dir;

  @Test
  void closeStopsTheWatcherTheListenersAndTheServer() throws Exception {
    ServedSite served = ServedSite.start(ServedSite.small(dir));
    int port = served.server().port();
    Socket listener = new Socket("127.0.0.1", port);
    listener.getOutputStream().write(("GET /__baton/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").getBytes());
    ServedSite.await("a listener", () -> threadsNamed("baton-http-") > 0);

    served.close();
    served.close(); // twice is fine

    ServedSite.await("the server's threads to end", () -> threadsNamed("baton-") == 0);
    listener.close();
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress("127.0.0.1", port), 2_000);
      assertThat(false).as("the port should be closed").isTrue();
    } catch (ConnectException expected) {
      // refused: nothing listens any more
    } catch (IOException other) {
      assertThat(other).isInstanceOf(ConnectException.class);
    }
    assertThat(served.out()).contains("Stopped serving");
  }

  private static long threadsNamed(String prefix) {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.isAlive() && t.getName().startsWith(prefix))
        .count();
  }
}
