package baton.content;

import baton.diag.Diagnostic;
import baton.diag.SourcePos;
import baton.fuzz.DiagnosticContract;
import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Fuzzes the layer under every entry, in memory and so many times faster than a whole site: the bytes of one file are
 * decoded as strict UTF-8, then read both as a {@code .yaml} entry and as a {@code .md} entry (front matter split off,
 * then its YAML). Either a mapping comes back or diagnostics do, never an exception; the diagnostics keep the
 * {@link DiagnosticContract}, and every key and value of a mapping is at a line and column of the file.
 *
 * <p>Without {@code JAZZER_FUZZ} this replays {@code YamlFuzzTestInputs/frontMatterAndYaml/}: seeds from the example
 * site and the findings, each named after what it found.
 */
class YamlFuzzTest {

  private static final String YAML_FILE = "content/actors/fuzz.yaml";
  private static final String MD_FILE = "content/statements/fuzz.md";
  private static final YamlReader YAML = new YamlReader(Limits.defaults());

  @FuzzTest
  @DictionaryFile(resourcePath = "/baton/fuzz/content.dict")
  void frontMatterAndYaml(byte[] input) {
    DiagnosticContract contract = DiagnosticContract.forFiles(Map.of(YAML_FILE, input, MD_FILE, input));
    Utf8.Decoded decoded = Utf8.decode(input, YAML_FILE);
    if (!decoded.ok()) {
      contract.check(decoded.error());
      return;
    }
    String text = decoded.text();
    List<Diagnostic> problems = new ArrayList<>();
    Optional<Mapping> yaml = YAML.read(new YamlText(YAML_FILE, text, 0, false), problems);
    Optional<Mapping> frontMatter = FrontMatter.split(text, MD_FILE, problems)
        .flatMap(front -> YAML.read(new YamlText(MD_FILE, front.yaml(), front.yamlLineOffset(), true), problems));
    contract.check(problems);
    yaml.ifPresent(mapping -> checkPositions(mapping, contract));
    frontMatter.ifPresent(mapping -> checkPositions(mapping, contract));
  }

  /** Every position in the tree, checked as a diagnostic there would be. */
  private static void checkPositions(Node node, DiagnosticContract contract) {
    contract.check(at(node.pos()));
    if (node instanceof Mapping mapping) {
      for (Field field : mapping.fields().values()) {
        contract.check(at(field.keyPos()));
        checkPositions(field.value(), contract);
      }
    } else if (node instanceof Seq seq) {
      seq.items().forEach(item -> checkPositions(item, contract));
    }
  }

  private static Diagnostic at(SourcePos pos) {
    return Diagnostic.error(pos, "a value", null);
  }
}
