package baton.site;

import baton.render.OutputFile;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads every generated page before it is published: each internal link must lead to a file of the output (or an
 * asset), and no page may carry script a reader did not ask for (a script element other than JSON-LD data, an
 * event-handler attribute, a {@code javascript:} or other unsafe URL). Content and templates are untrusted; this
 * is the net under every other defence.
 */
public final class OutputCheck {

  /** One problem on one page. */
  public record Problem(String page, String message) {}

  private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "xlink:href", "poster", "srcset", "data");
  private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto");
  private static final Set<String> ANIMATIONS = Set.of("animate", "set", "animatemotion", "animatetransform");
  private static final Set<String> ANIMATED_VALUES = Set.of("to", "from", "values", "by");

  private OutputCheck() {}

  /**
   * @param files what the build renders
   * @param assets the paths of the assets that will be copied beside them, from the output root
   */
  public static List<Problem> check(List<OutputFile> files, Set<String> assets) {
    Set<String> targets = new HashSet<>(assets);
    for (OutputFile f : files) {
      targets.add(f.path());
    }
    List<Problem> problems = new ArrayList<>();
    for (OutputFile f : files) {
      if (f.path().endsWith(".html")) {
        checkPage(f, targets, problems);
      }
    }
    // A broken link in the layout shows on every page once per use: report each page's problem once.
    return List.copyOf(new java.util.LinkedHashSet<>(problems));
  }

  private static void checkPage(OutputFile f, Set<String> targets, List<Problem> problems) {
    Document doc = Jsoup.parse(new String(f.bytes(), StandardCharsets.UTF_8));
    for (Element script : doc.select("script")) {
      if (!"application/ld+json".equalsIgnoreCase(script.attr("type"))) {
        problems.add(new Problem(f.path(), "a <script> element (pages carry no script)"));
      }
    }
    for (Element el : doc.getAllElements()) {
      String tag = el.normalName();
      if (tag.equals("iframe") || tag.equals("frame") || tag.equals("object") || tag.equals("embed")) {
        problems.add(new Problem(f.path(), "a <" + tag + "> element"));
      } else if (tag.equals("base")) {
        problems.add(new Problem(f.path(), "a <base> element (it would change where every link of the page leads)"));
      } else if (tag.equals("meta") && "refresh".equalsIgnoreCase(el.attr("http-equiv").strip())) {
        checkRefresh(f.path(), el.attr("content"), problems);
      }
      for (Attribute a : el.attributes()) {
        String name = a.getKey().toLowerCase(Locale.ROOT);
        if (name.startsWith("on")) {
          problems.add(new Problem(f.path(), "an event-handler attribute " + name + " on <" + tag + ">"));
        } else if (name.equals("srcdoc")) {
          problems.add(new Problem(f.path(), "an srcdoc attribute on <" + tag + "> (a page inside the page)"));
        } else if (URL_ATTRIBUTES.contains(name)) {
          checkUrl(f.path(), tag, name, a.getValue(), targets, problems);
        } else if (ANIMATED_VALUES.contains(name) && ANIMATIONS.contains(tag)) {
          checkAnimatedValue(f.path(), tag, name, a.getValue(), problems);
        }
      }
    }
  }

  /** SVG animation can set an attribute, a link's href included, to any of its values: none may be a script URL. */
  private static void checkAnimatedValue(String page, String tag, String attribute, String value, List<Problem> problems) {
    for (String v : value.split(";")) {
      String scheme = schemeOf(v);
      if (scheme != null && !SAFE_SCHEMES.contains(scheme)) {
        problems.add(new Problem(page, "an unsafe " + scheme + ": URL in " + attribute + " of <" + tag + ">"));
        return;
      }
    }
  }

  /** {@code <meta http-equiv="refresh" content="0; url=...">} sends the reader on: only to a safe URL. */
  private static void checkRefresh(String page, String content, List<Problem> problems) {
    int at = content.toLowerCase(Locale.ROOT).indexOf("url=");
    String scheme = at < 0 ? null : schemeOf(content.substring(at + 4).replaceAll("^['\"]", ""));
    if (scheme != null && !SAFE_SCHEMES.contains(scheme)) {
      problems.add(new Problem(page, "an unsafe " + scheme + ": URL in a <meta> refresh"));
    }
  }

  /** The scheme of a URL as a browser reads it (blanks and controls inside ignored), lower case; null when none. */
  private static String schemeOf(String value) {
    String squeezed = value.strip().replaceAll("[\\x00-\\x20]", "").toLowerCase(Locale.ROOT);
    int colon = squeezed.indexOf(':');
    int slash = squeezed.indexOf('/');
    if (colon > 0 && (slash < 0 || colon < slash) && squeezed.substring(0, colon).matches("[a-z][a-z0-9+.-]*")) {
      return squeezed.substring(0, colon);
    }
    return null;
  }

  private static void checkUrl(
      String page, String tag, String attribute, String value, Set<String> targets, List<Problem> problems) {
    String url = value.strip();
    // Browsers ignore ASCII whitespace and control characters inside a scheme: so does this check.
    String squeezed = url.replaceAll("[\\x00-\\x20]", "").toLowerCase(Locale.ROOT);
    int colon = squeezed.indexOf(':');
    int slash = squeezed.indexOf('/');
    boolean hasScheme = colon > 0 && (slash < 0 || colon < slash) && squeezed.substring(0, colon).matches("[a-z][a-z0-9+.-]*");
    if (hasScheme) {
      String scheme = squeezed.substring(0, colon);
      if (!SAFE_SCHEMES.contains(scheme)) {
        problems.add(new Problem(page, "an unsafe " + scheme + ": URL in " + attribute + " of <" + tag + ">"));
      }
      return;
    }
    if (url.isEmpty() || url.startsWith("#") || url.startsWith("//") || attribute.equals("srcset")) {
      return;
    }
    String target = resolve(page, url);
    if (target == null) {
      problems.add(new Problem(page, "a link that leaves the site: " + url));
    } else if (!targets.contains(target) && !targets.contains(target + "index.html") && !targets.contains(target + "/index.html")) {
      problems.add(new Problem(page, "a link to a page that does not exist: " + url));
    }
  }

  /** The output path a relative URL on {@code page} points to, without query or fragment; null above the root. */
  static String resolve(String page, String url) {
    String path = url;
    int cut = indexOfAny(path, '#', '?');
    if (cut >= 0) {
      path = path.substring(0, cut);
    }
    List<String> parts = new ArrayList<>();
    String[] base = page.split("/");
    for (int i = 0; i < base.length - 1; i++) {
      parts.add(base[i]);
    }
    if (path.startsWith("/")) {
      parts.clear();
    }
    for (String p : path.split("/", -1)) {
      if (p.isEmpty() || p.equals(".")) {
        continue;
      }
      if (p.equals("..")) {
        if (parts.isEmpty()) {
          return null;
        }
        parts.remove(parts.size() - 1);
      } else {
        parts.add(p);
      }
    }
    String joined = String.join("/", parts);
    return path.endsWith("/") && !joined.isEmpty() ? joined + "/" : joined;
  }

  private static int indexOfAny(String s, char a, char b) {
    int i = s.indexOf(a);
    int j = s.indexOf(b);
    return i < 0 ? j : j < 0 ? i : Math.min(i, j);
  }
}
