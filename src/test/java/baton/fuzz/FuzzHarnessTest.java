package baton.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import baton.build.BuildOptions;
import baton.build.BuildResult;
import baton.build.Builder;
import baton.diag.Diagnostic;
import baton.diag.SourcePos;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The fuzz tests' own parts, so that a fuzzing run that finds nothing means the code under test held. */
class FuzzHarnessTest {

  private static final Builder BUILDER = new Builder();

  @TempDir Path dir;

  @Test
  void theBaseSiteChecksWithoutAProblemAndReachesTheRace() {
    FuzzSite site = FuzzSite.writeTo(dir);

    BuildResult result = BUILDER.check(new BuildOptions(site.dir(), null, false));

    assertThat(result.diagnostics().sorted()).isEmpty();
    assertThat(result.entries()).isEqualTo(FuzzSite.BASE.size());
    assertThat(result.stages()).containsKey("derive");
  }

  /** Seeds are valid content, so that fuzzing starts from inputs that get through validation to the derive stage. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void everySeedChecksWithoutAProblem(String name) throws IOException {
    SiteArchive archive = SiteArchive.parse(Files.readAllBytes(seedsFolder().resolve(name)));
    FuzzSite site = FuzzSite.writeTo(dir);
    FuzzSite.Overlay overlay = site.overlay(archive.files());

    BuildResult result = BUILDER.check(new BuildOptions(site.dir(), null, archive.drafts()));
    overlay.close();

    assertThat(archive.files()).isNotEmpty();
    assertThat(result.diagnostics().sorted()).isEmpty();
    assertThat(result.stages()).containsKey("derive");
  }

  static Stream<String> seeds() throws IOException {
    try (Stream<Path> files = Files.list(seedsFolder())) {
      return files.map(p -> p.getFileName().toString()).sorted().toList().stream();
    }
  }

  private static Path seedsFolder() {
    try {
      return Path.of(SiteFuzzTest.class.getResource("SiteFuzzTestInputs/site/seeds").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void anArchiveIsReadAsItsFilesBytesAsTheyAre() {
    SiteArchive archive = SiteArchive.parse(bytes("""
        what it is about
        --drafts
        -- content/actors/a.yaml --
        name: A
        -- content/pages/b.md --\r
        ---\r
        title: B"""));

    assertThat(archive.drafts()).isTrue();
    assertThat(archive.files()).containsOnlyKeys("content/actors/a.yaml", "content/pages/b.md");
    assertThat(text(archive.files().get("content/actors/a.yaml"))).isEqualTo("name: A\n");
    assertThat(text(archive.files().get("content/pages/b.md"))).isEqualTo("---\r\ntitle: B");
  }

  @Test
  void filesOutsideTheSiteAndFilesPastTheEighthAreLeftOut() {
    StringBuilder input = new StringBuilder("""
        -- ../escape.yaml --
        -- content/../x.yaml --
        -- /etc/passwd --
        -- content/.hidden --
        -- templates/page.html --
        """);
    for (int i = 1; i <= 9; i++) {
      input.append("-- content/actors/a").append(i).append(".yaml --\nname: A\n");
    }

    SiteArchive archive = SiteArchive.parse(bytes(input.toString()));

    assertThat(archive.drafts()).isFalse();
    assertThat(archive.files().keySet()).containsExactly("content/actors/a1.yaml", "content/actors/a2.yaml",
        "content/actors/a3.yaml", "content/actors/a4.yaml", "content/actors/a5.yaml", "content/actors/a6.yaml",
        "content/actors/a7.yaml", "content/actors/a8.yaml");
  }

  @Test
  void anOverlayIsUndoneWhateverItWrote() throws IOException {
    FuzzSite site = FuzzSite.writeTo(dir);
    Map<String, String> before = tree(dir);
    SiteArchive archive = SiteArchive.parse(bytes("""
        -- content/site.yaml --
        title: Replaced
        -- content/statements/2024/new/deep.md --
        new
        -- content/statements --
        a file where a folder is
        -- content/site.yaml/under-a-file.yaml --
        a file under a file
        -- content/notes --
        -- content/notes/x.md --
        -- jbake.properties --
        site.host=x
        """));

    FuzzSite.Overlay overlay = site.overlay(archive.files());
    assertThat(Files.readString(dir.resolve("content/site.yaml"))).isEqualTo("title: Replaced\n");
    assertThat(dir.resolve("content/statements/2024/new/deep.md")).hasContent("new\n");
    assertThat(dir.resolve("content/notes")).isRegularFile();
    assertThat(dir.resolve("jbake.properties")).exists();
    overlay.close();

    assertThat(tree(dir)).isEqualTo(before);
  }

  @Test
  void theContractHoldsForAPlainDiagnostic() {
    DiagnosticContract contract = contract("name: x\nkind: y\n");

    assertThatCode(() -> contract.check(error("f.yaml", 2, 7, "'kind' cannot be 'y'"))).doesNotThrowAnyException();
    assertThatCode(() -> contract.check(error("f.yaml", 3, 1, "the file ends too early"))).doesNotThrowAnyException();
    assertThatCode(() -> contract.check(Diagnostic.error(SourcePos.wholeFile("content"), "missing", null)))
        .doesNotThrowAnyException();
  }

  @Test
  void theContractRefusesAnEmptyMessage() {
    assertThatThrownBy(() -> contract("a: b\n").check(error("f.yaml", 1, 1, " ")))
        .isInstanceOf(AssertionError.class).hasMessageContaining("an empty message");
  }

  @Test
  void theContractRefusesJavaInternalsUnlessTheInputHoldsThem() {
    DiagnosticContract contract = contract("a: java.lang.Object\n");

    assertThatThrownBy(() -> contract.check(error("f.yaml", 1, 1, "invalid YAML: java.lang.NullPointerException")))
        .isInstanceOf(AssertionError.class).hasMessageContaining("'java.lang.NullPointerException'");
    assertThatThrownBy(() -> contract.check(error("f.yaml", 1, 1, "invalid YAML: Cannot invoke \"String.length()\"")))
        .isInstanceOf(AssertionError.class).hasMessageContaining("Java internals");
    assertThatThrownBy(() -> contract.check(error("f.yaml", 1, 1, "index 4 out of bounds for length 4")))
        .isInstanceOf(AssertionError.class).hasMessageContaining("Java internals");
    assertThatCode(() -> contract.check(error("f.yaml", 1, 4, "'a' cannot be 'java.lang.Object'")))
        .doesNotThrowAnyException();
  }

  @Test
  void theContractRefusesAPositionOutsideTheFile() {
    DiagnosticContract contract = contract("name: é\r\nkind: y");

    assertThatThrownBy(() -> contract.check(error("f.yaml", 3, 1, "x")))
        .isInstanceOf(AssertionError.class).hasMessageContaining("line 3 in a file of 2 lines");
    assertThatThrownBy(() -> contract.check(error("f.yaml", 1, 9, "x")))
        .isInstanceOf(AssertionError.class).hasMessageContaining("column 9 on a line of 7 characters");
    assertThatThrownBy(() -> contract.check(error("other.yaml", 1, 1, "x")))
        .isInstanceOf(AssertionError.class).hasMessageContaining("a file that the input does not have");
    assertThatCode(() -> contract.check(error("f.yaml", 1, 8, "x"))).doesNotThrowAnyException();
  }

  private static DiagnosticContract contract(String text) {
    return DiagnosticContract.forFiles(Map.of("f.yaml", bytes(text)));
  }

  private static Diagnostic error(String file, int line, int column, String message) {
    return Diagnostic.error(SourcePos.at(file, line, column), message, null);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  /** Every file and folder under {@code root}, with each file's text. */
  private static Map<String, String> tree(Path root) throws IOException {
    Map<String, String> tree = new TreeMap<>();
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.toList()) {
        tree.put(root.relativize(p).toString(), Files.isDirectory(p) ? "/" : Files.readString(p));
      }
    }
    return tree;
  }
}
