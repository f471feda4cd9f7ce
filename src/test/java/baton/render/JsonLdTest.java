package baton.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * JSON-LD is written with Jackson's streaming writer: the same JSON its object mapper writes, with no character that
 * could end the script element around it.
 */
class JsonLdTest {

  @Test
  void writesWhatTheObjectMapperWritesWithoutAngleBracketsOrAmpersands() throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    Random random = new Random(17);
    for (int i = 0; i < 2_000; i++) {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("@context", "https://schema.org");
      o.put("name", text(random));
      o.put("sameAs", List.of(text(random), text(random)));
      o.put("author", new LinkedHashMap<>(Map.of("name", text(random))));
      String written = JsonLd.write(o);
      assertThat(written).doesNotContain("<", ">", "&");
      assertThat(written).isEqualTo(
          mapper.writeValueAsString(o).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"));
      assertThat(mapper.readTree(written)).isEqualTo(mapper.valueToTree(o));
    }
  }

  private static String text(Random random) {
    String alphabet = "aZ <>&\"'\\/\n\t\u0000\u001f\u007f\u00e9\u2028\u2029\u201c\uD83D\uDE00</script>";
    StringBuilder s = new StringBuilder();
    for (int k = random.nextInt(12); k > 0; k--) {
      s.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return s.toString();
  }
}
