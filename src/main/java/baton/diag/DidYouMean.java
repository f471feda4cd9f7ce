package baton.diag;

import java.util.Collection;
import java.util.Optional;

/** Finds the known word closest to a misspelt one, for "did you mean" hints (in content, and on the command line). */
public final class DidYouMean {

  private DidYouMean() {}

  /**
   * The closest candidate within a small edit distance (a third of the word's length, at least one, at most
   * three), the alphabetically first on a tie; empty when nothing is close enough to be a likely typo.
   */
  public static Optional<String> closest(String word, Collection<String> candidates) {
    int allowed = Math.min(3, Math.max(1, word.length() / 3));
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      if (Math.abs(candidate.length() - word.length()) > allowed) {
        continue;
      }
      int d = distance(word, candidate, allowed);
      if (d <= allowed && (d < bestDistance || d == bestDistance && candidate.compareTo(best) < 0)) {
        best = candidate;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best);
  }

  /** "(did you mean 'x'?)"-ready text, or null. */
  public static String hint(String word, Collection<String> candidates) {
    return closest(word, candidates).map(c -> "did you mean '" + c + "'?").orElse(null);
  }

  /** Levenshtein distance with adjacent transpositions, stopping early once past {@code limit}. */
  static int distance(String a, String b, int limit) {
    int[] prevPrev = new int[b.length() + 1];
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      int rowMin = cur[0];
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int v = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          v = Math.min(v, prevPrev[j - 2] + 1);
        }
        cur[j] = v;
        rowMin = Math.min(rowMin, v);
      }
      if (rowMin > limit) {
        return rowMin;
      }
      int[] t = prevPrev;
      prevPrev = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
