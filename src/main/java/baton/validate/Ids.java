package baton.validate;

import java.util.Set;

/** The id rules of SPEC: lower-case words joined by single hyphens, at most 80 characters. */
final class Ids {

  static final int MAX_LENGTH = 80;
  /** Names Windows will not create as files or folders, whatever the extension. */
  private static final Set<String> RESERVED =
      Set.of(
          "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
          "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

  private Ids() {}

  static boolean isWellFormed(String id) {
    return id.length() <= MAX_LENGTH && hasIdShape(id);
  }

  static boolean looksLikeId(String text) {
    return hasIdShape(text);
  }

  /** Whether lower-casing the id would leave it as it is, as for every valid id; false for any non-ASCII letter. */
  static boolean isLowerCase(String id) {
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if ((c >= 'A' && c <= 'Z') || c >= 0x80) {
        return false;
      }
    }
    return true;
  }

  static boolean isCountryCode(String id) {
    return id.length() == 2 && isLetter(id.charAt(0)) && isLetter(id.charAt(1));
  }

  /**
   * Whether the text is words of a-z and 0-9 joined by single hyphens ({@code [a-z0-9]+(-[a-z0-9]+)*}), read by hand:
   * every entry and every reference is checked at each build.
   */
  static boolean hasIdShape(String text) {
    int n = text.length();
    if (n == 0 || text.charAt(0) == '-' || text.charAt(n - 1) == '-') {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '-') {
        if (text.charAt(i - 1) == '-') {
          return false;
        }
      } else if (!isLetter(c) && !(c >= '0' && c <= '9')) {
        return false;
      }
    }
    return true;
  }

  private static boolean isLetter(char c) {
    return c >= 'a' && c <= 'z';
  }

  static boolean isReserved(String id) {
    return RESERVED.contains(id);
  }

  /** What is wrong with an id as a file name, or null when it is fine. */
  static String problem(String id) {
    if (id.length() > MAX_LENGTH) {
      return "id is longer than " + MAX_LENGTH + " characters";
    }
    if (!hasIdShape(id)) {
      return "invalid id " + Quote.of(id);
    }
    if (RESERVED.contains(id)) {
      return "id '" + id + "' is a reserved file name on Windows";
    }
    return null;
  }

  /**
   * A suggestion for an id that is not valid: lower case, other characters turned to single hyphens, cut to the
   * length limit, and kept off Windows' reserved names.
   */
  static String suggest(String id) {
    String s = id.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (s.length() > MAX_LENGTH) {
      s = s.substring(0, MAX_LENGTH).replaceAll("-+$", "");
    }
    if (s.isEmpty()) {
      return "entry";
    }
    return RESERVED.contains(s) ? s + "-1" : s;
  }

  /** The first character of an id that is not ASCII, or -1: letters of other alphabets can look like a-z. */
  static int firstNonAscii(String id) {
    return id.codePoints().filter(c -> c > 0x7F).findFirst().orElse(-1);
  }
}
