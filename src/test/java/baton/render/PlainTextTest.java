package baton.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Headlines from bodies: the first words of the text, read from as few paragraphs as give them. */
class PlainTextTest {

  private static String wholeBody(String markdown, int n) {
    String text = PlainText.of(markdown);
    return text == null ? null : PlainText.words(text, n);
  }

  @Test
  void theFirstParagraphsGiveTheSameWordsAsTheWholeBody() {
    String body =
        """
        # A heading

        Alliance *officials* said the [candidate](https://example.org/a) had
        the backing of most members.

        > A quoted line with `code` and <b>tags</b>.

        - one
        - two

        A last paragraph that the headline never reaches, with [a link
        over two lines](https://example.org/b).
        """;
    for (int n = 1; n <= 40; n++) {
      assertThat(PlainText.firstWords(body, n)).as("%d words", n).isEqualTo(wholeBody(body, n));
    }
  }

  @Test
  void shortEmptyAndMissingBodies() {
    assertThat(PlainText.firstWords("Just this.", 24)).isEqualTo("Just this.");
    assertThat(PlainText.firstWords("**\n\n__", 24)).isNull();
    assertThat(PlainText.firstWords(null, 24)).isNull();
  }

  @Test
  void aBodyOfManyBlankLinesIsReadOnce() {
    // Hostile shape: a hundred thousand one-word paragraphs. Each is reduced once, so this stays linear.
    String body = "word\n\n".repeat(100_000);
    assertThat(PlainText.firstWords(body, 3)).isEqualTo("word word word…");
  }
}
