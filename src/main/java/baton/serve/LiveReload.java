package baton.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Live reload by server-sent events. Every HTML response gets a script tag (added as it is served, never on disk)
 * that loads {@value #SCRIPT_PATH} and listens on {@value #EVENTS_PATH}, saying which page it is on; when a build
 * writes that page, the listener gets an event {@code reload} and the page reloads. The tag carries the number of the
 * build the page came from, and a listener that connects after a newer build that wrote its page (or to a restarted
 * server) is told to reload at once, so no build is missed between a page's load and its connection. The pages
 * listening are the pages open in a browser: a quick rebuild renders them first.
 *
 * <p>Each open page holds one server thread while connected: listeners are capped at {@value #MAX_LISTENERS}.
 */
final class LiveReload {

  static final String PREFIX = "__baton";
  static final String EVENTS_PATH = "/" + PREFIX + "/events";
  static final String SCRIPT_PATH = "/" + PREFIX + "/live-reload.js";

  static final int MAX_LISTENERS = 32;
  private static final long KEEP_ALIVE_MILLIS = 15_000;
  /** How many builds' lists of written paths are kept; a page older than those reloads whatever they wrote. */
  private static final int HISTORY = 256;
  private static final Pattern BUILD_PARAMETER = Pattern.compile("(?:^|&)build=(\\d{1,18})(?:&|$)");
  private static final Pattern PAGE_PARAMETER = Pattern.compile("(?:^|&)page=([^&]{1,2048})(?:&|$)");

  /** Reconnects with a growing delay when the server is gone, and reloads on "reload". */
  static final String SCRIPT =
      """
      // Added by `baton serve` to the pages it serves; never part of the built site.
      (function () {
        var script = document.currentScript;
        var build = script ? script.getAttribute('data-build') : null;
        var delay = 500;
        function connect() {
          var source = new EventSource('%s?page=' + encodeURIComponent(window.location.pathname)
              + (build ? '&build=' + encodeURIComponent(build) : ''));
          source.addEventListener('open', function () { delay = 500; });
          source.addEventListener('reload', function () { source.close(); window.location.reload(); });
          source.onerror = function () {
            source.close();
            setTimeout(connect, delay);
            delay = Math.min(delay * 2, 5000);
          };
        }
        connect();
      })();
      """
          .formatted(EVENTS_PATH);

  private final Object lock = new Object();
  private long build;
  /** The paths each recent build wrote, from the output root; null for a build that wrote the whole site. */
  private final NavigableMap<Long, Set<String>> written = new TreeMap<>();
  /** The pages listening, as output paths ({@code statements/x/index.html}), with how many listen on each. */
  private final Map<String, Integer> open = new HashMap<>();
  private boolean closed;
  private int listeners;

  /** Tells every listener that build number {@code n} is served, having written the whole site. */
  void announce(long n) {
    announce(n, null);
  }

  /**
   * Tells the listeners on the pages that build {@code n} wrote ({@code paths} from the output root; null for every
   * page) that it is served.
   */
  void announce(long n, Set<String> paths) {
    synchronized (lock) {
      build = n;
      written.put(n, paths == null ? null : Set.copyOf(paths));
      while (written.size() > HISTORY) {
        written.pollFirstEntry();
      }
      lock.notifyAll();
    }
  }

  /** The pages open in a browser now, as output paths. */
  Set<String> openPages() {
    synchronized (lock) {
      return Set.copyOf(open.keySet());
    }
  }

  /** Ends every stream, so that their threads return and the server can stop. */
  void close() {
    synchronized (lock) {
      closed = true;
      lock.notifyAll();
    }
  }

  /**
   * Holds the response open as an event stream until the client leaves or the server closes, sending
   * {@code event: reload} after each build that wrote the client's page (at once if its page came from an older
   * build that did).
   */
  void stream(HttpExchange exchange) throws IOException {
    String query = exchange.getRequestURI().getRawQuery();
    String page = pagePath(query);
    long seen;
    synchronized (lock) {
      if (closed || listeners >= MAX_LISTENERS) {
        Responses.text(exchange, 503, "too many pages are listening for reloads", false);
        return;
      }
      listeners++;
      if (page != null) {
        open.merge(page, 1, Integer::sum);
      }
      seen = build;
    }
    try {
      exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
      exchange.getResponseHeaders().set("Cache-Control", "no-store");
      exchange.sendResponseHeaders(200, 0);
      OutputStream body = exchange.getResponseBody();
      Long pageBuild = pageBuild(query);
      send(body, "retry: 1000\n\n");
      if (pageBuild != null && pageBuild != seen && wrote(pageBuild, seen, page)) {
        send(body, reloadEvent(seen));
      }
      while (true) {
        long next;
        boolean reload;
        synchronized (lock) {
          long until = System.currentTimeMillis() + KEEP_ALIVE_MILLIS;
          long left;
          while (!closed && build == seen && (left = until - System.currentTimeMillis()) > 0) {
            lock.wait(left);
          }
          if (closed) {
            return;
          }
          next = build;
          reload = next != seen && wrote(seen, next, page);
        }
        if (reload) {
          send(body, reloadEvent(next));
        } else if (next == seen) {
          send(body, ": keep-alive\n\n");
        }
        seen = next;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      synchronized (lock) {
        listeners--;
        if (page != null) {
          open.computeIfPresent(page, (k, v) -> v == 1 ? null : v - 1);
        }
      }
    }
  }

  /** Whether a build after {@code from}, up to {@code to}, wrote {@code page} (or may have: unknown page, old build). */
  private boolean wrote(long from, long to, String page) {
    if (page == null || from > to || !written.containsKey(to) || written.firstKey() > from + 1) {
      return true;
    }
    for (Set<String> paths : written.subMap(from, false, to, true).values()) {
      if (paths == null || paths.contains(page)) {
        return true;
      }
    }
    return false;
  }

  private static String reloadEvent(long n) {
    return "event: reload\ndata: " + n + "\n\n";
  }

  private static void send(OutputStream body, String text) throws IOException {
    body.write(text.getBytes(StandardCharsets.UTF_8));
    body.flush();
  }

  static Long pageBuild(String rawQuery) {
    if (rawQuery == null) {
      return null;
    }
    Matcher m = BUILD_PARAMETER.matcher(rawQuery);
    return m.find() ? Long.valueOf(m.group(1)) : null;
  }

  /**
   * The output path of the page a listener is on ({@code /statements/x/} is {@code statements/x/index.html}), from
   * its {@code page} parameter; null when it has none or it is not a path the server would serve.
   */
  static String pagePath(String rawQuery) {
    if (rawQuery == null) {
      return null;
    }
    Matcher m = PAGE_PARAMETER.matcher(rawQuery);
    String pathname = m.find() ? RequestPath.decode(m.group(1)) : null;
    if (pathname == null || !pathname.startsWith("/")) {
      return null;
    }
    try {
      if (RequestPath.parse(URI.create(pathname))
          instanceof RequestPath.Accepted a && !a.internal()) {
        String joined = String.join("/", a.segments());
        return a.folder() ? (joined.isEmpty() ? "index.html" : joined + "/index.html") : joined;
      }
    } catch (IllegalArgumentException e) {
      // not a path
    }
    return null;
  }

  /** The script tag for a page served from build {@code n}. */
  static String tag(long n) {
    return "<script src=\"" + SCRIPT_PATH + "\" data-build=\"" + n + "\"></script>";
  }

  /** The page with the reload script tag before its last {@code </body>} (or at its end when it has none). */
  static byte[] inject(byte[] html, long n) {
    byte[] tag = tag(n).getBytes(StandardCharsets.US_ASCII);
    int at = lastIndexOfIgnoreCase(html, "</body");
    return insert(html, at < 0 ? html.length : at, tag);
  }

  /**
   * A {@code <base href="/">} right after {@code <head>}, for the 404 page: it is served at any depth, and its
   * relative links are written from the site's root. Nothing changes when the page already has a base element.
   */
  static byte[] rootBase(byte[] html) {
    if (indexOfIgnoreCase(html, "<base") >= 0) {
      return html;
    }
    int head = indexOfIgnoreCase(html, "<head");
    if (head < 0) {
      return html;
    }
    int end = indexOf(html, (byte) '>', head);
    return end < 0 ? html : insert(html, end + 1, "<base href=\"/\">".getBytes(StandardCharsets.US_ASCII));
  }

  private static byte[] insert(byte[] bytes, int at, byte[] piece) {
    byte[] result = new byte[bytes.length + piece.length];
    System.arraycopy(bytes, 0, result, 0, at);
    System.arraycopy(piece, 0, result, at, piece.length);
    System.arraycopy(bytes, at, result, at + piece.length, bytes.length - at);
    return result;
  }

  private static int indexOf(byte[] bytes, byte b, int from) {
    for (int i = from; i < bytes.length; i++) {
      if (bytes[i] == b) {
        return i;
      }
    }
    return -1;
  }

  private static int indexOfIgnoreCase(byte[] bytes, String ascii) {
    for (int i = 0; i + ascii.length() <= bytes.length; i++) {
      if (matchesAt(bytes, i, ascii)) {
        return i;
      }
    }
    return -1;
  }

  private static int lastIndexOfIgnoreCase(byte[] bytes, String ascii) {
    for (int i = bytes.length - ascii.length(); i >= 0; i--) {
      if (matchesAt(bytes, i, ascii)) {
        return i;
      }
    }
    return -1;
  }

  /** Whether the bytes at {@code at} spell {@code lowerAscii}, in any case. */
  private static boolean matchesAt(byte[] bytes, int at, String lowerAscii) {
    for (int j = 0; j < lowerAscii.length(); j++) {
      int b = bytes[at + j] & 0xff;
      int lower = b >= 'A' && b <= 'Z' ? b + ('a' - 'A') : b;
      if (lower != lowerAscii.charAt(j)) {
        return false;
      }
    }
    return true;
  }
}
