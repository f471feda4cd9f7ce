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

  @Test
  void theOnePassReadingAgreesWithThePatternsWhereverItReads() {
    java.util.Random random = new java.util.Random(9);
    String[] pieces = {
      "word", "Word", " ", "  ", "    ", "\n", "\n\n", "\n ", "*", "**", "_", "`", "~", "|", "[", "]", "(", ")", "!",
      "[a link](https://example.org/x)", "![alt](i.png)", "[text", "](", "# ", "#", "> ", "- ", "+ ", "1. ", "2)",
      "9", "<b>", ">", "\t", "\r", "é", "\u00A0", "\u2028", "\u3000", ":", ".", ",",
    };
    int quick = 0;
    for (int i = 0; i < 100_000; i++) {
      StringBuilder text = new StringBuilder();
      for (int k = random.nextInt(12); k > 0; k--) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      String markdown = text.toString();
      String fast = PlainText.inOnePass(markdown);
      if (fast != null) {
        quick++;
        String expected = PlainText.byPatterns(markdown);
        assertThat(fast.isEmpty() ? null : fast).as("'%s'", markdown).isEqualTo(expected);
      }
    }
    assertThat(quick).as("texts read in one pass").isGreaterThan(20_000);
  }

  @Test
  void aTypicalParagraphIsReadInOnePass() {
    String paragraph = "Alliance *officials* said the [candidate](https://example.org/a) had **the backing** of most"
        + " members, ~~not~~ all.\nA second line.\n";
    assertThat(PlainText.inOnePass(paragraph))
        .isEqualTo("Alliance officials said the candidate had the backing of most members, not all. A second line.")
        .isEqualTo(PlainText.byPatterns(paragraph));
  }

  @Test
  void blankLinesAreFoundWhereThePatternFindsThem() {
    java.util.regex.Pattern blankLine = java.util.regex.Pattern.compile("\\n[ \\t]*\\n");
    java.util.Random random = new java.util.Random(13);
    char[] alphabet = {'\n', '\n', ' ', '\t', 'a', '\r'};
    for (int i = 0; i < 20_000; i++) {
      char[] text = new char[random.nextInt(14)];
      for (int k = 0; k < text.length; k++) {
        text[k] = alphabet[random.nextInt(alphabet.length)];
      }
      String s = new String(text);
      java.util.regex.Matcher m = blankLine.matcher(s);
      int from = 0;
      while (true) {
        boolean found = m.find();
        int start = PlainText.blankLine(s, from);
        assertThat(start).as("'%s' from %d", s, from).isEqualTo(found ? m.start() : -1);
        if (!found) {
          break;
        }
        from = PlainText.blankLineEnd(s, start);
        assertThat(from).isEqualTo(m.end());
      }
    }
  }
}
