package baton.render;

/** Markdown reduced to words, for headlines and summaries where no markup belongs. */
final class PlainText {

  private PlainText() {}

  /** The text of a Markdown body without its markup (roughly: enough for a headline), or null. */
  static String of(String markdown) {
    if (markdown == null) {
      return null;
    }
    String t =
        markdown
            .replaceAll("(?m)^\\s{0,3}(#{1,6}|>|[-*+]|\\d+[.)])\\s+", "")
            .replaceAll("!?\\[([^\\]]*)]\\([^)]*\\)", "$1")
            .replaceAll("[*_`~|]", "")
            .replaceAll("<[^>]*>", "")
            .replaceAll("\\s+", " ")
            .strip();
    return t.isEmpty() ? null : t;
  }

  /** At most {@code n} words, with an ellipsis when cut. */
  static String words(String text, int n) {
    String[] words = text.strip().split("\\s+");
    if (words.length <= n) {
      return text.strip();
    }
    return String.join(" ", java.util.Arrays.copyOf(words, n)) + "…";
  }
}
