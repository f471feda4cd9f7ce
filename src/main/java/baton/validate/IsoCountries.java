package baton.validate;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The two-letter country codes of ISO 3166-1, which a country's id is (README): those assigned to a country, as the
 * JDK lists them, and those the standard leaves free for users (AA, QM to QZ, XA to XZ, ZZ; XK is often used for
 * Kosovo). Anything else is most likely a slip, such as UK for the United Kingdom, whose code is GB.
 */
final class IsoCountries {

  private static final Set<String> ASSIGNED = Set.of(Locale.getISOCountries());

  /** Codes often written for a country whose ISO code is another. */
  private static final Map<String, String> OFTEN_MISTAKEN =
      Map.of(
          "UK", "the United Kingdom's code is GB",
          "EL", "Greece's code is GR (EL is the European Union's)",
          "EN", "England has no code of its own: the United Kingdom's is GB",
          "KO", "Kosovo has no ISO code: XK is the one in common use");

  private IsoCountries() {}

  /** Whether this upper-case code is one of ISO 3166-1, assigned or left for users. */
  static boolean isCountryCode(String code) {
    if (code.length() != 2) {
      return false;
    }
    char a = code.charAt(0);
    char b = code.charAt(1);
    boolean userAssigned =
        code.equals("AA") || code.equals("ZZ") || (a == 'Q' && b >= 'M' && b <= 'Z') || (a == 'X' && b >= 'A' && b <= 'Z');
    return userAssigned || ASSIGNED.contains(code);
  }

  /** What to do about a code that is none. */
  static String hint(String code) {
    String known = OFTEN_MISTAKEN.get(code);
    String rename = "name the file after the country's ISO code and write that code, as gb.yaml with code: GB";
    return (known == null ? "" : known + ": ") + rename
        + "; AA, QM to QZ, XA to XZ and ZZ are free for your own use";
  }
}
