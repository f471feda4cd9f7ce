package baton.cli;

import static org.assertj.core.api.Assertions.assertThat;

import baton.build.BuildResult;
import baton.diag.Diagnostic;
import baton.diag.Diagnostics;
import baton.diag.SourcePos;
import baton.testing.TestSite;
import baton.testing.TestSite.Run;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check --format json}: stdout is one JSON object and nothing else, stderr is empty, the exit status is the
 * text format's. Parsed, never compared as text.
 */
class CheckJsonTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir Path dir;
  TestSite site;

  @BeforeEach
  void goodSite() {
    site =
        TestSite.in(dir)
            .file("content/site.yaml", TestSite.SITE_YAML)
            .file("content/countries/gb.yaml", "name: United Kingdom\ncode: GB\nmembership:\n  - from: 1949-08-24\n")
            .file("content/actors/mark-rutte.yaml", "name: Mark Rutte\nkind: person\n")
            .file("content/actors/uk-official.yaml", "name: UK official\nkind: person\ncountry: gb\n")
            .file(
                "content/statements/uk-backs-rutte.md",
                "---\ndate: 2024-02-22\nactor: uk-official\ncandidate: mark-rutte\nstance: supports\n---\n");
  }

  /** Parses stdout as exactly one JSON value, failing on anything before or after it. */
  private static JsonNode onlyJson(Run run) throws IOException {
    try (JsonParser parser = MAPPER.createParser(run.out())) {
      JsonNode json = MAPPER.readTree(parser);
      assertThat(parser.nextToken()).as("nothing after the JSON object").isNull();
      assertThat(json.isObject()).isTrue();
      return json;
    }
  }

  @Test
  void aGoodSiteIsOkWithNoDiagnostics() throws IOException {
    Run run = site.run("check", "--format", "json");
    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    JsonNode json = onlyJson(run);
    List<String> keys = new ArrayList<>();
    json.fieldNames().forEachRemaining(keys::add);
    assertThat(keys).containsExactly("ok", "errors", "warnings", "diagnostics", "entries");
    assertThat(json.get("ok").booleanValue()).isTrue();
    assertThat(json.get("errors").intValue()).isZero();
    assertThat(json.get("warnings").intValue()).isZero();
    assertThat(json.get("diagnostics").isArray()).isTrue();
    assertThat(json.get("diagnostics")).isEmpty();
    assertThat(json.get("entries").intValue()).isEqualTo(5);
  }

  @Test
  void aBrokenSiteListsEveryDiagnosticWithItsPositionAndStatusOne() throws IOException {
    site.file("content/statements/uk-backs-rutte.md", "---\ndate: 2024-02-30\nactor: mark-rute\n---\n");
    Run run = site.run("check", "--format", "json");
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).isEmpty();
    JsonNode json = onlyJson(run);
    assertThat(json.get("ok").booleanValue()).isFalse();
    assertThat(json.get("errors").intValue()).isEqualTo(2);
    assertThat(json.get("warnings").intValue()).isZero();
    assertThat(json.get("diagnostics")).hasSize(2);

    JsonNode date = json.at("/diagnostics/0");
    List<String> keys = new ArrayList<>();
    date.fieldNames().forEachRemaining(keys::add);
    assertThat(keys).containsExactly("file", "line", "column", "severity", "message", "hint");
    assertThat(date.get("file").textValue()).isEqualTo("content/statements/uk-backs-rutte.md");
    assertThat(date.get("line").intValue()).isEqualTo(2);
    assertThat(date.get("column").intValue()).isEqualTo(7);
    assertThat(date.get("severity").textValue()).isEqualTo("error");
    assertThat(date.get("message").textValue()).isEqualTo("no such date: 2024-02-30");
    assertThat(date.get("hint").textValue()).isEqualTo("check the month and the day");

    JsonNode actor = json.at("/diagnostics/1");
    assertThat(actor.get("line").intValue()).isEqualTo(3);
    assertThat(actor.get("column").intValue()).isEqualTo(8);
    assertThat(actor.get("message").textValue()).isEqualTo("unknown actor 'mark-rute'");
    assertThat(actor.get("hint").textValue()).isEqualTo("did you mean 'mark-rutte'?");
  }

  @Test
  void aProblemWithTheWholeFileHasNoLineOrColumn() throws IOException {
    site.file("content/stray.txt", "not content");
    Run run = site.run("check", "--format", "json");
    assertThat(run.status()).isEqualTo(1);
    JsonNode stray = onlyJson(run).at("/diagnostics/0");
    assertThat(stray.get("file").textValue()).isEqualTo("content/stray.txt");
    assertThat(stray.get("line").isNull()).isTrue();
    assertThat(stray.get("column").isNull()).isTrue();
    assertThat(stray.get("message").textValue()).isEqualTo("not a content file");
  }

  @Test
  void aDiagnosticWithoutHintHasHintNull() throws IOException {
    // Every problem a site can have comes with a hint (issue 7), so the diagnostic without one is made here.
    Diagnostics diagnostics = new Diagnostics();
    diagnostics.add(Diagnostic.error(SourcePos.at("content/actors/x.yaml", 3, 12), "a problem without a hint", null));
    StringWriter out = new StringWriter();
    Report.json(new BuildResult(diagnostics, (file, line) -> null, 1, 0, Duration.ZERO, null, Map.of()),
        new PrintWriter(out, true));
    JsonNode d = onlyJson(new Run(1, out.toString(), "")).at("/diagnostics/0");
    assertThat(d.get("message").textValue()).isEqualTo("a problem without a hint");
    assertThat(d.get("hint").isNull()).isTrue();
    assertThat(d.get("line").intValue()).isEqualTo(3);
  }

  @Test
  void textIsTheDefaultAndCanBeAskedFor() {
    site.file("content/actors/x.yaml", "name: X\n");
    Run byDefault = site.run("check");
    Run text = site.run("check", "--format", "text");
    assertThat(text.status()).isEqualTo(byDefault.status()).isEqualTo(1);
    assertThat(text.err()).isEqualTo(byDefault.err()).contains("missing required field 'kind'");
    assertThat(text.out()).isEmpty();
  }

  @Test
  void anUnknownFormatIsWrongUsage() {
    Run run = site.run("check", "--format", "xml");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("expected text or json, found 'xml'");
  }

  @Test
  void quietAndVerboseAddNothingToTheJson() throws IOException {
    Run run = site.run("check", "--format", "json", "--verbose");
    assertThat(run.status()).isZero();
    assertThat(onlyJson(run).get("ok").booleanValue()).isTrue();
  }
}
