package baton.render.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import baton.model.Coded;
import baton.model.EventStatus;
import baton.model.Stance;
import baton.model.StatementKind;
import baton.render.TemplateSource;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class FeedLabelsTest {

  @Test
  void everyStanceKindAndStatusHasALabel() throws IOException {
    Properties english = bundle("i18n/feeds.properties");
    List<String> needed = new ArrayList<>();
    Coded.codes(Stance.class).forEach(c -> needed.add("feed.statement.stance." + c));
    Coded.codes(StatementKind.class).forEach(c -> needed.add("feed.statement.kind." + c));
    Coded.codes(EventStatus.class).forEach(c -> needed.add("feed.status." + c));
    assertThat(english.stringPropertyNames()).containsAll(needed);
  }

  @Test
  void theFrenchBundleTranslatesEveryEnglishLabel() throws IOException {
    assertThat(bundle("i18n/feeds_fr.properties").stringPropertyNames())
        .containsExactlyInAnyOrderElementsOf(bundle("i18n/feeds.properties").stringPropertyNames());
  }

  @Test
  void everyLabelIsAFeedLabel() throws IOException {
    for (String name : List.of("i18n/feeds.properties", "i18n/feeds_fr.properties")) {
      assertThat(bundle(name).stringPropertyNames()).allMatch(key -> key.startsWith("feed."));
    }
  }

  private static Properties bundle(String name) throws IOException {
    byte[] bytes = TemplateSource.builtIn().read(name).orElseThrow(() -> new AssertionError("missing " + name));
    Properties p = new Properties();
    p.load(new StringReader(new String(bytes, StandardCharsets.UTF_8)));
    return p;
  }
}
