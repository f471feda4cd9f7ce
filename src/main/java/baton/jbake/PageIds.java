package baton.jbake;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Baton page ids made from JBake file names: {@code First Post.html} becomes {@code first-post}. An id is lower-case
 * letters and digits joined by single hyphens, at most 80 characters, and not a name Windows cannot create.
 */
public final class PageIds {

  /** The longest id Baton accepts. */
  public static final int MAX_LENGTH = 80;

  private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern OTHER = Pattern.compile("[^a-z0-9]+");
  private static final Set<String> WINDOWS = Set.of(
      "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
      "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

  private PageIds() {}

  /** Whether {@code id} is a valid page id as it stands. */
  public static boolean isValid(String id) {
    return id.length() <= MAX_LENGTH && ID.matcher(id).matches() && !WINDOWS.contains(id);
  }

  /** A valid id from a file name (its extension, if any, already removed). */
  public static String fromName(String name) {
    String folded = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
    String id = OTHER.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll("-");
    id = trimHyphens(id);
    if (id.length() > MAX_LENGTH) {
      id = trimHyphens(id.substring(0, MAX_LENGTH));
    }
    if (id.isEmpty()) {
      return "page";
    }
    return WINDOWS.contains(id) ? id + "-page" : id;
  }

  /** {@code id} with a number added, {@code about-2}, still within the length limit. */
  public static String numbered(String id, int n) {
    String suffix = "-" + n;
    String stem = id.length() + suffix.length() > MAX_LENGTH ? trimHyphens(id.substring(0, MAX_LENGTH - suffix.length())) : id;
    return stem + suffix;
  }

  private static String trimHyphens(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && s.charAt(start) == '-') {
      start++;
    }
    while (end > start && s.charAt(end - 1) == '-') {
      end--;
    }
    return s.substring(start, end);
  }
}
