package baton.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The id rule of SPEC, read by hand, agrees with its regular expression. */
class IdsTest {

  private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  @Test
  void idsAreWordsOfLettersAndDigitsJoinedBySingleHyphens() {
    assertThat(Ids.hasIdShape("mark-rutte")).isTrue();
    assertThat(Ids.hasIdShape("g7")).isTrue();
    assertThat(Ids.hasIdShape("")).isFalse();
    assertThat(Ids.hasIdShape("-a")).isFalse();
    assertThat(Ids.hasIdShape("a-")).isFalse();
    assertThat(Ids.hasIdShape("a--b")).isFalse();
    assertThat(Ids.hasIdShape("Mark")).isFalse();
    assertThat(Ids.hasIdShape("é")).isFalse();
    assertThat(Ids.isCountryCode("nl")).isTrue();
    assertThat(Ids.isCountryCode("n1")).isFalse();
    assertThat(Ids.isCountryCode("nld")).isFalse();
  }

  @Test
  void theHandWrittenCheckAgreesWithThePattern() {
    Random random = new Random(11);
    char[] alphabet = {'a', 'z', '0', '9', '-', 'A', '_', ' ', '.', 'é', '/'};
    for (int i = 0; i < 200_000; i++) {
      char[] text = new char[random.nextInt(7)];
      for (int k = 0; k < text.length; k++) {
        text[k] = alphabet[random.nextInt(alphabet.length)];
      }
      String s = new String(text);
      assertThat(Ids.hasIdShape(s)).as("'%s'", s).isEqualTo(ID.matcher(s).matches());
      assertThat(Ids.isCountryCode(s)).as("'%s'", s).isEqualTo(s.matches("[a-z]{2}"));
      // Only an id lower-casing leaves alone may skip it; one with a letter beyond ASCII is always lower-cased.
      assertThat(Ids.isLowerCase(s)).as("'%s'", s).isEqualTo(s.equals(s.toLowerCase(java.util.Locale.ROOT))
          && s.chars().allMatch(c -> c < 0x80));
    }
  }
}
