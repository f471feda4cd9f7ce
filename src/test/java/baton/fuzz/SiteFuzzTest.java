package baton.fuzz;

import baton.build.BuildOptions;
import baton.build.BuildResult;
import baton.build.Builder;
import baton.diag.DiagnosticPrinter;
import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzes what {@code baton check} runs: loading (walking content/, UTF-8, front matter, YAML, JBake pages), validation
 * and, when the content is valid, the derived views, then every page rendered and checked. Each input is a {@link SiteArchive} of files written over a small
 * valid race ({@link FuzzSite}): a file may replace one of the race's or add one of any type, well-formed or not.
 * Whatever the files hold, the check must come back with a result, never an exception, a hang or a heap exhausted, and
 * every diagnostic must keep the {@link DiagnosticContract}; printing them must work too.
 *
 * <p>Without {@code JAZZER_FUZZ} this replays {@code SiteFuzzTestInputs/site/}: the seeds, files of the example site,
 * and the findings, each named after what it found.
 */
class SiteFuzzTest {

  /** As the command line does, one builder for many checks. */
  private static final Builder BUILDER = new Builder();

  @TempDir Path dir;

  private FuzzSite site;

  @BeforeEach
  void writeBaseSite() {
    site = FuzzSite.writeTo(dir);
  }

  @FuzzTest
  @DictionaryFile(resourcePath = "content.dict")
  void site(byte[] input) {
    SiteArchive archive = SiteArchive.parse(input);
    FuzzSite.Overlay overlay = site.overlay(archive.files());
    BuildResult result;
    try {
      result = BUILDER.check(new BuildOptions(site.dir(), null, archive.drafts()));
    } finally {
      overlay.close();
    }
    Map<String, byte[]> files = new HashMap<>(FuzzSite.BASE);
    files.putAll(archive.files());
    DiagnosticContract.forFiles(files).check(result.diagnostics().sorted());
    new DiagnosticPrinter(result.sourceLines()).print(result.diagnostics());
  }
}
