package baton.content;

import static org.assertj.core.api.Assertions.assertThat;

import baton.diag.DiagnosticPrinter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bytes to text: strict UTF-8, byte-order marks, CRLF, NUL and the size limit. */
class EncodingTest {

  @TempDir Path dir;

  @Test
  void aByteOrderMarkAndCrlfLineEndsReadWithTheRightPositions() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    String text = "---\r\ndate: 2024-02-22\r\nactor: uk\r\n---\r\nThe UK backs Rutte.\r\n";
    TestSite.Result result = TestSite.withSettings(dir)
        .bytes("content/statements/x.md", concat(bom, text.getBytes(StandardCharsets.UTF_8)))
        .load();

    assertThat(result.problems()).isEmpty();
    Field actor = result.entry("content/statements/x.md").fields().field("actor");
    assertThat(actor.keyPos()).hasToString("content/statements/x.md:3:1");
    assertThat(actor.value().pos()).hasToString("content/statements/x.md:3:8");
    assertThat(((Scalar) actor.value()).text()).isEqualTo("uk");
    assertThat(result.entry("content/statements/x.md").bodyLine()).isEqualTo(5);
    assertThat(result.entry("content/statements/x.md").body()).isEqualTo("The UK backs Rutte.\r\n");
  }

  @Test
  void aByteOrderMarkIsNotAColumnOfAYamlFile() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    TestSite.Result result = TestSite.bare(dir)
        .bytes("content/site.yaml", concat(bom, "title: Test\r\n".getBytes(StandardCharsets.UTF_8)))
        .load();

    assertThat(result.problems()).isEmpty();
    Field title = result.entry("content/site.yaml").fields().field("title");
    assertThat(title.keyPos()).hasToString("content/site.yaml:1:1");
    assertThat(title.value().pos()).hasToString("content/site.yaml:1:8");
    assertThat(result.loaded().sources().line("content/site.yaml", 1)).isEqualTo("title: Test");
  }

  @Test
  void invalidUtf8IsAnErrorAtTheLineAndColumnOfTheBadByte() {
    // "Zoë" is valid (ë is two bytes, one column); 0xE9 is "é" in Latin-1, not UTF-8.
    byte[] bytes = concat("name: Zoë\nnote: Caf".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xE9, '\n'});
    TestSite.Result result = TestSite.withSettings(dir).bytes("content/actors/zoe.yaml", bytes).load();

    assertThat(result.problems()).containsExactly("content/actors/zoe.yaml:2:10: invalid UTF-8"
        + " (byte 0xE9 is not part of a valid character; save the file as UTF-8)");
    assertThat(result.files()).containsExactly("content/site.yaml");
  }

  @Test
  void invalidUtf8CountsColumnsInCharactersNotBytes() {
    byte[] bytes = concat("name: Zoë Ünal ".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xC3, '(', '\n'});
    TestSite.Result result = TestSite.withSettings(dir).bytes("content/actors/zoe.yaml", bytes).load();

    assertThat(result.problems()).containsExactly("content/actors/zoe.yaml:1:16: invalid UTF-8"
        + " (byte 0xC3 is not part of a valid character; save the file as UTF-8)");
  }

  @Test
  void theLineOfAnInvalidByteCanStillBePrinted() {
    byte[] bytes = concat("name: Caf".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xE9, '\n'});
    TestSite.Result result = TestSite.withSettings(dir).bytes("content/actors/cafe.yaml", bytes).load();

    String printed = new DiagnosticPrinter(result.loaded().sources()::line).print(result.diagnostics());

    assertThat(printed).isEqualTo("""
        content/actors/cafe.yaml:1:10: invalid UTF-8 (byte 0xE9 is not part of a valid character; save the file as \
        UTF-8)
            name: Caf\uFFFD
                     ^
        """);
  }

  @Test
  void aNulCharacterIsAnErrorAtItsPosition() {
    TestSite.Result result = TestSite.withSettings(dir)
        .file("content/actors/x.yaml", "name: Mark\nkind: per\u0000son\n")
        .load();

    assertThat(result.problems()).containsExactly("content/actors/x.yaml:2:10: NUL character in the file"
        + " (content files are text; remove it, or check that this is the right file)");
  }

  @Test
  void aFileOverTheSizeLimitIsRefusedBeforeItIsRead() {
    // 2 MiB of bytes that are not UTF-8: had the file been read, decoding would have failed.
    byte[] big = new byte[2 * 1_048_576];
    Arrays.fill(big, (byte) 0xFF);
    TestSite.Result result = TestSite.withSettings(dir).bytes("content/statements/big.md", big).load();

    assertThat(result.problems()).containsExactly("content/statements/big.md: file is too large"
        + " (2097152 bytes; the limit is 1048576; shorten it or split it into several entries)");
    assertThat(result.loaded().sources().line("content/statements/big.md", 1)).isNull();
  }

  @Test
  void aFileAtTheSizeLimitIsRead() {
    String text = "name: x\n";
    String padded = text + "#".repeat(64 - text.length() - 1) + "\n";
    TestSite.Result result = TestSite.withSettings(dir)
        .file("content/actors/x.yaml", padded)
        .load(new Limits(64, 20, 100));

    assertThat(padded.getBytes(StandardCharsets.UTF_8)).hasSize(64);
    assertThat(result.problems()).isEmpty();
    assertThat(result.scalar("content/actors/x.yaml", "name").text()).isEqualTo("x");
  }

  private static byte[] concat(byte[] first, byte[] second) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(first);
    out.writeBytes(second);
    return out.toByteArray();
  }
}
