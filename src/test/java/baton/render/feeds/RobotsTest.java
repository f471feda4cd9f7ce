package baton.render.feeds;

import static baton.render.feeds.FeedFixture.site;
import static org.assertj.core.api.Assertions.assertThat;

import baton.render.OutputFile;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RobotsTest {

  @Test
  void everythingMayBeCrawled() {
    OutputFile file = new Robots().render(site().build());
    assertThat(file.path()).isEqualTo("robots.txt");
    assertThat(text(file).split("\n", -1)).containsExactly("User-agent: *", "Allow: /", "");
  }

  @Test
  void withABaseUrlItPointsAtTheSitemap() {
    OutputFile file = new Robots().render(site().baseUrl("https://example.org/race").build());
    assertThat(text(file).split("\n", -1))
        .containsExactly("User-agent: *", "Allow: /", "", "Sitemap: https://example.org/race/sitemap.xml", "");
  }

  private static String text(OutputFile file) {
    return new String(file.bytes(), StandardCharsets.UTF_8);
  }
}
