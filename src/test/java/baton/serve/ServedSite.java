package baton.serve;

import static org.assertj.core.api.Assertions.assertThat;

import baton.testing.TestSite;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/**
 * A site written inline in a test, served by a {@link DevServer} on an ephemeral port of 127.0.0.1, with what it
 * printed captured. Every wait is bounded by {@link #WAIT}: generous, because a loaded build machine can take
 * seconds to render even a small site, but never a fixed sleep.
 */
final class ServedSite implements AutoCloseable {

  static final Duration WAIT = Duration.ofSeconds(30);

  static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  /** The smallest site with a nested page: a home page, an actor, a free page. */
  static TestSite small(Path dir) {
    return TestSite.in(dir)
        .file("content/site.yaml", "title: Serve test\n")
        .file("content/actors/ada.yaml", "name: Ada Lovelace\nkind: person\n")
        .file("content/pages/about.md", "---\ntitle: About\n---\nFirst version.\n");
  }

  private final TestSite site;
  private final DevServer server;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private ServedSite(TestSite site, boolean verbose) throws IOException {
    this.site = site;
    this.server =
        DevServer.start(
            new ServeOptions(site.root(), null, false, 0, verbose, false),
            new PrintWriter(out, true),
            new PrintWriter(err, true));
  }

  static ServedSite start(TestSite site) throws IOException {
    return new ServedSite(site, false);
  }

  static ServedSite startVerbose(TestSite site) throws IOException {
    return new ServedSite(site, true);
  }

  DevServer server() {
    return server;
  }

  TestSite site() {
    return site;
  }

  String out() {
    return out.toString();
  }

  String err() {
    return err.toString();
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.port() + path);
  }

  HttpResponse<String> get(String path) {
    return send("GET", path);
  }

  HttpResponse<String> send(String method, String path) {
    HttpRequest request =
        HttpRequest.newBuilder(uri(path)).timeout(WAIT).method(method, HttpRequest.BodyPublishers.noBody()).build();
    try {
      return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Polls {@code path} until its response passes {@code until}; fails after {@link #WAIT}. */
  HttpResponse<String> awaitResponse(String path, Predicate<HttpResponse<String>> until) {
    long deadline = System.nanoTime() + WAIT.toNanos();
    HttpResponse<String> last = get(path);
    while (!until.test(last)) {
      assertThat(System.nanoTime()).as("waiting for %s; last answer %s", path, last.statusCode()).isLessThan(deadline);
      pause();
      last = get(path);
    }
    return last;
  }

  static void await(String what, BooleanSupplier condition) {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("waiting for %s", what).isLessThan(deadline);
      pause();
    }
  }

  private static void pause() {
    try {
      Thread.sleep(50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A request sent byte for byte, for targets that HttpClient would refuse or rewrite. */
  Raw raw(String target) {
    return raw(target, "127.0.0.1:" + server.port());
  }

  Raw raw(String target, String host) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", server.port()), 5_000);
      socket.setSoTimeout((int) WAIT.toMillis());
      OutputStream o = socket.getOutputStream();
      String request = "GET " + target + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n";
      o.write(request.getBytes(StandardCharsets.ISO_8859_1));
      o.flush();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      in.transferTo(all);
      String text = all.toString(StandardCharsets.UTF_8);
      int status = Integer.parseInt(text.substring(9, 12));
      int bodyStart = text.indexOf("\r\n\r\n");
      return new Raw(status, bodyStart < 0 ? "" : text.substring(bodyStart + 4));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A raw response: status and everything after the headers. */
  record Raw(int status, String body) {}

  @Override
  public void close() {
    server.close();
  }
}
