package baton.jbake;

import static org.assertj.core.api.Assertions.assertThat;

import baton.diag.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One JBake file at a time, through jbake-core's header parser. */
class JBakeReaderTest {

  @TempDir Path dir;

  private static final Clock JUNE_2024 = Clock.fixed(Instant.parse("2024-06-15T12:00:00Z"), ZoneOffset.UTC);

  private JBakeReader.Read read(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    JBakeDocument.Format format = name.endsWith(".html") ? JBakeDocument.Format.HTML : JBakeDocument.Format.MARKDOWN;
    return new JBakeReader(JBakeConfig.load(dir), JUNE_2024).read(file, name, text, format);
  }

  private JBakeDocument document(String name, String text) throws IOException {
    JBakeReader.Read read = read(name, text);
    assertThat(read.problems()).isEmpty();
    return read.document().orElseThrow();
  }

  @Test
  void theHeaderIsReadAsJBakeReadsIt() throws IOException {
    JBakeDocument doc = document("post.md", """
        title=A = B
          date = 2013-07-24
        tags=blog, jbake ,
        type=post
        status=published
        summary={"short": true}
        ~~~~~~
        Body
        """);

    assertThat(doc.title()).isEqualTo("A = B");
    assertThat(doc.date()).isEqualTo(LocalDate.of(2013, 7, 24));
    assertThat(doc.tags()).containsExactly("blog", "jbake");
    assertThat(doc.type()).isEqualTo("post");
    assertThat(doc.published()).isTrue();
    assertThat(doc.body()).isEqualTo("Body\n");
    assertThat(doc.bodyLine()).isEqualTo(8);
    assertThat(doc.unmapped()).containsExactly(new HeaderField("summary", "{\"short\": true}", 6, 1, 9));
    assertThat(doc.field("date")).contains(new HeaderField("date", "2013-07-24", 2, 3, 10));
  }

  @Test
  void crlfLineEndsAndAByteOrderMarkAreAccepted() throws IOException {
    JBakeDocument doc = document("post.md", "\uFEFFtitle=T\r\ntype=page\r\nstatus=draft\r\n~~~~~~\r\nOne\r\nTwo\r\n");

    assertThat(doc.title()).isEqualTo("T");
    assertThat(doc.published()).isFalse();
    assertThat(doc.body()).isEqualTo("One\nTwo\n");
  }

  @Test
  void publishedDateIsPublishedOnceItsDateHasPassed() throws IOException {
    String past = "title=T\ntype=post\nstatus=published-date\ndate=2024-06-15\n~~~~~~\n";
    String future = "title=T\ntype=post\nstatus=published-date\ndate=2024-06-16\n~~~~~~\n";

    assertThat(document("past.md", past).published()).isTrue();
    assertThat(document("future.md", future).published()).isFalse();
  }

  @Test
  void withoutStatusAPageIsADraftAsJBakesDefaultSays() throws IOException {
    assertThat(document("p.md", "title=T\ntype=page\n~~~~~~\nx\n").published()).isFalse();
  }

  @Test
  void anEmptyBodyStaysEmpty() throws IOException {
    // jbake-core would take the whole file, header included, as the body of a file that has none.
    assertThat(document("p.md", "title=T\ntype=page\nstatus=published\n~~~~~~\n").body()).isEmpty();
  }

  @Test
  void jbakePropertiesChangeTheSeparatorTheDateFormatAndTheTags() throws IOException {
    Files.writeString(dir.resolve("jbake.properties"),
        "header.separator=+++\ndate.format=dd.MM.yyyy\ntag.sanitize=true\n");

    JBakeDocument doc = document("p.md", "title=T\ntype=page\nstatus=published\ndate=24.07.2013\ntags=big news\n"
        + "+++\nBody\n");

    assertThat(doc.date()).isEqualTo(LocalDate.of(2013, 7, 24));
    assertThat(doc.tags()).containsExactly("big-news");
    assertThat(doc.body()).isEqualTo("Body\n");
  }

  @Test
  void anUnknownStatusIsADraftWithAWarning() throws IOException {
    JBakeReader.Read read = read("p.md", "title=T\ntype=page\nstatus=hidden\n~~~~~~\nx\n");

    assertThat(read.document().orElseThrow().published()).isFalse();
    assertThat(read.problems()).extracting(Diagnostic::format).containsExactly("p.md:3:8: warning: unknown JBake"
        + " status 'hidden': read as a draft (JBake publishes status=published, and status=published-date once its"
        + " date has passed)");
  }

  @Test
  void aFileWithoutAHeaderIsNotJBakes() throws IOException {
    JBakeReader reader = new JBakeReader(JBakeConfig.load(dir), JUNE_2024);

    assertThat(reader.hasHeader("title=T\ntype=page\n~~~~~~\n")).isTrue();
    assertThat(reader.hasHeader("---\ntitle: T\n---\n~~~~~~\n")).isFalse();
    assertThat(reader.hasHeader("# Title\n\nkey=value\n~~~~~~\n")).isFalse();
    assertThat(reader.hasHeader("~~~~~~\nbody\n")).isFalse();
    assertThat(reader.hasHeader("title=T\ntype=page\n")).isFalse();
    assertThat(read("p.html", "<p>Hello</p>\n").problems()).extracting(Diagnostic::format).containsExactly(
        "p.html:1:1: no JBake header (start the file with key=value lines (title=..., type=page, status=published)"
            + " and a line ~~~~~~)");
  }
}
