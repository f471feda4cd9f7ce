package baton.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** An enumeration whose constants are written in content as lower-case words ({@code two-thirds}). */
public interface Coded {

  /** The word as written in content and in data/timeline.json. */
  String code();

  static <E extends Enum<E> & Coded> Optional<E> byCode(Class<E> type, String code) {
    return Arrays.stream(type.getEnumConstants()).filter(e -> e.code().equals(code)).findFirst();
  }

  static <E extends Enum<E> & Coded> List<String> codes(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(Coded::code).toList();
  }

  /** The code of a constant name: {@code TWO_THIRDS} is {@code two-thirds}. */
  static String codeOf(Enum<?> e) {
    return e.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
