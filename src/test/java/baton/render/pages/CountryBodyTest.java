package baton.render.pages;

import static org.assertj.core.api.Assertions.assertThat;

import baton.testing.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A country written as {@code .md} has its text on its page, under the membership line, checked like any body. */
class CountryBodyTest {

  @TempDir Path dir;

  /** The small race with Borduria written as a .md file whose text is {@code text}. */
  private TestSite borduriaWithText(String text) throws IOException {
    TestSite site = SmallRace.write(dir, "en");
    Files.delete(site.root().resolve("content/countries/bb.yaml"));
    return site.file("content/countries/bb.md",
        "---\nname: Borduria\ncode: BB\nmembership:\n  - from: 1949\n---\n" + text);
  }

  @Test
  void aCountrysMarkdownTextIsOnItsPage() throws IOException {
    TestSite site = borduriaWithText(
        "Borduria weighs **every** candidate; see [its objection](../../statements/b-opposes/index.html).\n");

    assertThat(site.build().status()).isZero();

    Document bb = Jsoup.parse(site.read("countries/bb/index.html"));
    assertThat(bb.select("main > .prose").text()).isEqualTo("Borduria weighs every candidate; see its objection.");
    assertThat(bb.select("main > .prose strong").text()).isEqualTo("every");
    assertThat(bb.select("main > .prose a").attr("href")).isEqualTo("../../statements/b-opposes/index.html");
  }

  @Test
  void aBrokenLinkInACountrysTextFailsTheBuild() throws IOException {
    TestSite site = borduriaWithText("See [nothing](../../statements/none/index.html).\n");

    TestSite.Run run = site.build();

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).startsWith("content/countries/bb.md: its page countries/bb/index.html has a link to a page"
        + " that does not exist: ../../statements/none/index.html (fix the link in the Markdown body");
    assertThat(site.check().err()).isEqualTo(run.err());
  }
}
