package baton.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the watcher sees: new folders at any depth, templates and assets; and what it lets pass. */
class WatchTest {

  @TempDir Path dir;

  @Test
  void aFolderCreatedWhileServingIsWatchedToo() throws IOException {
    try (ServedSite served = ServedSite.start(ServedSite.small(dir))) {
      long before = served.server().builds();
      Files.createDirectories(dir.resolve("content/events/2024/spring"));
      ServedSite.await("the rebuild for the new folders", () -> served.server().builds() > before);

      served.site().file("content/events/2024/spring/summit.md", "---\ndate: 2024-04-04\ntitle: Spring summit\n---\n");
      served.awaitResponse("/events/summit/", r -> r.statusCode() == 200 && r.body().contains("Spring summit"));
    }
  }

  @Test
  void editorTemporaryAndIgnoredFilesTriggerNoRebuild() throws IOException {
    try (ServedSite served = ServedSite.start(ServedSite.small(dir))) {
      long before = served.server().builds();
      served.site()
          .file("content/actors/.ada.yaml.swp", "swap")
          .file("content/actors/4913", "")
          .file("content/actors/ada.yaml~", "backup")
          .file("content/actors/.#ada.yaml", "lock")
          .file("content/actors/#ada.yaml#", "autosave")
          .file("content/_notes.md", "notes")
          .file("content/_drafts/x.md", "draft");
      Files.delete(dir.resolve("content/actors/4913"));
      Files.delete(dir.resolve("content/actors/ada.yaml~"));
      Files.delete(dir.resolve("content/actors/#ada.yaml#"));
      // Then one real change: exactly one rebuild follows, naming only it.
      served.site().file("content/pages/about.md", "---\ntitle: About\n---\nEdited.\n");

      served.awaitResponse("/about/", r -> r.body().contains("Edited."));
      // The line comes just after the page is served.
      ServedSite.await("the rebuild's line", () -> served.out().contains("content/pages/about.md changed: rebuilt"));
      assertThat(served.server().builds()).isEqualTo(before + 1);
      assertThat(served.out()).contains("content/pages/about.md changed: rebuilt").doesNotContain("swp").doesNotContain("_notes");
    }
  }

  @Test
  void aTemplateOrAnAssetChangeRebuildsToo() throws IOException {
    try (ServedSite served = ServedSite.start(ServedSite.small(dir).file("assets/note.txt", "one\n"))) {
      served.site().file("assets/note.txt", "two\n");
      served.awaitResponse("/note.txt", r -> r.body().equals("two\n"));

      served.site().file("templates/baton.css", "body { color: rebeccapurple; }\n");
      served.awaitResponse("/baton.css", r -> r.body().contains("rebeccapurple"));
    }
  }
}
