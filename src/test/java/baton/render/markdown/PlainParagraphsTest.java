package baton.render.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link PlainParagraphs} holds to commonmark: the same HTML as {@code Markdown} gives with commonmark alone. */
class PlainParagraphsTest {

  private final Markdown quick = new Markdown();
  private final Markdown full = new Markdown(false);

  private void assertSameHtml(String body) {
    for (boolean allowHtml : new boolean[] {false, true}) {
      assertThat(quick.toHtml(body, allowHtml))
          .as("allowHtml %s, body:%n%s", allowHtml, body)
          .isEqualTo(full.toHtml(body, allowHtml));
    }
  }

  /** How many times the body's reading gave a part of it to commonmark. */
  private static int partsForCommonmark(String body) {
    AtomicInteger parts = new AtomicInteger();
    Markdown reference = new Markdown(false);
    PlainParagraphs.toHtml(body, part -> {
      parts.incrementAndGet();
      return reference.toHtml(part, false);
    });
    return parts.get();
  }

  @Test
  void plainParagraphsAreWrittenWithoutCommonmark() {
    String body = "A *first* and **second** word, ~~struck~~, [a link](https://example.org/a?b=1#c) \"quoted\".\n"
        + "Next line (2024) it's 50% done!\n\n[At the start](/statements/x/) of a line. *Emphasis* too.\n";
    AtomicInteger parts = new AtomicInteger();
    String html = PlainParagraphs.toHtml(body, part -> {
      parts.incrementAndGet();
      return "";
    });
    assertThat(parts).hasValue(0);
    assertThat(html).isEqualTo("<p>A <em>first</em> and <strong>second</strong> word, <del>struck</del>, "
        + "<a href=\"https://example.org/a?b=1#c\">a link</a> &quot;quoted&quot;.\n"
        + "Next line (2024) it's 50% done!</p>\n"
        + "<p><a href=\"/statements/x/\">At the start</a> of a line. <em>Emphasis</em> too.</p>\n");
    assertSameHtml(body);
  }

  @Test
  void otherBlocksGoToCommonmarkInRunsAndKeepTheirPlace() {
    String body = "First.\n\n- one\n\n- two\n\n> quoted\n\nMiddle *one*.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nLast.";
    // The two lists (one loose list) in one run, the table in another: two parts for commonmark. The quote and the
    // paragraphs are written here.
    assertThat(partsForCommonmark(body)).isEqualTo(2);
    assertSameHtml(body);
  }

  @Test
  void bodiesWhoseBlocksMayJoinAcrossBlankLinesGoToCommonmarkWhole() {
    for (String body : List.of("a\n\n```\nx\n\ny\n```\n\nb", "a\n\n<!--\n\nb\n\n-->", "[x]\n\n[x]: /u\n\nb",
        "a\r\n\r\nb", "a\n\n~~~\n\nb\n~~~")) {
      assertThat(partsForCommonmark(body)).as(body).isEqualTo(1);
      assertSameHtml(body);
    }
  }

  static Stream<String> corners() {
    return Stream.of(
        "", "\n", "\n\n\n", "a", "a\n", "a\nb", "a\n\nb", "\n\na\n\n\n", "a  \nb", "a \nb", "a\\\nb", " a", "   a",
        "    a", "\ta", "a\t", "a ", "a\n \nb", "a\n\t\nb", "a\n\n\n\nb",
        "*a*", "**a**", "***a***", "*a**", "**a*", "*a *", "* a*", "a*b*", "*a*b", "*a*.", "*a*,x", "(*a*)",
        "*a*)", "*a b c*", "*a\nb*", "**a** **b**", "*1*", "*é*", "*a*é", "é*a*", "x *a*:", "x *a*!", "x *a*?",
        "x *a*;y", "*a* *b*", "*a*  *b*", "**a b**c", "x**a**", "*a\"b*", "*a'b*", "*a-b*", "*a-*", "*-a*",
        "**a.** b", "**a.**b", "**a.**.", "*a,* b", "*a:*", "**a!**\n", "**a:** b", "*a)* b", "*a'*", "*a\"* b",
        "**a.**\nb", "*a.*é", "~~a.~~ b", "~~a~~\n~~b~~", "~~a", "~~ a~~", "x *a.*:",
        "~~a~~", "~a~", "~~~a~~~", "~~a~", "~a~~", "a ~~b~~ c", "~~a b~~.", "~~a~~b", "x~~a~~",
        "[a](b)", "[a](https://x.org/y)", "[a](javascript:alert)", "[a](JAVASCRIPT:x)", "[a](mailto:x)",
        "[a](b \"t\")", "[a]( b)", "[a](<b>)", "[ a](b)", "[a ](b)", "[](b)", "[a]()", "[a] (b)", "[a][b]",
        "[a]", "![a](b)", "!a", "a!", "a! [b](c)", "[a](b)c", "[*a*](b)", "[a](b(c))", "[a](b)(c)",
        "[a\"b](c)", "[a](b%20c)", "[a](b%zz)", "[a](b&c)", "[a](#x)", "[a](/x?y=1&z=2)", "[a](//host)",
        "[a](b:c)", "[a](C:/x)", "[a](data:x)", "[a](x.org/www.y)", "[www.a](b)", "[a:/b](c)", "[a](b)]",
        "a]b", "a[b", "a(b)", "[a](b\nc)", "[a\nb](c)", "[a](*b*)", "[a](~b)", "[a](b$c)", "[a](b,c;d=e+f)",
        "x\n[a]: /url", "[a]\n\n[a]: /u", "[a]:b",
        "see www.x.org", "WWW.x.org", "wwW.x", "www", "www x", "http://x.org", "a:/b", "a://b", "a@b.org",
        "a @ b", "x:y", "https:x", "mailto:a",
        "a <b> c", "a & b", "&amp;", "&copy;", "a > b", "\"quoted\"", "it's", "a\\*b", "`code`", "a_b_",
        "_a_", "__a__", "a|b",
        "# h", "#h", "a\n# h", "> q", "a\n> q", "- a", "-a", "a\n- b", "+ a", "+a", "1. a", "1) a", "2024. a",
        "2024 a", "2024", "a\n2. b", "a\n1. b", "a\n===", "a\n---", "---", "***", "___", "a\n\n---\n\nb",
        "| a | b |\n|---|---|\n| 1 | 2 |", "a | b\n--|--", "```\ncode\n```", "~~~\nc\n~~~", "    code\n\npara",
        "para\n    more", "- a\n\n- b\n\npara", "- a\n\n  b\n\npara", "> a\nlazy\n\npara", "1. a\n\n2. b",
        "a\n\n    code\n\nb", "- a\n\n    code\n\nb", "* a\n\nb", "*a\n\nb*", "=a", ":a", "a\n:b",
        "é", "a\u00a0*b*", "*éa*", "*aé*", "*日本*", "*a\u0301*", "*\u0301a*", "*\u0661*", "**Ünal.** b", "*a*\u00a0",
        "x *a*\u2019s", "\u201c*a*\u201d", "*a\u201d* b", "\u00a0a", "a\u00a0", "a\u2028b", "a\u0085b", "a\u0000b", "a\u0007b", "\ufeffa",
        "a\u3000*b*", "a\n\f\nb", "a\n\n\f\n\nb", "- a\n\f\nb", "*a*\u00a0b", "x *a*) y", "*a*:", "~~a~~:",
        "*a:/b* c", "[a](b%2)", "[a](b))", "[a](b)*c*", "a ~~b~~~", "**a** *b*c", "[www](x)", "x *a\"* b", "1\\. a",
        "a\r\nb", "a\rb", "a\n\n- b\nc\n\nd", "Emphasis *a*\n\n- list\n\npara *b* [l](/x)",
        // Lists and quotes, which are written here when they are tight lists of one-line items, or quotes of one
        // paragraph, alone between blank lines.
        "- a\n- b", "- a\n- b\n", "x\n\n- a\n- b\n\ny", "- a\n\n- b", "- a\n- b\n\n- c", "- a\n- b\n\n  c",
        "- a\n- b\n\n    c", "- a\n- b\n\n\tc", "x\n- a\n\n- b", "x\n\n- a\n\ny\n- b", "- a\nb", "- a\n  b",
        "- a\n-b", "- a\n- ", "- \n- a", "-  a", "- a \n- b", "- a  \n- b", "- *a*\n- **b**", "- [a](/x)\n- b",
        "- # a", "- > a", "- 1. a", "- - a", "- * a", "- **a", "- *a*", "* a\n\n- b", "- a\n\n* b", "1. a\n\n- b",
        "- b\n\n1. a", "- a\n\n> q", "> q\n\n- a", "- a\n\n\n- b", "a\n\n- b\n\n\n\nc", "- a\n\f\n- b",
        "- a\n- b\n===", "- a\n---", "- a\n- ---", "- a\n- b\n\n---", "---\n\n- a", "- a\n\n-", "- a\n\n-b",
        "    x\n\n- a", "x\n  y\n\n- a", "- a\n\n [b](c)", "- a\n- ~~b~~\n- \"c\"", "- [ ] a", "- a\n+ b",
        "- www.x.org", "- a:/b", "- 2024. a", "- a\n  - b\n\n- c", "- é\n- \u00a0a", "-\ta", "- a\n\n\n",
        "> a\n> b", "> a\nb", "> a\n>b", ">a", "> a\n\n> b", "> # a", "> - a", "> > a", ">  a", "> a\n> ",
        "> a\n>\n> b", "> 1. a", "> a \n> b", "> a  \n> b", "> a\n===", "> a\n---", "> a\n> ---", "> *a* [b](/c)",
        "> a\n> - b", "> a\n> 1. b", "> a\n> 2. b", "> ", ">", "> \n", "x\n> a", "> a\n\nb", "- a\n> b",
        "> a\n- b", "> \"a\"\n> é", "> www.a.org", "> [x](javascript:y)", "> ~~a~~\n> **b**");
  }

  @ParameterizedTest
  @MethodSource("corners")
  void cornersGiveCommonmarksHtml(String body) {
    assertSameHtml(body);
  }

  @Test
  void exampleSiteBodiesGiveCommonmarksHtml() throws IOException {
    int bodies = 0;
    int wholly = 0;
    try (Stream<Path> files = Files.walk(Path.of("content"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
        String text = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
        int close = text.startsWith("---\n") ? text.indexOf("\n---\n", 3) : -1;
        String body = close < 0 ? text : text.substring(close + 5);
        assertSameHtml(body);
        bodies++;
        wholly += partsForCommonmark(body) == 0 ? 1 : 0;
      }
    }
    assertThat(bodies).isGreaterThan(30);
    // Most of the example's bodies are plain paragraphs: the quick reading must not have quietly stopped working.
    assertThat(wholly).isGreaterThan(bodies / 2);
  }

  @Test
  void generatedBodiesGiveCommonmarksHtml() {
    Random random = new Random(7);
    for (int i = 0; i < 3_000; i++) {
      assertSameHtml(generated(random, true));
    }
  }

  @Test
  void generatedParagraphsAreMostlyWrittenWithoutCommonmark() {
    Random random = new Random(5);
    int wholly = 0;
    for (int i = 0; i < 1_000; i++) {
      String body = generated(random, false);
      assertSameHtml(body);
      wholly += partsForCommonmark(body) == 0 ? 1 : 0;
    }
    assertThat(wholly).isGreaterThan(800);
  }

  @Test
  void generatedListsAndQuotesAreMostlyWrittenWithoutCommonmark() {
    Random random = new Random(9);
    int wholly = 0;
    int blocks = 0;
    for (int i = 0; i < 1_000; i++) {
      String body = generated(random, true).replaceAll("(?m)^\\|.*\n?", "").strip();
      assertSameHtml(body);
      wholly += partsForCommonmark(body) == 0 ? 1 : 0;
      blocks += body.contains("\n- ") || body.startsWith("> ") || body.contains("\n> ") ? 1 : 0;
    }
    // Without the tables, nearly every body (most of them with a list or a quote) is read without commonmark.
    assertThat(blocks).isGreaterThan(300);
    assertThat(wholly).isGreaterThan(900);
  }

  @Test
  void randomEditsGiveCommonmarksHtml() {
    String[] pieces = {
      "word", "Word", " ", " ", "  ", "\n", "\n", "\n\n", "*", "**", "***", "~", "~~", "_", "[", "]", "(", ")", "](",
      "](/x)", "](https://e.org/p)", "](javascript:x)", "!", "<", ">", "&", "&amp;", "\\", "`", "|", "@", ":", "/",
      "://", "www.", "#", "# ", "- ", "+ ", "1. ", "2) ", "> ", "    ", "\t", "é", "\u00a0", "\"", "'", ".", ",",
      "?", ";", "]:", "---", "===", "```", "\r", "x", "1", "%", "%2", "a.b"
    };
    Random random = new Random(11);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder body = new StringBuilder();
      for (int n = 1 + random.nextInt(30); n > 0; n--) {
        body.append(random.nextInt(3) == 0 ? pieces[random.nextInt(pieces.length)] : "word ");
      }
      assertSameHtml(body.toString());
    }
  }

  /**
   * A body in the style of the benchmark's generated sites, with some of every inline it uses, and of every block
   * when {@code otherBlocks}, otherwise paragraphs only.
   */
  private static String generated(Random r, boolean otherBlocks) {
    List<String> blocks = new ArrayList<>();
    for (int b = 1 + r.nextInt(6); b > 0; b--) {
      int x = otherBlocks ? r.nextInt(100) : 100;
      if (x < 7 && !blocks.isEmpty()) {
        StringBuilder list = new StringBuilder();
        for (int k = 3 + r.nextInt(3); k > 0; k--) {
          list.append("- ").append(sentence(r)).append('\n');
        }
        blocks.add(list.toString().strip());
      } else if (x < 10 && !blocks.isEmpty()) {
        blocks.add("| Capital | Position |\n|---|---|\n| Oslo | supports |\n| Rome | opposes |");
      } else if (x < 14) {
        blocks.add("> " + sentence(r));
      } else {
        StringBuilder paragraph = new StringBuilder();
        for (int k = 2 + r.nextInt(4); k > 0; k--) {
          paragraph.append(paragraph.length() == 0 ? "" : r.nextInt(4) == 0 ? "\n" : " ").append(sentence(r));
        }
        blocks.add(paragraph.toString());
      }
    }
    return String.join("\n\n", blocks) + (r.nextBoolean() ? "\n" : "");
  }

  private static String sentence(Random r) {
    String[] words = {"consensus", "summit", "veto", "Rutte", "O'Brien", "capital", "2024", "élysée", "backing"};
    List<String> s = new ArrayList<>();
    for (int k = 6 + r.nextInt(10); k > 0; k--) {
      String w = words[r.nextInt(words.length)];
      int x = r.nextInt(100);
      if (x < 8) {
        w = r.nextBoolean() ? "*" + w + "*" : "**" + w + "**";
      } else if (x < 10) {
        w = "~~" + w + "~~";
      } else if (x < 13) {
        w = "[the full statement](https://example.org/p/" + r.nextInt(1_000_000) + ")";
      }
      s.add(w);
    }
    String joined = String.join(" ", s);
    return Character.toUpperCase(joined.charAt(0)) + joined.substring(1) + ".";
  }
}
