package baton.render.pages;

import static org.assertj.core.api.Assertions.assertThat;

import baton.testing.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A period's approximate dates ({@code fromCirca}, {@code toCirca}) are shown as such wherever the period is. */
class ApproximatePeriodTest {

  @TempDir Path dir;

  @Test
  void anApproximateTermIsShownWithCirca() throws IOException {
    TestSite site = SmallRace.write(dir, "en");
    Path office = site.root().resolve("content/offices/sg.md");
    Files.writeString(office, Files.readString(office).replace(
        "  - actor: old\n    from: 2014-10-01\n    to: 2019-01-01\n",
        "  - actor: old\n    from: 2014-10\n    fromCirca: true\n    to: 2019-01-01\n"));
    assertThat(Files.readString(office)).contains("fromCirca: true");

    assertThat(site.build().status()).isZero();

    String first = Jsoup.parse(site.read("offices/sg/index.html")).select("ol.holders > li").first().text();
    assertThat(first.replace('\u00A0', ' ')).contains("c. October 2014 – 1 January 2019");
    assertThat(site.read("offices/sg/index.html")).contains("c.\u00A0October 2014"); // kept on one line
    String second = Jsoup.parse(site.read("offices/sg/index.html")).select("ol.holders > li").get(2).text();
    assertThat(second).doesNotContain("c.");
  }
}
