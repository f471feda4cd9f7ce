package baton.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** serve writes a file again when its digest changes: any change of bytes must change it. */
class DigestTest {

  @Test
  void everySingleBitChangeAndEveryLengthGivesAnotherDigest() {
    Random random = new Random(3);
    for (int length = 0; length <= 40; length++) {
      byte[] bytes = new byte[length];
      random.nextBytes(bytes);
      long digest = LiveBuilder.digest(bytes);
      assertThat(LiveBuilder.digest(bytes.clone())).isEqualTo(digest);
      for (int bit = 0; bit < 8 * length; bit++) {
        byte[] changed = bytes.clone();
        changed[bit / 8] ^= (byte) (1 << (bit % 8));
        assertThat(LiveBuilder.digest(changed)).as("length %d, bit %d", length, bit).isNotEqualTo(digest);
      }
    }
    Set<Long> zeros = new HashSet<>();
    for (int length = 0; length <= 64; length++) {
      assertThat(zeros.add(LiveBuilder.digest(new byte[length]))).as("%d zero bytes", length).isTrue();
    }
  }
}
