package baton.serve;

import baton.build.BuildResult;
import baton.build.Builder;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * {@code baton serve}: builds the site into its output folder, serves that folder on 127.0.0.1 (never on other
 * interfaces), watches the site's {@code content/}, {@code templates/} and {@code assets/}, rebuilds on every change
 * and tells the open pages to reload.
 *
 * <p>One {@link Builder} serves every rebuild, so its engines are built once. Each rebuild is a full build; while it
 * runs, requests for files wait for it, so a page asked for after a save is never the half-swapped output. A build
 * that fails writes nothing: the output keeps the last good build, and every HTML request gets an error page
 * naming each problem until a build succeeds.
 *
 * <pre>{@code
 * try (DevServer server = DevServer.start(options.withPort(0), out, err)) {
 *   URI home = server.address();    // http://127.0.0.1:PORT/
 *   ...
 * }                                 // stops the watcher and the server, frees the port
 * }</pre>
 */
public final class DevServer implements AutoCloseable {

  private static final byte[] LOOPBACK = {127, 0, 0, 1};

  private final ServeOptions options;
  private final Terminal terminal;
  private final Builder builder = new Builder();
  private final ReentrantReadWriteLock outputLock = new ReentrantReadWriteLock(true);
  private final LiveReload liveReload = new LiveReload();
  private final CountDownLatch stopped = new CountDownLatch(1);
  private final AtomicBoolean closing = new AtomicBoolean();
  private final HttpServer http;
  private final ExecutorService executor;
  private final SiteWatcher watcher;
  private volatile Snapshot current = Snapshot.NONE;
  private volatile boolean serving;

  private DevServer(ServeOptions options, Terminal terminal, HttpServer http) throws IOException {
    this.options = options;
    this.terminal = terminal;
    this.http = http;
    this.executor = Executors.newCachedThreadPool(daemonThreads("baton-http-"));
    this.watcher = new SiteWatcher(options.siteDir(), this::rebuild, terminal::warn);
  }

  /**
   * Binds the port first (so that a port in use fails before any build), starts watching, builds once, then serves.
   * Returns once the site is served, whether or not that first build found errors in the content (see
   * {@link #lastBuild}).
   *
   * @throws java.net.BindException when the port is in use
   * @throws OutputNotWritable when the first build cannot write the output folder
   */
  public static DevServer start(ServeOptions options, PrintWriter out, PrintWriter err) throws IOException {
    HttpServer http =
        HttpServer.create(new InetSocketAddress(InetAddress.getByAddress(LOOPBACK), options.port()), 0);
    DevServer server;
    try {
      server = new DevServer(options, new Terminal(out, err, options.verbose(), options.quiet()), http);
    } catch (IOException | RuntimeException e) {
      http.stop(0);
      throw e;
    }
    try {
      server.begin();
      return server;
    } catch (IOException | RuntimeException e) {
      server.close();
      throw e;
    }
  }

  private void begin() throws OutputNotWritable {
    rebuild(null);
    if (current.result() != null && current.result().writeError() != null) {
      throw new OutputNotWritable(current.result().writeError());
    }
    http.createContext(
        "/", new SiteHandler(options.outDir(), port(), () -> current, outputLock.readLock(), liveReload));
    http.setExecutor(executor);
    http.start();
    serving = true;
    watcher.start();
    terminal.info("Serving " + options.outDir() + " at " + address() + " (press Ctrl-C to stop)");
    terminal.info("Watching content/, templates/ and assets/ in " + options.siteDir() + " for changes");
  }

  /** The port the server listens on, on 127.0.0.1 (the one chosen by the system when asked for port 0). */
  public int port() {
    return http.getAddress().getPort();
  }

  /** The site's home page: {@code http://127.0.0.1:PORT/}. */
  public URI address() {
    return URI.create("http://127.0.0.1:" + port() + "/");
  }

  public Path outDir() {
    return options.outDir();
  }

  /** How many builds have finished, the first included. */
  public long builds() {
    return current.build();
  }

  /** The latest build's result. */
  public BuildResult lastBuild() {
    return current.result();
  }

  /** Rebuilds now, as if a file had changed; returns once the new build is served. */
  public BuildResult rebuild() {
    rebuild(null);
    return lastBuild();
  }

  private void rebuild(SiteWatcher.Change change) {
    Snapshot next;
    outputLock.writeLock().lock();
    try {
      long n = current.build() + 1;
      try {
        next = new Snapshot(n, builder.build(options.buildOptions()), null);
      } catch (RuntimeException e) {
        next = new Snapshot(n, null, "internal error while building: " + e
            + " (a bug in Baton, not in your site; please report it)");
      }
      current = next;
    } finally {
      outputLock.writeLock().unlock();
    }
    liveReload.announce(next.build());
    terminal.built(next, change, System.nanoTime());
  }

  /** Blocks until {@link #close} is called (by another thread, or a shutdown hook on Ctrl-C). */
  public void awaitClosed() throws InterruptedException {
    stopped.await();
  }

  /** Stops watching (after a rebuild in progress), ends the live-reload streams, stops the server; idempotent. */
  @Override
  public void close() {
    if (!closing.compareAndSet(false, true)) {
      return;
    }
    try {
      if (outputLock.isWriteLocked()) {
        terminal.info("Stopping once the build in progress has finished");
      }
      watcher.close();
      liveReload.close();
      // No delay: the streams have ended, and JDK 17's server waits out any delay even when idle (JDK-8304065).
      http.stop(0);
      executor.shutdownNow();
      executor.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      stopped.countDown();
      if (serving) {
        terminal.info("Stopped serving " + options.outDir());
      }
    }
  }

  private static ThreadFactory daemonThreads(String prefix) {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread t = new Thread(task, prefix + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
