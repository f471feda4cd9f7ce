package baton.scaffold;

import baton.scaffold.ScaffoldException.Reason;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An id that {@code check} will accept as a file name (SPEC section 2): lower-case letters and digits joined by
 * single hyphens, at most 80 characters, not a name Windows cannot create; a country's is its ISO 3166-1 alpha-2
 * code in lower case. These are the rules of {@code baton.validate}, which keeps them private: the tests check
 * that the two agree.
 */
public record EntryId(String value) {

  static final int MAX_LENGTH = 80;
  private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern COUNTRY = Pattern.compile("[a-z]{2}");
  private static final Set<String> WINDOWS_RESERVED =
      Set.of(
          "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
          "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");
  private static final String RULE = "ids are lower-case letters and digits joined by single hyphens, at most "
      + MAX_LENGTH + " characters";

  public EntryId {
    if (value == null || problem(value) != null) {
      throw new IllegalArgumentException("not an id: " + value);
    }
  }

  /** The id, or why it cannot be one, said for the person who typed it. */
  static EntryId parse(EntryKind kind, String text) throws ScaffoldException {
    String problem = problem(text);
    if (problem == null && kind == EntryKind.PAGE && baton.validate.Validator.reservedPageIds().contains(text)) {
      problem = "'" + text + "' cannot be a page's id: the site's own " + text + " page or folder is there";
    }
    if (problem == null && kind == EntryKind.COUNTRY && !COUNTRY.matcher(text).matches()) {
      problem = "a country's id is its ISO 3166-1 alpha-2 code in lower case, e.g. nl, gb, no; not '" + text + "'";
    }
    if (problem == null) {
      return new EntryId(text);
    }
    String suggestion = suggest(text);
    String tryIt = suggestion.equals(text) || problem(suggestion) != null ? "" : " (try '" + suggestion + "')";
    throw new ScaffoldException(Reason.USAGE, problem + tryIt);
  }

  private static String problem(String text) {
    if (text.isEmpty()) {
      return "the id is empty: " + RULE;
    }
    if (text.length() > MAX_LENGTH) {
      return "the id is longer than " + MAX_LENGTH + " characters (" + text.length() + ")";
    }
    if (!ID.matcher(text).matches()) {
      return "invalid id '" + text + "': " + RULE;
    }
    if (WINDOWS_RESERVED.contains(text)) {
      return "'" + text + "' cannot be an id: Windows cannot create a file of that name";
    }
    return null;
  }

  /** Lower case, every run of other characters turned into one hyphen: "Mark Rutte" gives "mark-rutte". */
  private static String suggest(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
  }

  @Override
  public String toString() {
    return value;
  }
}
