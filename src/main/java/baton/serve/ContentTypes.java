package baton.serve;

import java.util.Locale;
import java.util.Map;

/** The Content-Type of a served file, by its extension; text is always UTF-8, as Baton writes it. */
final class ContentTypes {

  static final String HTML = "text/html; charset=utf-8";
  static final String TEXT = "text/plain; charset=utf-8";

  private static final Map<String, String> BY_EXTENSION =
      Map.ofEntries(
          Map.entry("html", HTML),
          Map.entry("htm", HTML),
          Map.entry("css", "text/css; charset=utf-8"),
          Map.entry("js", "text/javascript; charset=utf-8"),
          Map.entry("mjs", "text/javascript; charset=utf-8"),
          Map.entry("json", "application/json"),
          Map.entry("xml", "application/xml; charset=utf-8"),
          Map.entry("ics", "text/calendar; charset=utf-8"),
          Map.entry("txt", TEXT),
          Map.entry("svg", "image/svg+xml"),
          Map.entry("png", "image/png"),
          Map.entry("jpg", "image/jpeg"),
          Map.entry("jpeg", "image/jpeg"),
          Map.entry("gif", "image/gif"),
          Map.entry("webp", "image/webp"),
          Map.entry("avif", "image/avif"),
          Map.entry("ico", "image/x-icon"),
          Map.entry("woff", "font/woff"),
          Map.entry("woff2", "font/woff2"),
          Map.entry("pdf", "application/pdf"));

  private ContentTypes() {}

  static String of(String fileName) {
    int dot = fileName.lastIndexOf('.');
    String ext = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    return BY_EXTENSION.getOrDefault(ext, "application/octet-stream");
  }

  static boolean isHtml(String fileName) {
    return of(fileName).equals(HTML);
  }
}
