package baton.render.markdown;

import java.util.Locale;
import java.util.Set;

/**
 * Which URLs content may link to: http, https, mailto, and relative references. Anything with another scheme
 * ({@code javascript:}, {@code vbscript:}, {@code data:}, {@code file:} ...) is refused.
 *
 * <p>The scheme is read the way a browser reads it (the WHATWG URL standard), not as written: leading and trailing
 * spaces and control characters are dropped and tabs and line breaks anywhere are ignored, so that
 * {@code " java\tscript:"} is seen as {@code javascript:}; the scheme is compared case-insensitively. Character
 * references must already be decoded: commonmark decodes them in link destinations and jsoup in attributes.
 */
public final class UrlPolicy {

  private static final Set<String> ALLOWED_SCHEMES = Set.of("http", "https", "mailto");

  private UrlPolicy() {}

  /** Whether a link or image may point at the URL; null is refused. */
  public static boolean allows(String url) {
    if (url == null) {
      return false;
    }
    String seen = asBrowsersSeeIt(url);
    int colon = schemeEnd(seen);
    if (colon < 0) {
      return true; // a relative reference: a path, ?query, #fragment or //host
    }
    return ALLOWED_SCHEMES.contains(seen.substring(0, colon).toLowerCase(Locale.ROOT));
  }

  /** Leading and trailing C0 controls and spaces removed, then every tab, CR and LF. */
  private static String asBrowsersSeeIt(String url) {
    int start = 0;
    int end = url.length();
    while (start < end && url.charAt(start) <= ' ') {
      start++;
    }
    while (end > start && url.charAt(end - 1) <= ' ') {
      end--;
    }
    StringBuilder kept = new StringBuilder(end - start);
    for (int i = start; i < end; i++) {
      char c = url.charAt(i);
      if (c != '\t' && c != '\n' && c != '\r') {
        kept.append(c);
      }
    }
    return kept.toString();
  }

  /**
   * The index of the colon that ends the URL's scheme, or -1 when it has none: a scheme is an ASCII letter followed
   * by letters, digits, {@code +}, {@code -} or {@code .}, up to the first colon.
   */
  private static int schemeEnd(String url) {
    if (url.isEmpty() || !isAsciiLetter(url.charAt(0))) {
      return -1;
    }
    for (int i = 1; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c == ':') {
        return i;
      }
      boolean schemeChar = isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.';
      if (!schemeChar) {
        return -1;
      }
    }
    return -1;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
