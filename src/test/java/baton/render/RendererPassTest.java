package baton.render;

import static org.assertj.core.api.Assertions.assertThat;

import baton.content.ContentLoader;
import baton.content.Limits;
import baton.content.Loaded;
import baton.derive.Derived;
import baton.diag.Diagnostics;
import baton.model.Site;
import baton.render.pages.SmallRace;
import baton.testing.TestSite;
import baton.validate.Validator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build checks and writes each file as soon as it is made ({@code Builder}), so the paths of the whole output
 * must be known before any file is: {@link Renderer.Pass#outputPaths} names exactly the files that
 * {@link Renderer.Pass#all} makes, in its order.
 */
class RendererPassTest {

  @TempDir Path dir;

  @Test
  void outputPathsNameEveryFileOfTheExampleInOrder() {
    assertPathsKnownBeforehand(Path.of("").toAbsolutePath());
  }

  @Test
  void outputPathsNameEveryFileOfASiteWithoutAddressWithItsOwnStylesheet() {
    TestSite site = SmallRace.write(dir, "en");
    site.file("content/site.yaml", "title: Small race\nasOf: 2024-06-30\n");
    site.file("templates/baton.css", "");
    assertPathsKnownBeforehand(site.root());
  }

  @Test
  void theSinkSeesEachFileOnceAndItsResultsKeepTheOrder() {
    Renderer.Pass pass = pass(SmallRace.write(dir, "en").root());
    List<String> seen = Collections.synchronizedList(new ArrayList<>());
    List<Integer> sizes = pass.all(() -> false, true, f -> {
      seen.add(f.path());
      return f.bytes().length;
    });
    List<OutputFile> files = pass.all(() -> false);
    assertThat(seen).containsExactlyInAnyOrderElementsOf(files.stream().map(OutputFile::path).toList());
    assertThat(sizes).containsExactlyElementsOf(files.stream().map(f -> f.bytes().length).toList());
  }

  @Test
  void aBuildStartsTheFilesBesideThePagesThenTheOfficesPagesThenTheOthersInOrder() throws Exception {
    Renderer.Pass pass = pass(Path.of("").toAbsolutePath());
    List<String> pages = pass.pagePaths();
    List<String> beside = pass.outputPaths().subList(pages.size(), pass.outputPaths().size());
    List<String> offices = pages.stream().filter(p -> p.startsWith("offices/")).toList();
    assertThat(offices).isNotEmpty();
    List<String> started = new ArrayList<>();
    // On one thread, files are made in the order they are started.
    List<String> made = new ForkJoinPool(1).submit(() -> pass.all(() -> false, true, f -> {
      started.add(f.path());
      return f.path();
    })).get();

    assertThat(made).containsExactlyElementsOf(pass.outputPaths());
    List<String> expected = new ArrayList<>(beside);
    expected.addAll(offices);
    pages.stream().filter(p -> !offices.contains(p)).forEach(expected::add);
    assertThat(started).containsExactlyElementsOf(expected);
  }

  private void assertPathsKnownBeforehand(Path siteDir) {
    Renderer.Pass pass = pass(siteDir);
    List<String> made = pass.all(() -> false, true, OutputFile::path);
    assertThat(made).hasSizeGreaterThan(5);
    assertThat(pass.outputPaths()).containsExactlyElementsOf(made);
  }

  private static Renderer.Pass pass(Path siteDir) {
    Diagnostics diagnostics = new Diagnostics();
    Loaded loaded = new ContentLoader(Limits.defaults()).load(siteDir, diagnostics);
    Site site = new Validator().validate(loaded.entries(), false, diagnostics).site().orElse(null);
    assertThat(diagnostics.hasErrors()).as("the site is valid: %s", diagnostics.sorted()).isFalse();
    return new Renderer().start(site, Derived.of(site), new TemplateSource(siteDir.resolve("templates")));
  }
}
