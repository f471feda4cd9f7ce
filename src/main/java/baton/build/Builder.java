package baton.build;

import baton.content.ContentLoader;
import baton.content.Limits;
import baton.content.Loaded;
import baton.derive.Derived;
import baton.diag.Diagnostics;
import baton.diag.SourcePos;
import baton.model.Site;
import baton.render.OutputFile;
import baton.render.RenderException;
import baton.render.Renderer;
import baton.render.TemplateSource;
import baton.site.OutputCheck;
import baton.site.PublishException;
import baton.site.SiteWriter;
import baton.validate.Validation;
import baton.validate.Validator;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs the stages in order: load, validate, derive, render, check, write. Each stage only starts when the ones
 * before found no error, so that a broken site reports every content problem at once and writes nothing.
 */
public final class Builder {

  private final ContentLoader loader = new ContentLoader(Limits.defaults());
  private final Validator validator = new Validator();
  private final Renderer renderer = new Renderer();
  private final SiteWriter writer = new SiteWriter();

  /** Loads, validates and derives; writes nothing. */
  public BuildResult check(BuildOptions options) {
    Run run = new Run();
    Loaded loaded = run.time("load", () -> loader.load(options.siteDir(), run.diagnostics));
    validateAndDerive(run, loaded, options);
    return run.result(loaded, 0, null);
  }

  /** Everything {@link #check} does, then renders, checks the pages and swaps the output in. */
  public BuildResult build(BuildOptions options) {
    Run run = new Run();
    Diagnostics diagnostics = run.diagnostics;
    Loaded loaded = run.time("load", () -> loader.load(options.siteDir(), diagnostics));
    Optional<Validated> validated = validateAndDerive(run, loaded, options);
    if (validated.isEmpty() || diagnostics.hasErrors()) {
      return run.result(loaded, 0, null);
    }
    TemplateSource templates = new TemplateSource(options.siteDir().resolve("templates"));
    List<OutputFile> files;
    try {
      files = run.time("render", () -> renderer.render(validated.get().site(), validated.get().derived(), templates));
    } catch (RenderException e) {
      diagnostics.error(
          e.line() > 0 ? SourcePos.at(e.template(), e.line(), e.column()) : SourcePos.wholeFile(e.template()),
          e.getMessage(),
          "fix the template, or delete it from templates/ to use the built-in one");
      return run.result(loaded, 0, null);
    }
    Path assets = options.siteDir().resolve("assets");
    try {
      Set<String> assetPaths = writer.assetPaths(assets);
      for (OutputCheck.Problem p : run.time("check", () -> OutputCheck.check(files, assetPaths))) {
        diagnostics.error(
            SourcePos.wholeFile(p.page()), p.message(),
            "the page is made by a template: fix the template or the content it shows");
      }
      if (diagnostics.hasErrors()) {
        return run.result(loaded, 0, null);
      }
      long start = System.nanoTime();
      int written = writer.publish(options.siteDir(), options.outDir(), files, assets);
      run.stages.put("write", Duration.ofNanos(System.nanoTime() - start));
      return run.result(loaded, written, null);
    } catch (PublishException e) {
      return run.result(loaded, 0, e.getMessage());
    }
  }

  private Optional<Validated> validateAndDerive(Run run, Loaded loaded, BuildOptions options) {
    // Files that failed to load are missing from the entries: their ids would be reported unknown wherever they are
    // used, so references are only checked when everything loaded. The other checks still run, for one full report.
    boolean loadedAll = !run.diagnostics.hasErrors();
    Validation validation =
        run.time("validate", () -> validator.validate(loaded.entries(), options.drafts(), loadedAll, run.diagnostics));
    Optional<Site> site = validation.site();
    if (!loadedAll || site.isEmpty()) {
      return Optional.empty();
    }
    Derived derived = run.time("derive", () -> Derived.of(site.get()));
    return Optional.of(new Validated(site.get(), derived));
  }

  /** One build's diagnostics and stage times. */
  private static final class Run {

    final Diagnostics diagnostics = new Diagnostics();
    final Map<String, Duration> stages = new LinkedHashMap<>();
    final long start = System.nanoTime();

    <T> T time(String stage, Supplier<T> work) {
      long t = System.nanoTime();
      try {
        return work.get();
      } finally {
        stages.merge(stage, Duration.ofNanos(System.nanoTime() - t), Duration::plus);
      }
    }

    BuildResult result(Loaded loaded, int written, String writeError) {
      return new BuildResult(
          diagnostics, loaded.sources()::line, loaded.entries().size(), written,
          Duration.ofNanos(System.nanoTime() - start), writeError, Collections.unmodifiableMap(new LinkedHashMap<>(stages)));
    }
  }
}
