package baton.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The quick decoding agrees with the strict one: the same text for valid UTF-8, an error for everything else. */
class Utf8Test {

  @Test
  void aReplacementCharacterWrittenInTheFileIsText() {
    Utf8.Decoded d = Utf8.decode("name: a\uFFFDb\n".getBytes(StandardCharsets.UTF_8), "x.yaml");

    assertThat(d.ok()).isTrue();
    assertThat(d.text()).isEqualTo("name: a\uFFFDb\n");
  }

  @Test
  void encodedSurrogatesAndOverlongFormsAreRefused() {
    byte[][] bad = {
      {'a', (byte) 0xED, (byte) 0xA0, (byte) 0x80}, // U+D800 encoded directly
      {'a', (byte) 0xC0, (byte) 0xAF}, // '/' in two bytes
      {'a', (byte) 0xE0, (byte) 0x80, (byte) 0xAF}, // '/' in three bytes
      {'a', (byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, // above U+10FFFF
      {'a', (byte) 0xE2, (byte) 0x82}, // cut short at the end
    };
    for (byte[] bytes : bad) {
      Utf8.Decoded d = Utf8.decode(bytes, "x.yaml");
      assertThat(d.ok()).as("%s", java.util.Arrays.toString(bytes)).isFalse();
      assertThat(d.error().pos()).hasToString("x.yaml:1:2");
    }
  }

  @Test
  void agreesWithTheStrictDecoderOnRandomBytes() {
    Random random = new Random(20261129);
    byte[] alphabet = {'a', '\n', (byte) 0xC3, (byte) 0xA9, (byte) 0xE2, (byte) 0x80, (byte) 0x9C, (byte) 0xF0,
        (byte) 0x9F, (byte) 0x98, (byte) 0x80, (byte) 0xED, (byte) 0xBF, (byte) 0xEF, (byte) 0xBD, (byte) 0xFF};
    for (int round = 0; round < 20_000; round++) {
      byte[] bytes = new byte[random.nextInt(12)];
      for (int i = 0; i < bytes.length; i++) {
        bytes[i] = alphabet[random.nextInt(alphabet.length)];
      }
      String strict = strict(bytes);
      Utf8.Decoded d = Utf8.decode(bytes, "x.yaml");
      assertThat(d.ok()).as("%s", java.util.Arrays.toString(bytes)).isEqualTo(strict != null);
      if (strict != null) {
        assertThat(d.text()).isEqualTo(strict.startsWith("\uFEFF") ? strict.substring(1) : strict);
      }
    }
  }

  private static String strict(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
