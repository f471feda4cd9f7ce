package baton.build;

import static org.assertj.core.api.Assertions.assertThat;

import baton.render.TemplateSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whether a failure while rendering may be the site's templates' doing: only when they change the built-in set. */
class SiteFoldersTest {

  @TempDir Path site;

  private void write(String name, byte[] bytes) throws IOException {
    Path p = site.resolve("templates").resolve(name);
    Files.createDirectories(p.getParent());
    Files.write(p, bytes);
  }

  private static byte[] builtIn(String name) {
    return TemplateSource.readBuiltIn(name).orElseThrow();
  }

  @Test
  void noTemplatesOrCopiesOfTheBuiltInOnesChangeNothing() throws IOException {
    assertThat(SiteFolders.changesTemplates(site)).isFalse();

    write("office.html", builtIn("office.html"));
    write("i18n/pictures.properties", builtIn("i18n/pictures.properties"));
    assertThat(SiteFolders.changesTemplates(site)).isFalse();
  }

  @Test
  void theExampleSiteKeepsTheBuiltInSetAsItIs() {
    assertThat(Path.of("templates")).isDirectory();
    assertThat(SiteFolders.changesTemplates(Path.of(""))).isFalse();
  }

  @Test
  void aChangedLabelOrAFileOfItsOwnChangesTheSet() throws IOException {
    write("office.html", builtIn("office.html"));
    write("i18n/messages.properties", "nav.home=Start\n".getBytes());
    assertThat(SiteFolders.changesTemplates(site)).isTrue();

    Files.delete(site.resolve("templates/i18n/messages.properties"));
    write("partials/banner.html", "<p>Ours</p>".getBytes());
    assertThat(SiteFolders.changesTemplates(site)).isTrue();
  }
}
