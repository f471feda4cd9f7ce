package baton.serve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IgnoredFilesTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "content/actors/.ada.yaml.swp", "content/actors/.ada.yaml.swx", "content/actors/ada.yaml.swp",
        "content/actors/4913", "content/actors/ada.yaml~", "content/actors/.#ada.yaml", "content/actors/#ada.yaml#",
        "templates/home.html~", "templates/home.html___jb_tmp___", "assets/.DS_Store", "assets/.cache/x.png",
        "content/_notes.md", "content/_drafts/x.md", "content/statements/_old/x.md", "content/.git/HEAD",
        "assets/.well-known/.security.txt.swp", "assets/.git/HEAD", "content/.well-known/x.md", "templates/.nojekyll"
      })
  void changesThatCannotChangeTheSiteAreIgnored(String path) {
    assertThat(IgnoredFiles.ignores(path)).as(path).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "content", "templates", "assets", "content/site.yaml", "content/statements/2024/uk-backs-rutte.md",
        "templates/_partial.html", "assets/_logo.svg", "templates/i18n/messages_fr.properties", "content/actors/a#b.yaml",
        "assets/.well-known", "assets/.well-known/security.txt", "assets/.nojekyll"
      })
  void everyFileBatonReadsIsWatched(String path) {
    assertThat(IgnoredFiles.ignores(path)).as(path).isFalse();
  }
}
