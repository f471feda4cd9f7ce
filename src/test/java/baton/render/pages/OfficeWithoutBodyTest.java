package baton.render.pages;

import static org.assertj.core.api.Assertions.assertThat;

import baton.testing.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An office's body is optional: without it, the rule is explained without naming one. */
class OfficeWithoutBodyTest {

  @TempDir Path dir;

  @Test
  void theRuleIsExplainedWithoutAnEmptyName() throws IOException {
    for (String language : new String[] {"en", "fr"}) {
      TestSite site = SmallRace.write(dir.resolve(language), language);
      Path office = site.root().resolve("content/offices/sg.md");
      Files.writeString(office, Files.readString(office).replace("body: The Alliance\n", ""));

      assertThat(site.build().status()).isZero();

      String expected = language.equals("en")
          ? "Appointed by consensus: every member must support the candidate, or at least not object."
          : "Nomination par consensus : chaque membre doit soutenir le candidat, ou au moins ne pas s'y opposer.";
      assertThat(Jsoup.parse(site.read("offices/sg/index.html")).select("p.lede").text())
          .isEqualTo(expected);
      assertThat(Jsoup.parse(site.read("index.html")).select(".office-summary > p").last().text())
          .isEqualTo(expected);
    }
  }
}
