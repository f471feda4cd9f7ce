package baton.render;

/**
 * Where each page lives in the output, as a path from the output root. Pages link to each other relatively and
 * name {@code index.html} explicitly, so that the site works under any sub-path and when opened from disk.
 */
public final class Urls {

  private Urls() {}

  public static final String HOME = "index.html";
  public static final String TIMELINE = "timeline/index.html";
  public static final String COUNTRIES = "countries/index.html";
  public static final String ACTORS = "actors/index.html";
  public static final String NOT_FOUND = "404.html";
  public static final String FEED = "feed.xml";
  public static final String CALENDAR = "calendar.ics";
  public static final String SITEMAP = "sitemap.xml";
  public static final String ROBOTS = "robots.txt";
  public static final String STYLESHEET = "baton.css";

  public static String country(String id) {
    return "countries/" + id + "/index.html";
  }

  public static String actor(String id) {
    return "actors/" + id + "/index.html";
  }

  public static String statement(String id) {
    return "statements/" + id + "/index.html";
  }

  public static String event(String id) {
    return "events/" + id + "/index.html";
  }

  public static String office(String id) {
    return "offices/" + id + "/index.html";
  }

  public static String page(String id) {
    return id + "/index.html";
  }

  /**
   * The link from the page at {@code from} to the page at {@code to}, both paths from the output root:
   * {@code relative("countries/nl/index.html", "actors/x/index.html")} is {@code ../../actors/x/index.html}.
   */
  public static String relative(String from, String to) {
    return up(from) + to;
  }

  /** The way up from the page at {@code from} to the output root: {@code ../} once per folder, empty at the root. */
  public static String up(String from) {
    int depth = 0;
    for (int i = 0; i < from.length(); i++) {
      if (from.charAt(i) == '/') {
        depth++;
      }
    }
    return "../".repeat(depth);
  }

  /**
   * The public address of a page under {@code baseUrl} (which may lack its final slash), without
   * {@code index.html}: {@code absolute("https://x.org/race", "countries/nl/index.html")} is
   * {@code https://x.org/race/countries/nl/}.
   */
  public static String absolute(String baseUrl, String path) {
    String base = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
    String p = path.equals("index.html") ? "" : path.endsWith("/index.html") ? path.substring(0, path.length() - 10) : path;
    return base + p;
  }
}
