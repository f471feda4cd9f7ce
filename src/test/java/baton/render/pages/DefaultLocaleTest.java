package baton.render.pages;

import static org.assertj.core.api.Assertions.assertThat;

import baton.testing.TestSite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The output is the same whatever the machine's locale: numbers in dates, anchors and data never take the digits of
 * a language written with others (Arabic, Persian), and no text is lower-cased by Turkish rules.
 */
class DefaultLocaleTest {

  @TempDir Path dir;

  @Test
  void anArabicOrTurkishMachineWritesTheSameBytes() throws IOException {
    Locale before = Locale.getDefault();
    try {
      Map<String, byte[]> usual = build("usual", Locale.UK);
      for (Locale other : new Locale[] {new Locale("ar", "SA"), new Locale("fa", "IR"), new Locale("tr", "TR")}) {
        Map<String, byte[]> there = build(other.toLanguageTag(), other);
        assertThat(there.keySet()).as(other.toString()).isEqualTo(usual.keySet());
        for (String path : usual.keySet()) {
          assertThat(new String(there.get(path), StandardCharsets.UTF_8)).as("%s on %s", path, other)
              .isEqualTo(new String(usual.get(path), StandardCharsets.UTF_8));
        }
      }
    } finally {
      Locale.setDefault(before);
    }
  }

  private Map<String, byte[]> build(String name, Locale locale) throws IOException {
    Locale.setDefault(locale);
    TestSite site = SmallRace.write(dir.resolve(name), "en");
    assertThat(site.build().status()).isZero();
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(site.out())) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        files.put(site.out().relativize(p).toString(), Files.readAllBytes(p));
      }
    }
    return files;
  }
}
