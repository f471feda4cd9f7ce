package baton.content;

import static org.assertj.core.api.Assertions.assertThat;

import baton.diag.Diagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link PlainYaml} gives exactly what the full parser gives, or leaves the text to it: compared on the example
 * site's files, on entries shaped like a generated site's, on hand-picked corners of YAML, and on many thousands of
 * random edits of them. Every node is compared with its position and its keys' order.
 */
class PlainYamlTest {

  private static final String FILE = "content/statements/2024/x.md";
  private final YamlReader full = new YamlReader(Limits.defaults(), false);

  @Test
  void theExampleSiteReadsAlikeAndMostlyWithoutTheFullParser() throws IOException {
    List<YamlText> texts = exampleSite();
    int read = 0;
    for (YamlText text : texts) {
      if (agree(text)) {
        read++;
      }
    }
    assertThat(texts).hasSizeGreaterThan(100);
    // The example is written in the plain style the reader exists for; a slip here means a build slower, not wrong.
    assertThat(read).as("files read without the full parser").isGreaterThan(texts.size() * 9 / 10);
  }

  @Test
  void generatedEntriesReadAlikeAndWithoutTheFullParser() {
    Random random = new Random(1);
    for (int i = 0; i < 300; i++) {
      YamlText text = new YamlText(FILE, generated(random), 1, true);
      assertThat(agree(text)).as("read by PlainYaml:\n%s", text.text()).isTrue();
    }
  }

  @Test
  void cornersAreReadAlikeOrLeftToTheFullParser() {
    String[] corners = {
      "a: 1\n", "a: 1", "a: yes\nb: NO\nc: 012\nd: 0x1F\ne: 1_000\nf: .inf\ng: -5\nh: +5\ni: 1e3\nj: 2024-02-30\n",
      "a: ~\n", "a: null\n", "a:\n", "a:\nb: 1\n", "a: ''\n", "a: \"\"\n", "a: 'it''s'\n", "a: 'x'' '\n",
      "a: \"q\\\"x\"\n", "a: \"tab\\tx\"\n", "a: \"x\" # c\n", "a: \"x\"# c\n", "a: \"x\" y\n", "a: 'x' #c\n",
      "a: x # c\n", "a: x# c\n", "a: x #\n", "a: x   \n", "a:    x\n", "a: x: y\n", "a: x:\n", "a: x:y\n",
      "a: http://x.org/a#b\n", "a: [x, y]\n", "a: []\n", "a: [ ]\n", "a: [x,y]\n", "a: [ x , y ]\n", "a: [x, ]\n",
      "a: [x,, y]\n", "a: [x] y\n", "a: [x] # c\n", "a: [x\n", "a: [x, [y]]\n", "a: [x: y]\n", "a: [\"x\"]\n",
      "a: [x y, z]\n", "a: {x: y}\n", "a: &r x\n", "a: *r\n", "a: !!str x\n", "a: |\n  x\n", "a: >\n  x\n",
      "a: x\n  y\n", "a: x\n\n  y\n", "a: x\n# c\n  y\n", "a: x\n  # c\nb: y\n", "a:\n  b: 1\n  c: 2\n",
      "a:\n  b: 1\n c: 2\n", "a:\n  b: 1\n   c: 2\n", "a:\n- x\n- y\n", "a:\n  - x\n  - y\n", "a:\n  - x\n - y\n",
      "a:\n  - x\n   - y\n", "a:\n  - b: 1\n    c: 2\n  - b: 3\n", "a:\n- b: 1\n  c: 2\n- b: 3\nd: 4\n",
      "a:\n  -   b: 1\n      c: 2\n", "a:\n  - b: 1\n   c: 2\n", "a:\n  - b:\n    - x\n", "a:\n  - b:\n      - x\n",
      "a:\n  - b:\n    c: 1\n", "a:\n  -\n    b: 1\n", "a:\n  - - x\n", "a:\n  - x\n  b: 1\n", "a: 1\na: 2\n",
      "a: 1\nb: 2\n  c: 3\n", "- x\n", "  a: 1\n", "a: 1\n  \n", "\na: 1\n", "# c\na: 1\n", "a: 1\n# c\n",
      "---\na: 1\n", "a: 1\n---\nb: 2\n", "a: 1\n...\n", "a: x\tz\n", "a:\tx\n", "\ta: 1\n", "a: 1\r\nb: 2\r\n",
      "a: é ü ß — “x” · ‘y’\n", "a: مرحبا\n", "a: \uD83D\uDE00\n", "a: \u00A0x\n", "a: x\u00A0\n", "ü: 1\n",
      "a b: 1\n", "a.b: 1\n", "a-b: 1\n", "-a: 1\n", ".a: 1\n", "'a': 1\n", "\"a\": 1\n", "? a\n: 1\n",
      "a : 1\n", "a:1\n", "null: 1\n", "yes: 1\n", "1: x\n", "a: -\n", "a: - x\n", "a: ?x\n", "a: :x\n",
      "a: %x\n", "a: @x\n", "a: `x\n", "a: =\n", "a: x=y\n", "a: x,y\n", "a: x [y] {z}\n", "a: x'y\"z\n",
      "a: x \\ y\n", "a: x - y\n", "a: x -\n", "a: 'unclosed\n", "a: \"unclosed\n", "a: 'multi\n  line'\n",
      "a: \"multi\n  line\"\n", "a:\n  b:\n    c:\n      d: 1\n", "a:\n  b: 1\n# c\n  c: 2\n", "a: 1 #\n",
      "a:\n\n  - x\n\n  - y\n\nb: 1\n", "a:   # c\n  - x\n", "a: #c\n  b: 1\n", "a: x #c\n  - y\n",
      "a:\n  - x # c\n  - 'y' # c\n  - [z] # c\n", "k".repeat(1_025) + ": 1\n", "k".repeat(128) + ": 1\n",
      "a: [\"x\", 'y''s', z]\n", "a: [\"x\" y]\n", "a: [\"x\",]\n", "a: [\"x\\\"\"]\n",
    };
    for (String corner : corners) {
      agree(new YamlText(FILE, corner, 1, true));
    }
  }

  @Test
  void randomEditsAreReadAlikeOrLeftToTheFullParser() throws IOException {
    List<String> seeds = new ArrayList<>();
    exampleSite().stream().limit(40).forEach(t -> seeds.add(t.text()));
    Random random = new Random(42);
    for (int i = 0; i < 40; i++) {
      seeds.add(generated(random));
    }
    String[] pieces = {
      " ", "  ", "\n", "\n  ", "\n- ", "- ", ":", ": ", "#", " #", "'", "''", "\"", "\\", "[", "]", ",", "{", "}",
      "~", "null", "&a", "*a", "!", "|", ">", "?", "---", "\t", "\r", "x", "é", "\u2028", "0", "yes", "a: b",
    };
    int read = 0;
    for (int i = 0; i < 20_000; i++) {
      String seed = seeds.get(random.nextInt(seeds.size()));
      StringBuilder text = new StringBuilder(seed);
      for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
        int at = random.nextInt(text.length() + 1);
        switch (random.nextInt(3)) {
          case 0 -> text.insert(at, pieces[random.nextInt(pieces.length)]);
          case 1 -> text.delete(at, Math.min(text.length(), at + 1 + random.nextInt(4)));
          default -> text.replace(at, Math.min(text.length(), at + 1), pieces[random.nextInt(pieces.length)]);
        }
      }
      if (agree(new YamlText(FILE, text.toString(), 1, true))) {
        read++;
      }
    }
    // Most edits leave a document in the plain shape: the comparison above has been made on thousands.
    assertThat(read).isGreaterThan(5_000);
  }

  @Test
  void nestingAtTheLimitIsLeftToTheFullParser() {
    Limits shallow = new Limits(1_048_576, 2, 500_000);
    YamlReader shallowReader = new YamlReader(shallow, false);
    String[] texts = {
      "a:\n- [b]\n", "a:\n  b: [c]\n", "a:\n  b:\n  - c\n", "a:\n  b:\n    c: d\n", "a: [b]\n", "a:\n- b\n",
      "a:\n  b: c\n", "a:\n- b: c\n", "a:\n- b: [c]\n",
    };
    int read = 0;
    for (String text : texts) {
      if (agree(new YamlText(FILE, text, 1, true), shallowReader, shallow.maxNestingDepth())) {
        read++;
      }
    }
    // The texts within the limit are still read without the full parser.
    assertThat(read).isEqualTo(3);
  }

  private boolean agree(YamlText text) {
    return agree(text, full, Limits.defaults().maxNestingDepth());
  }

  /**
   * Whether PlainYaml read the text; when it did, the full parser read it too, without a problem, into the same
   * nodes at the same places.
   */
  private static boolean agree(YamlText text, YamlReader full, int maxDepth) {
    Mapping plain = PlainYaml.read(text, UnaryOperator.identity(), maxDepth);
    if (plain == null) {
      return false;
    }
    List<Diagnostic> problems = new ArrayList<>();
    Optional<Mapping> expected = full.read(text, problems);
    assertThat(problems).as("problems of the full parser with\n%s", text.text()).isEmpty();
    assertThat(expected).as("the full parser's mapping of\n%s", text.text()).isPresent();
    assertThat(dump(plain)).as("nodes of\n%s", text.text()).isEqualTo(dump(expected.get()));
    return true;
  }

  /** Every node, in order, with its position: what a reader of the tree can observe. */
  private static String dump(Node node) {
    StringBuilder out = new StringBuilder();
    dump(node, out);
    return out.toString();
  }

  private static void dump(Node node, StringBuilder out) {
    if (node instanceof Mapping m) {
      out.append("{@").append(m.pos());
      m.fields().values().forEach(f -> {
        out.append(' ').append(f.key()).append('@').append(f.keyPos()).append('=');
        dump(f.value(), out);
      });
      out.append('}');
    } else if (node instanceof Seq s) {
      out.append("[@").append(s.pos());
      s.items().forEach(item -> dump(item, out.append(' ')));
      out.append(']');
    } else {
      Scalar s = (Scalar) node;
      out.append(s.quoted() ? "'" : "").append(s.text()).append(s.quoted() ? "'" : "").append('@').append(s.pos());
    }
  }

  /** The YAML of every entry of the example site: front matter of Markdown files, whole YAML files. */
  private static List<YamlText> exampleSite() throws IOException {
    List<YamlText> texts = new ArrayList<>();
    Path content = Path.of("content");
    try (Stream<Path> files = Files.walk(content)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        String name = content.relativize(file).toString().replace('\\', '/');
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (name.endsWith(".yaml")) {
          texts.add(new YamlText(name, text, 0, false));
        } else if (name.endsWith(".md")) {
          FrontMatter.split(text, name, new ArrayList<>())
              .ifPresent(f -> texts.add(new YamlText(name, f.yaml(), f.yamlLineOffset(), true)));
        }
      }
    }
    return texts;
  }

  /** A statement in the style of the benchmark's generated sites. */
  private static String generated(Random r) {
    String[] words = {"alliance", "veto", "summit", "Rutte", "The Hague", "consensus", "é", "O'Brien", "2024"};
    StringBuilder s = new StringBuilder();
    s.append("date: 20").append(10 + r.nextInt(15)).append(r.nextBoolean() ? "-0" + (1 + r.nextInt(9)) : "")
        .append('\n');
    s.append("actor: ").append(id(r)).append('\n');
    if (r.nextBoolean()) {
      s.append("candidate: ").append(id(r)).append('\n');
    }
    s.append("kind: ").append(r.nextBoolean() ? "position" : "report").append('\n');
    if (r.nextBoolean()) {
      s.append("stance: supports\n");
    }
    if (r.nextBoolean()) {
      s.append("quote: \"").append(words[r.nextInt(words.length)]).append(' ').append(words[r.nextInt(words.length)])
          .append(".\"\n");
    }
    if (r.nextBoolean()) {
      s.append("mentions: [").append(id(r)).append(", ").append(id(r)).append("]\n");
    }
    s.append("draft: ").append(r.nextBoolean()).append('\n');
    s.append("source:\n");
    String dash = r.nextBoolean() ? "  - " : "- ";
    String more = dash.length() == 4 ? "    " : "  ";
    for (int i = 1 + r.nextInt(2); i > 0; i--) {
      s.append(dash).append("outlet: ").append(r.nextBoolean() ? id(r) : "\"The Paris Observer\"").append('\n');
      s.append(more).append("url: https://example.org/").append(id(r)).append("/2024/").append(r.nextInt(999))
          .append('\n');
      s.append(more).append("title: '").append(words[r.nextInt(words.length)].replace("'", "''")).append("'\n");
      s.append(more).append("date: 2024-0").append(1 + r.nextInt(9)).append("-1").append(r.nextInt(9)).append('\n');
    }
    return s.toString();
  }

  private static String id(Random r) {
    return "actor-" + (char) ('a' + r.nextInt(26)) + "-" + r.nextInt(100);
  }
}
