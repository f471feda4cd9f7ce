package baton.build;

import baton.content.ContentLoader;
import baton.content.Limits;
import baton.content.Loaded;
import baton.derive.Derived;
import baton.diag.Diagnostics;
import baton.model.Site;
import baton.diag.SourcePos;
import baton.render.OutputFile;
import baton.render.RenderException;
import baton.render.TemplateSource;
import baton.render.Renderer;
import baton.site.OutputCheck;
import baton.site.PublishException;
import baton.site.SiteWriter;
import baton.validate.Validation;
import baton.validate.Validator;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Runs the stages in order. Each stage only starts when the one before found no error, so that a broken site
 * reports every content problem at once and writes nothing.
 */
public final class Builder {

  private final ContentLoader loader = new ContentLoader(Limits.defaults());
  private final Validator validator = new Validator();
  private final Renderer renderer = new Renderer();
  private final SiteWriter writer = new SiteWriter();

  /** Loads, validates and derives; writes nothing. */
  public BuildResult check(BuildOptions options) {
    long start = System.nanoTime();
    Diagnostics diagnostics = new Diagnostics();
    Loaded loaded = loader.load(options.siteDir(), diagnostics);
    validateAndDerive(loaded, options, diagnostics);
    return new BuildResult(
        diagnostics, loaded.sources()::line, loaded.entries().size(), 0, since(start), null);
  }

  /** Everything {@link #check} does, then renders and swaps the output in. */
  public BuildResult build(BuildOptions options) {
    long start = System.nanoTime();
    Diagnostics diagnostics = new Diagnostics();
    Loaded loaded = loader.load(options.siteDir(), diagnostics);
    Optional<Validated> derived = validateAndDerive(loaded, options, diagnostics);
    if (derived.isEmpty() || diagnostics.hasErrors()) {
      return new BuildResult(diagnostics, loaded.sources()::line, loaded.entries().size(), 0, since(start), null);
    }
    TemplateSource templates = new TemplateSource(options.siteDir().resolve("templates"));
    List<OutputFile> files;
    try {
      files = renderer.render(derived.get().site(), derived.get().derived(), templates);
    } catch (RenderException e) {
      diagnostics.error(
          e.line() > 0 ? SourcePos.at(e.template(), e.line(), e.column()) : SourcePos.wholeFile(e.template()),
          e.getMessage(),
          "fix the template, or delete it from templates/ to use the built-in one");
      return new BuildResult(diagnostics, loaded.sources()::line, loaded.entries().size(), 0, since(start), null);
    }
    Path assets = options.siteDir().resolve("assets");
    try {
      for (OutputCheck.Problem p : OutputCheck.check(files, writer.assetPaths(assets))) {
        diagnostics.error(SourcePos.wholeFile(p.page()), p.message(), "the page is made by a template: fix the template or the content it shows");
      }
      if (diagnostics.hasErrors()) {
        return new BuildResult(diagnostics, loaded.sources()::line, loaded.entries().size(), 0, since(start), null);
      }
      int written = writer.publish(options.siteDir(), options.outDir(), files, assets);
      return new BuildResult(
          diagnostics, loaded.sources()::line, loaded.entries().size(), written, since(start), null);
    } catch (PublishException e) {
      return new BuildResult(
          diagnostics, loaded.sources()::line, loaded.entries().size(), 0, since(start), e.getMessage());
    }
  }

  private Optional<Validated> validateAndDerive(Loaded loaded, BuildOptions options, Diagnostics diagnostics) {
    // Files that failed to load are missing from the entries: their ids would be reported unknown wherever they are
    // used, so references are only checked when everything loaded. The other checks still run, for one full report.
    boolean loadedAll = !diagnostics.hasErrors();
    Validation validation = validator.validate(loaded.entries(), options.drafts(), loadedAll, diagnostics);
    Optional<Site> site = validation.site();
    return loadedAll ? site.map(s -> new Validated(s, Derived.of(s))) : Optional.empty();
  }

  private static Duration since(long startNanos) {
    return Duration.ofNanos(System.nanoTime() - startNanos);
  }
}
