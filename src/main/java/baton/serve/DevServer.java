package baton.serve;

import baton.build.BuildResult;
import baton.build.LiveBuilder;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * {@code baton serve}: builds the site into its output folder, serves that folder on 127.0.0.1 (never on other
 * interfaces), watches the site's {@code content/}, {@code templates/} and {@code assets/}, rebuilds on every change
 * and tells the open pages to reload.
 *
 * <p>One {@link LiveBuilder} serves every rebuild, and reads only the files that changed. After a change in content/
 * it first writes the changed entries' pages and the pages open in a browser, which reload, then the rest of the site
 * (see {@link LiveBuilder}). While output is being written, requests for files wait for it, so a page asked for after
 * a save is never half-written. A build
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
  private final LiveBuilder builder = new LiveBuilder();
  private final AtomicLong changesBuilt = new AtomicLong();
  private final ExecutorService finisher = Executors.newSingleThreadExecutor(daemonThreads("baton-finish-"));
  private volatile boolean stopRest;
  private Future<?> rest;
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
    this.watcher = SiteWatcher.open(options.siteDir(), this::rebuild, terminal::warn);
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

  /** The pages open in a browser and listening for reloads, as output paths ({@code about/index.html}). */
  public Set<String> openPages() {
    return liveReload.openPages();
  }

  /** How many builds have finished, the first included: one for each batch of changes. */
  public long builds() {
    return changesBuilt.get();
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

  /**
   * Builds after a change (or whole, when {@code change} is null), and serves the result. After a change in content/
   * only the changed entries' pages and the pages open in a browser are written at once; the rest of the site follows
   * on the finishing thread, which a newer change stops.
   */
  private synchronized void rebuild(SiteWatcher.Change change) {
    stopRest();
    Snapshot next;
    LiveBuilder.Step step = null;
    outputLock.writeLock().lock();
    try {
      long n = current.build() + 1;
      try {
        List<String> changed = change == null ? List.of() : change.paths();
        step = builder.quick(options.buildOptions(), changed, liveReload.openPages());
        next = new Snapshot(n, step.result(), null);
      } catch (RuntimeException e) {
        next = failed(n, e);
      }
      current = next;
      changesBuilt.incrementAndGet();
    } finally {
      outputLock.writeLock().unlock();
    }
    boolean partial = step != null && step.partial() && next.ok();
    liveReload.announce(next.build(), partial ? step.written() : null);
    terminal.built(next, change, System.nanoTime());
    if (partial) {
      LiveBuilder.Step first = step;
      stopRest = false;
      rest = finisher.submit(() -> finish(first));
    }
  }

  /** Renders, checks and writes the rest of the site after a quick build, unless a newer change stops it. */
  private void finish(LiveBuilder.Step first) {
    Snapshot next;
    Set<String> paths = null;
    try {
      Optional<LiveBuilder.Rest> done = builder.rest(first, () -> stopRest || closing.get());
      if (done.isEmpty()) {
        return;
      }
      outputLock.writeLock().lock();
      try {
        BuildResult result = builder.write(done.get());
        next = new Snapshot(current.build() + 1, result, null);
        paths = result.ok() ? done.get().paths() : null;
        current = next;
      } finally {
        outputLock.writeLock().unlock();
      }
    } catch (RuntimeException e) {
      outputLock.writeLock().lock();
      try {
        next = failed(current.build() + 1, e);
        current = next;
      } finally {
        outputLock.writeLock().unlock();
      }
    }
    if (paths == null || !paths.isEmpty()) {
      liveReload.announce(next.build(), paths);
    }
    terminal.finished(next, paths == null ? 0 : paths.size());
  }

  /** Stops the rest of the previous build, if it is still being made, and waits for it to end. */
  private void stopRest() {
    Future<?> running = rest;
    if (running == null) {
      return;
    }
    stopRest = true;
    try {
      running.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | CancellationException e) {
      // reported by finish itself
    }
    rest = null;
  }

  private static Snapshot failed(long n, RuntimeException e) {
    return new Snapshot(n, null, "internal error while building: " + e
        + " (a bug in Baton, not in your site; please report it)");
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
      stopRest = true;
      finisher.shutdown();
      finisher.awaitTermination(30, TimeUnit.SECONDS);
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
