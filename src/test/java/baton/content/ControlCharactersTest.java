package baton.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The check on a file's bytes agrees with the check on its decoded characters. */
class ControlCharactersTest {

  @Test
  void theBytesShowAControlCharacterExactlyWhenTheTextHasOne() {
    Random random = new Random(3);
    int withControl = 0;
    for (int i = 0; i < 50_000; i++) {
      String text = sample(random);
      boolean none = ControlCharacters.noneIn(text.getBytes(StandardCharsets.UTF_8));
      assertThat(none).as("%s", text.codePoints().mapToObj(Integer::toHexString).toList())
          .isEqualTo(ControlCharacters.first(text) < 0);
      withControl += none ? 0 : 1;
    }
    assertThat(withControl).isBetween(5_000, 45_000);
  }

  @Test
  void eachRefusedKindIsSeenInTheBytes() {
    for (String refused : new String[] {"\0", "\u0007", "\u001B", "\u007F", "\u0080", "\u0085", "\u009B", "\u009F"}) {
      assertThat(ControlCharacters.noneIn(("a" + refused + "b").getBytes(StandardCharsets.UTF_8))).as(refused).isFalse();
    }
    for (String allowed : new String[] {"\t", "\n", "\r", "\u00A0", "\u00C2", "\u0100", "\u2028", "\uD83D\uDE00"}) {
      assertThat(ControlCharacters.noneIn(("a" + allowed + "b").getBytes(StandardCharsets.UTF_8))).as(allowed).isTrue();
    }
  }

  /** A few characters from around the refused ranges, and whole surrogate pairs (never lone ones: UTF-8 has none). */
  private static String sample(Random random) {
    StringBuilder s = new StringBuilder();
    for (int n = random.nextInt(12); n > 0; n--) {
      switch (random.nextInt(6)) {
        case 0 -> s.append((char) random.nextInt(0x20));
        case 1 -> s.append((char) (0x70 + random.nextInt(0x40)));
        case 2 -> s.append((char) (0xA0 + random.nextInt(0x200)));
        case 3 -> s.appendCodePoint(0x1F600 + random.nextInt(0x50));
        case 4 -> s.append((char) (0x800 + random.nextInt(0xD000)));
        default -> s.append("plain text ");
      }
    }
    return s.toString();
  }
}
