package baton.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import baton.render.OutputFile;
import baton.site.OutputCheck;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The safety scan of a written site, read back from disk: Baton's own {@link OutputCheck}, and, in case that check
 * itself has a gap, a second look with jsoup for the three things issue 7 names: a script element, an event-handler
 * attribute, a script URL.
 */
final class OutputScan {

  private static final Set<String> URL_ATTRIBUTES = Set.of(
      "href", "src", "action", "formaction", "xlink:href", "poster", "srcset", "data", "background", "cite", "ping",
      "to", "from", "values");

  private OutputScan() {}

  static List<OutputFile> read(Path out) {
    try (Stream<Path> walk = Files.walk(out)) {
      return walk.filter(Files::isRegularFile)
          .map(p -> new OutputFile(out.relativize(p).toString().replace('\\', '/'), bytes(p)))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void assertSafe(Path out) {
    List<OutputFile> files = read(out);
    assertThat(OutputCheck.check(files, new HashSet<>())).as("OutputCheck of the written site").isEmpty();
    for (OutputFile f : files) {
      if (f.path().endsWith(".html")) {
        assertNoScript(f.path(), Jsoup.parse(new String(f.bytes(), StandardCharsets.UTF_8)));
      }
    }
  }

  private static void assertNoScript(String page, Document doc) {
    for (Element el : doc.getAllElements()) {
      if (el.normalName().equals("script")) {
        assertThat(el.attr("type")).as("%s: only JSON-LD scripts", page).isEqualTo("application/ld+json");
        assertThat(el.data()).as("%s: JSON-LD cannot close its element", page).doesNotContain("<", ">");
      }
      for (Attribute a : el.attributes()) {
        String name = a.getKey().toLowerCase(Locale.ROOT);
        assertThat(name).as("%s: event handler on <%s>", page, el.normalName()).doesNotStartWith("on");
        if (!URL_ATTRIBUTES.contains(name)) {
          continue;
        }
        String value = a.getValue().replaceAll("[\\x00-\\x20]", "").toLowerCase(Locale.ROOT);
        assertThat(value).as("%s: %s of <%s>", page, name, el.normalName())
            .doesNotStartWith("javascript:").doesNotStartWith("vbscript:").doesNotStartWith("data:");
      }
    }
  }

  static Document page(Path out, String path) {
    return Jsoup.parse(new String(bytes(out.resolve(path)), StandardCharsets.UTF_8));
  }

  private static byte[] bytes(Path p) {
    try {
      return Files.readAllBytes(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
