package baton.serve;

import baton.site.SiteWriter;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import java.util.function.Supplier;

/**
 * Answers every request: the live-reload endpoints under {@code /__baton/}, else a file of the output folder.
 *
 * <p>A request can only read a regular file under the output folder: the path is checked by {@link RequestPath},
 * then resolved segment by segment, refusing any symbolic link on the way (and, for good measure, any file whose
 * real path is not under the folder's real path), and opened without following links. Files and folders whose
 * names start with a dot are not served, except those a build copies from {@code assets/} ({@code .well-known},
 * {@code .nojekyll}: {@link SiteWriter#isCopied}). A folder serves its {@code index.html}; a folder named without its
 * final slash is redirected to it, so that the page's relative links work; a missing file serves the site's
 * {@code 404.html} with status 404. While the latest build has failed, every request for an HTML page gets the
 * {@link ErrorPage} with status 500 instead; other files are served from the last good build.
 *
 * <p>Only GET and HEAD are answered, and only to the Host {@code 127.0.0.1} or {@code localhost}, which keeps web
 * pages from other sites (DNS rebinding) out.
 */
final class SiteHandler implements HttpHandler {

  /** The site's page for a missing address (baton.render.Urls.NOT_FOUND; serve does not depend on render). */
  static final String NOT_FOUND_PAGE = "404.html";

  private static final String INDEX = "index.html";
  private static final long LOCK_WAIT_SECONDS = 60;

  private final Path root;
  private final int port;
  private final Supplier<Snapshot> snapshot;
  private final Lock outputRead;
  private final LiveReload liveReload;

  SiteHandler(Path root, int port, Supplier<Snapshot> snapshot, Lock outputRead, LiveReload liveReload) {
    this.root = root;
    this.port = port;
    this.snapshot = snapshot;
    this.outputRead = outputRead;
    this.liveReload = liveReload;
  }

  @Override
  public void handle(HttpExchange exchange) {
    try {
      respond(exchange);
    } catch (IOException e) {
      // The client went away.
    } catch (RuntimeException e) {
      try {
        Responses.text(exchange, 500, "the server failed: " + e.getClass().getSimpleName(), false);
      } catch (IOException | RuntimeException ignored) {
        // headers already sent: nothing more to say
      }
    } finally {
      exchange.close();
    }
  }

  private void respond(HttpExchange exchange) throws IOException {
    String method = exchange.getRequestMethod();
    boolean head = "HEAD".equals(method);
    if (!hostAllowed(exchange.getRequestHeaders().getFirst("Host"))) {
      Responses.text(exchange, 403, "this server answers only to 127.0.0.1 and localhost", head);
      return;
    }
    RequestPath.Parsed parsed = RequestPath.parse(exchange.getRequestURI());
    if (parsed instanceof RequestPath.Refused refused) {
      Responses.text(exchange, refused.status(), refused.reason(), head);
      return;
    }
    if (!head && !"GET".equals(method)) {
      exchange.getResponseHeaders().set("Allow", "GET, HEAD");
      Responses.text(exchange, 405, "only GET and HEAD are answered", false);
      return;
    }
    RequestPath.Accepted path = (RequestPath.Accepted) parsed;
    if (path.internal()) {
      internal(exchange, path, head);
    } else {
      file(exchange, path, head);
    }
  }

  boolean hostAllowed(String host) {
    if (host == null) {
      return true; // HTTP/1.0 clients; browsers always send one
    }
    String h = host.toLowerCase(Locale.ROOT);
    return h.equals("127.0.0.1") || h.equals("localhost") || h.equals("127.0.0.1:" + port) || h.equals("localhost:" + port);
  }

  private void internal(HttpExchange exchange, RequestPath.Accepted path, boolean head) throws IOException {
    String joined = "/" + String.join("/", path.segments());
    if (joined.equals(LiveReload.SCRIPT_PATH)) {
      Responses.bytes(exchange, 200, ContentTypes.of("x.js"), LiveReload.SCRIPT.getBytes(java.nio.charset.StandardCharsets.UTF_8), head);
    } else if (joined.equals(LiveReload.EVENTS_PATH) && !head) {
      liveReload.stream(exchange);
    } else {
      Responses.text(exchange, 404, "no such endpoint of the development server", head);
    }
  }

  private void file(HttpExchange exchange, RequestPath.Accepted path, boolean head) throws IOException {
    try {
      if (!outputRead.tryLock(LOCK_WAIT_SECONDS, TimeUnit.SECONDS)) {
        Responses.text(exchange, 503, "the site is still being built", head);
        return;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      Responses.text(exchange, 503, "the server is stopping", head);
      return;
    }
    try {
      Snapshot current = snapshot.get();
      Found found = find(path.segments(), path.folder());
      boolean html = found.kind == Kind.MISSING || (found.kind == Kind.FILE && ContentTypes.isHtml(found.file.getFileName().toString()));
      if (!current.ok() && html) {
        sendHtml(exchange, 500, ErrorPage.render(current), current.build(), head);
        return;
      }
      switch (found.kind) {
        case FILE -> sendFile(exchange, found.file, current.build(), head);
        case REDIRECT -> Responses.redirect(exchange, redirectTarget(exchange), head);
        case LINK -> Responses.text(exchange, 403, "symbolic links are not served", head);
        case MISSING -> notFound(exchange, current.build(), head);
      }
    } finally {
      outputRead.unlock();
    }
  }

  private void notFound(HttpExchange exchange, long build, boolean head) throws IOException {
    Found page = find(List.of(NOT_FOUND_PAGE), false);
    if (page.kind != Kind.FILE) {
      Responses.text(exchange, 404, "no such file in the site", head);
      return;
    }
    sendHtml(exchange, 404, LiveReload.rootBase(read(page.file)), build, head);
  }

  /** The same path with its final slash, and the query kept; the path was checked, so it is plain ASCII. */
  private static String redirectTarget(HttpExchange exchange) {
    String query = exchange.getRequestURI().getRawQuery();
    return exchange.getRequestURI().getRawPath() + "/" + (query == null ? "" : "?" + query);
  }

  private enum Kind { FILE, REDIRECT, LINK, MISSING }

  private record Found(Kind kind, Path file) {}

  private Found find(List<String> segments, boolean folder) throws IOException {
    Path file = root;
    for (String segment : segments) {
      if (!SiteWriter.isCopied(segment)) {
        return new Found(Kind.MISSING, null); // Baton's own marker, and nothing a build copies from assets/
      }
      file = file.resolve(segment);
      if (Files.isSymbolicLink(file)) {
        return new Found(Kind.LINK, null);
      }
    }
    if (!file.normalize().startsWith(root)) {
      return new Found(Kind.MISSING, null);
    }
    if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
      if (!folder) {
        return new Found(Kind.REDIRECT, null);
      }
      file = file.resolve(INDEX);
      if (Files.isSymbolicLink(file)) {
        return new Found(Kind.LINK, null);
      }
    } else if (folder && !segments.isEmpty()) {
      return new Found(Kind.MISSING, null);
    }
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      return new Found(Kind.MISSING, null);
    }
    if (!file.toRealPath().startsWith(root.toRealPath())) {
      return new Found(Kind.LINK, null);
    }
    return new Found(Kind.FILE, file);
  }

  private static void sendFile(HttpExchange exchange, Path file, long build, boolean head) throws IOException {
    String type = ContentTypes.of(file.getFileName().toString());
    if (type.equals(ContentTypes.HTML)) {
      sendHtml(exchange, 200, read(file), build, head);
      return;
    }
    try (InputStream in = open(file)) {
      long size = Files.size(file);
      Responses.headers(exchange, type);
      if (head) {
        exchange.getResponseHeaders().set("Content-Length", Long.toString(size));
        exchange.sendResponseHeaders(200, -1);
        return;
      }
      exchange.sendResponseHeaders(200, size == 0 ? -1 : size);
      try (OutputStream out = exchange.getResponseBody()) {
        in.transferTo(out);
      }
    }
  }

  /** An HTML response: the page as given, with the live-reload script added (on the wire only). */
  private static void sendHtml(HttpExchange exchange, int status, byte[] page, long build, boolean head)
      throws IOException {
    Responses.bytes(exchange, status, ContentTypes.HTML, LiveReload.inject(page, build), head);
  }

  private static byte[] read(Path file) throws IOException {
    try (InputStream in = open(file)) {
      return in.readAllBytes();
    }
  }

  /** Opens without following a link at the last step, in case one appeared since the check. */
  private static InputStream open(Path file) throws IOException {
    return Channels.newInputStream(Files.newByteChannel(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS));
  }
}
