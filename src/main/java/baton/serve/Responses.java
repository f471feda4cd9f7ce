package baton.serve;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Sends whole responses. Nothing the server sends may be cached: every response says {@code no-store}. */
final class Responses {

  private Responses() {}

  static void headers(HttpExchange exchange, String contentType) {
    Headers h = exchange.getResponseHeaders();
    h.set("Content-Type", contentType);
    h.set("Cache-Control", "no-store");
    h.set("X-Content-Type-Options", "nosniff");
  }

  /** A short plain-text response, for refusals and errors: {@code 404 Not Found: reason}. */
  static void text(HttpExchange exchange, int status, String reason, boolean head) throws IOException {
    String body = status + " " + phrase(status) + ": " + reason + "\n";
    bytes(exchange, status, ContentTypes.TEXT, body.getBytes(StandardCharsets.UTF_8), head);
  }

  static void bytes(HttpExchange exchange, int status, String contentType, byte[] body, boolean head)
      throws IOException {
    headers(exchange, contentType);
    if (head) {
      // The JDK server sends no body for HEAD, and wants the length set by hand.
      exchange.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
      exchange.sendResponseHeaders(status, -1);
      return;
    }
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  static void redirect(HttpExchange exchange, String location, boolean head) throws IOException {
    exchange.getResponseHeaders().set("Location", location);
    text(exchange, 302, "see " + location, head);
  }

  static String phrase(int status) {
    switch (status) {
      case 200: return "OK";
      case 302: return "Found";
      case 400: return "Bad Request";
      case 403: return "Forbidden";
      case 404: return "Not Found";
      case 405: return "Method Not Allowed";
      case 414: return "URI Too Long";
      case 500: return "Internal Server Error";
      case 503: return "Service Unavailable";
      default: return "";
    }
  }
}
