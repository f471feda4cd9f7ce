package baton.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scalars keep the text they were written with, whatever YAML 1.1 would have made of them. */
class YamlScalarTest {

  @TempDir Path dir;

  private static final String FILE = "content/countries/no.yaml";

  @Test
  void norwaysCodeStaysNoNotFalse() {
    TestSite.Result result = TestSite.withSettings(dir).file(FILE, "name: Norway\ncode: NO\n").load();

    assertThat(result.scalar(FILE, "code").text()).isEqualTo("NO");
  }

  @Test
  void numbersKeepTheirDigits() {
    TestSite.Result result = TestSite.withSettings(dir)
        .file(FILE, "year: 2024\nzero: 012\nhex: 0x1F\nprice: 1.50\nbig: 1_000\n")
        .load();

    assertThat(result.scalar(FILE, "year").text()).isEqualTo("2024");
    assertThat(result.scalar(FILE, "zero").text()).isEqualTo("012");
    assertThat(result.scalar(FILE, "hex").text()).isEqualTo("0x1F");
    assertThat(result.scalar(FILE, "price").text()).isEqualTo("1.50");
    assertThat(result.scalar(FILE, "big").text()).isEqualTo("1_000");
  }

  @Test
  void booleanWordsKeepTheirSpelling() {
    TestSite.Result result = TestSite.withSettings(dir).file(FILE, "a: yes\nb: Off\nc: TRUE\nd: y\n").load();

    assertThat(result.scalar(FILE, "a").text()).isEqualTo("yes");
    assertThat(result.scalar(FILE, "b").text()).isEqualTo("Off");
    assertThat(result.scalar(FILE, "c").text()).isEqualTo("TRUE");
    assertThat(result.scalar(FILE, "d").text()).isEqualTo("y");
  }

  @Test
  void aDateQuotedOrNotHasTheSameText() {
    TestSite.Result result = TestSite.withSettings(dir)
        .file(FILE, "plain: 2024-02-22\nquoted: \"2024-02-22\"\nmonth: 2024-10\n")
        .load();

    assertThat(result.scalar(FILE, "plain").text()).isEqualTo("2024-02-22");
    assertThat(result.scalar(FILE, "quoted").text()).isEqualTo("2024-02-22");
    assertThat(result.scalar(FILE, "month").text()).isEqualTo("2024-10");
  }

  @Test
  void quotedTellsSingleAndDoubleQuotesFromPlainAndBlockText() {
    TestSite.Result result = TestSite.withSettings(dir)
        .file(FILE, "plain: NO\nsingle: 'NO'\ndouble: \"NO\"\nblock: |\n  NO\n")
        .load();

    assertThat(result.scalar(FILE, "plain").quoted()).isFalse();
    assertThat(result.scalar(FILE, "single").quoted()).isTrue();
    assertThat(result.scalar(FILE, "double").quoted()).isTrue();
    assertThat(result.scalar(FILE, "block").quoted()).isFalse();
    assertThat(result.scalar(FILE, "block").text()).isEqualTo("NO\n");
  }

  @Test
  void yamlNullsHaveNoTextButQuotedOnesDo() {
    TestSite.Result result = TestSite.withSettings(dir)
        .file(FILE, "tilde: ~\nword: null\nnothing:\nempty: ''\nquotedNull: 'null'\n")
        .load();

    assertThat(result.scalar(FILE, "tilde").isNull()).isTrue();
    assertThat(result.scalar(FILE, "word").isNull()).isTrue();
    assertThat(result.scalar(FILE, "nothing").isNull()).isTrue();
    assertThat(result.scalar(FILE, "empty").text()).isEmpty();
    assertThat(result.scalar(FILE, "quotedNull").text()).isEqualTo("null");
  }

  @Test
  void fieldsKeepTheirOrderAndKeysTheirPositions() {
    TestSite.Result result = TestSite.withSettings(dir)
        .file(FILE, "name: Norway\ncode: NO\nmembership:\n  - from: 1949\n")
        .load();

    Mapping fields = result.entry(FILE).fields();
    assertThat(fields.fields().keySet()).containsExactly("name", "code", "membership");
    assertThat(fields.field("membership").keyPos()).hasToString(FILE + ":3:1");
    Mapping period = (Mapping) ((Seq) fields.field("membership").value()).items().get(0);
    assertThat(period.field("from").value().pos()).hasToString(FILE + ":4:11");
    assertThat(((Scalar) period.field("from").value()).text()).isEqualTo("1949");
  }

  @Test
  void aFlowListGivesEachItemItsColumn() {
    TestSite.Result result = TestSite.withSettings(dir).file(FILE, "aliases: [Norge, Noreg]\n").load();

    Seq aliases = (Seq) result.value(FILE, "aliases");
    assertThat(aliases.items()).extracting(n -> ((Scalar) n).text()).containsExactly("Norge", "Noreg");
    assertThat(aliases.items()).extracting(n -> n.pos().toString()).containsExactly(FILE + ":1:11", FILE + ":1:18");
  }
}
