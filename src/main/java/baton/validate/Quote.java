package baton.validate;

/** A value from the site quoted in a message: whole when short, cut when long, so that a message stays one line. */
public final class Quote {

  static final int MAX = 60;

  private Quote() {}

  /** {@code 'value'}, or its first characters and an ellipsis. */
  public static String of(String text) {
    if (text.length() <= MAX) {
      return "'" + text + "'";
    }
    int cut = Character.isLowSurrogate(text.charAt(MAX - 3)) ? MAX - 4 : MAX - 3;
    return "'" + text.substring(0, cut) + "…'";
  }
}
