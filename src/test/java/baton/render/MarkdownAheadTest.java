package baton.render;

import static org.assertj.core.api.Assertions.assertThat;

import baton.content.ContentLoader;
import baton.content.Limits;
import baton.content.Loaded;
import baton.derive.Derived;
import baton.diag.Diagnostics;
import baton.model.Event;
import baton.model.Site;
import baton.model.Statement;
import baton.render.markdown.Markdown;
import baton.validate.Validator;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A build renders Markdown bodies ahead of their pages while it derives the site ({@link MarkdownAhead}): the pages
 * must take them, and be the same bytes as when every page renders its own.
 */
class MarkdownAheadTest {

  private final Markdown markdown = new Markdown();
  private final Path example = Path.of("").toAbsolutePath();
  private final Site site = validSite(example);
  private final TemplateSource templates = new TemplateSource(example.resolve("templates"));

  @Test
  void theExamplesPagesTakeEveryBodyRenderedAheadAndAreTheSame() throws Exception {
    Renderer renderer = new Renderer();
    List<OutputFile> alone = renderer.start(site, Derived.of(site), templates).all(() -> false);

    MarkdownAhead ahead = renderer.ahead(true);
    ahead.start(site);
    ahead.join();
    long bodies =
        Stream.concat(site.statements().stream().map(Statement::markdown), site.events().stream().map(Event::markdown))
            .filter(Objects::nonNull)
            .distinct()
            .count();
    assertThat(bodies).isGreaterThan(20);
    assertThat(ahead.waiting()).as("distinct bodies of statements and events done").isEqualTo((int) bodies);
    List<OutputFile> withAhead = renderer.start(site, Derived.of(site), templates, ahead).all(() -> false);

    assertThat(ahead.waiting()).as("bodies done but never taken by a page").isZero();
    assertSameFiles(withAhead, alone);
  }

  @Test
  void pagesRenderedWhileTheThreadStillRunsAreTheSame() {
    Renderer renderer = new Renderer();
    List<OutputFile> alone = renderer.start(site, Derived.of(site), templates).all(() -> false);
    try (MarkdownAhead ahead = renderer.ahead(true)) {
      ahead.start(site);
      assertSameFiles(renderer.start(site, Derived.of(site), templates, ahead).all(() -> false), alone);
    }
  }

  @Test
  void renderingTheFilesStopsIt() throws Exception {
    Renderer renderer = new Renderer();
    MarkdownAhead ahead = renderer.ahead(true);
    renderer.start(site, Derived.of(site), templates, ahead).all(() -> false);
    ahead.start(site);
    ahead.join();
    assertThat(ahead.waiting()).isZero();
  }

  @Test
  void aBodyDoneWithAnotherAllowHtmlIsRenderedAgain() throws Exception {
    String body = "Said <b>so</b> on *Monday*.";
    MarkdownAhead ahead = new MarkdownAhead(markdown, MarkdownAhead.MAX_CHARS, true);
    ahead.start(List.of(body), true);
    ahead.join();

    assertThat(ahead.toHtml(body, false)).isEqualTo(markdown.toHtml(body, false)).contains("&lt;b&gt;");
    assertThat(ahead.waiting()).isEqualTo(1);
    assertThat(ahead.toHtml(body, true)).isEqualTo(markdown.toHtml(body, true)).contains("<b>so</b>");
    assertThat(ahead.waiting()).isZero();
    assertThat(ahead.toHtml(body, true)).as("taken once, then rendered").isEqualTo(markdown.toHtml(body, true));
  }

  @Test
  void nothingIsRenderedOnceStopped() throws Exception {
    MarkdownAhead ahead = new MarkdownAhead(markdown, MarkdownAhead.MAX_CHARS, true);
    ahead.close();
    ahead.start(List.of("One.", "Two."), false);
    ahead.join();
    assertThat(ahead.waiting()).isZero();
    assertThat(ahead.toHtml("One.", false)).isEqualTo("<p>One.</p>\n");
  }

  @Test
  void itStopsOnceItHoldsAsManyCharactersAsItMay() throws Exception {
    List<String> bodies = IntStream.range(0, 20).mapToObj(i -> "Paragraph number " + i + " of the race.").toList();
    int one = markdown.toHtml(bodies.get(0), false).length();
    MarkdownAhead ahead = new MarkdownAhead(markdown, 3L * one, true);
    ahead.start(bodies, false);
    ahead.join();
    assertThat(ahead.waiting()).isEqualTo(3);
    assertThat(ahead.toHtml(bodies.get(19), false)).isEqualTo(markdown.toHtml(bodies.get(19), false));
  }

  private static void assertSameFiles(List<OutputFile> actual, List<OutputFile> expected) {
    assertThat(actual)
        .extracting(OutputFile::path)
        .containsExactlyElementsOf(expected.stream().map(OutputFile::path).toList());
    for (int i = 0; i < expected.size(); i++) {
      assertThat(actual.get(i).bytes()).as(expected.get(i).path()).isEqualTo(expected.get(i).bytes());
    }
  }

  private static Site validSite(Path siteDir) {
    Diagnostics diagnostics = new Diagnostics();
    Loaded loaded = new ContentLoader(Limits.defaults()).load(siteDir, diagnostics);
    Site site = new Validator().validate(loaded.entries(), false, diagnostics).site().orElse(null);
    assertThat(diagnostics.hasErrors()).as("the site is valid: %s", diagnostics.sorted()).isFalse();
    return site;
  }
}
