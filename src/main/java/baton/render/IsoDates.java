package baton.render;

import baton.model.PartialDate;

/**
 * A date as {@link PartialDate#toString} writes it ({@code 2024}, {@code 2024-10}, {@code 2024-10-01}), without
 * {@code String.format}: pages write one for every entry they list, tens of thousands in a large site.
 */
final class IsoDates {

  private IsoDates() {}

  static String of(PartialDate d) {
    if (d.year() < 0 || d.year() > 9999) {
      return d.toString();
    }
    StringBuilder s = new StringBuilder(10);
    pad(s, d.year(), 4);
    switch (d.precision()) {
      case YEAR -> {}
      case MONTH -> pad(s.append('-'), d.month(), 2);
      case DAY -> pad(pad(s.append('-'), d.month(), 2).append('-'), d.day(), 2);
    }
    return s.toString();
  }

  private static StringBuilder pad(StringBuilder s, int n, int width) {
    String digits = Integer.toString(n);
    for (int i = digits.length(); i < width; i++) {
      s.append('0');
    }
    return s.append(digits);
  }
}
