package baton.build;

import baton.content.ContentLoader;
import baton.content.EntryType;
import baton.content.Limits;
import baton.content.LoadCache;
import baton.content.Loaded;
import baton.derive.Derived;
import baton.diag.Diagnostics;
import baton.diag.SourcePos;
import baton.model.Site;
import baton.render.MarkdownAhead;
import baton.render.OutputFile;
import baton.render.RenderException;
import baton.render.Renderer;
import baton.render.TemplateSource;
import baton.render.Urls;
import baton.site.OutputCheck;
import baton.site.PublishException;
import baton.site.SiteWriter;
import baton.validate.Validation;
import baton.validate.Validator;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Runs the stages in order: load, validate, derive, then render, where each file is checked and written into a
 * staged output as soon as it is made, and write, which swaps the staged output in. Each stage only starts when the
 * ones before found no error, so that a broken site reports every content problem at once and writes nothing.
 */
public final class Builder {

  private final ContentLoader loader = new ContentLoader(Limits.defaults());
  private final Validator validator;
  private final Renderer renderer = new Renderer();
  private final SiteWriter writer = new SiteWriter();
  private final LoadCache cache;

  public Builder() {
    this(null);
  }

  /**
   * A builder that reads only the files changed since its last load, and converts only their statements again
   * ({@code baton serve}'s); with a null cache, one that reads and converts everything each time.
   */
  Builder(LoadCache cache) {
    this.cache = cache;
    this.validator = cache == null ? new Validator() : Validator.remembering();
  }

  /**
   * Everything {@link #build} does but writing: loads, validates and derives, then renders every file and checks it as
   * a build would (links, script, templates, assets), and lets it go. A site passes {@code check} exactly when it
   * builds. The output folder is only looked at, as a build would before writing (may it be replaced?): not written,
   * not locked.
   */
  public BuildResult check(BuildOptions options) {
    Run run = new Run();
    Loaded loaded = load(run, options);
    try (MarkdownAhead ahead = renderer.ahead()) {
      return published(run, loaded, options, false, ahead, false).result();
    }
  }

  /** Everything {@link #check} does, then renders, checks the pages and swaps the output in. */
  public BuildResult build(BuildOptions options) {
    return published(options, false).result();
  }

  /**
   * A whole build, and what it published: the path of every file it wrote with a digest of its bytes (see
   * {@link LiveBuilder#digest}; none unless asked for), and the assets copied beside them (none on failure).
   */
  record Published(BuildResult result, Map<String, Long> digests, Set<String> assetPaths) {}

  /**
   * {@link #build}, telling what was published ({@code baton serve} then knows what its output folder holds).
   *
   * <p>Each file is checked and written into the staged output as soon as it is rendered, on the thread that
   * rendered it, and then let go: a large site is never held in memory whole. Any problem, in any file, and the
   * staged output is removed; the previous output stays as it was.
   */
  Published published(BuildOptions options, boolean digests) {
    Run run = new Run();
    Loaded loaded = load(run, options);
    // Deriving and preparing the pages take one core: the other renders Markdown bodies meanwhile.
    try (MarkdownAhead ahead = renderer.ahead()) {
      return published(run, loaded, options, digests, ahead, true);
    }
  }

  /** With {@code write} false, every file is made and checked, and none written ({@link #check}). */
  private Published published(
      Run run, Loaded loaded, BuildOptions options, boolean digests, MarkdownAhead ahead, boolean write) {
    Optional<Validated> validated = prepare(run, loaded, options, ahead::start);
    if (validated.isEmpty()) {
      return nothing(run.result(loaded, 0, null));
    }
    Site site = validated.get().site();
    TemplateSource templates = new TemplateSource(options.siteDir().resolve("templates"));
    // The pass reads the templates, and makes the files beside the pages: failures there are the templates'.
    Optional<Renderer.Pass> pass =
        render(run, options.siteDir(), () -> renderer.start(site, validated.get().derived(), templates, ahead));
    Optional<List<String>> paths = pass.flatMap(p -> render(run, options.siteDir(), p::outputPaths));
    if (paths.isEmpty()) {
      return nothing(run.result(loaded, 0, null));
    }
    Path assets = options.siteDir().resolve("assets");
    try {
      Set<String> assetPaths = writer.assetPaths(assets);
      OutputCheck.Targets targets = OutputCheck.targets(paths.get(), assetPaths);
      SiteFolders.checkAssetCollisions(assetPaths, paths.get(), run.diagnostics);
      SiteFolders.checkParamFiles(loaded.entries(), targets, templates, run.diagnostics);
      if (run.diagnostics.hasErrors()) {
        return nothing(run.result(loaded, 0, null));
      }
      if (!write && options.outDir() != null) {
        writer.checkOutputFolder(options.siteDir(), options.outDir()); // what stage checks, without the lock
      }
      // check renders and checks every file as a build does, into no staged output
      SiteWriter.Staged stage = write ? writer.stage(options.siteDir(), options.outDir(), assets, assetPaths) : null;
      try (SiteWriter.Staged staged = stage) {
        Optional<List<Made>> made = renderInto(run, options, pass.get(), staged, targets, digests);
        if (made.isEmpty()
            || !report(run, options, site, OutputCheck.inFileOrder(made.get().stream().map(Made::problems).toList()))
            || staged == null) {
          return nothing(run.result(loaded, 0, null));
        }
        long start = System.nanoTime();
        int written = staged.commit();
        run.stages.put("write", Duration.ofNanos(System.nanoTime() - start));
        Map<String, Long> published = new HashMap<>(2 * made.get().size());
        made.get().forEach(m -> published.put(m.path(), m.digest()));
        return new Published(run.result(loaded, written, null), published, assetPaths);
      }
    } catch (PublishException e) {
      return nothing(run.result(loaded, 0, e.getMessage()));
    }
  }

  /**
   * Renders every file of the pass, each checked and, when clean, written into {@code staged} (when not null) by the
   * thread that made it; none after reporting a template problem.
   */
  private static Optional<List<Made>> renderInto(
      Run run,
      BuildOptions options,
      Renderer.Pass pass,
      SiteWriter.Staged staged,
      OutputCheck.Targets targets,
      boolean digests)
      throws PublishException {
    try {
      return render(run, options.siteDir(), () -> pass.all(() -> false, true, f -> {
        try {
          List<OutputCheck.Problem> problems = OutputCheck.checkOne(f, targets);
          if (problems.isEmpty() && staged != null) {
            staged.write(f);
          }
          return new Made(f.path(), digests ? LiveBuilder.digest(f.bytes()) : 0, problems);
        } catch (RuntimeException e) {
          throw new AfterRendering(e); // a failure to write, or Baton's own: never the templates'
        }
      }));
    } catch (AfterRendering e) {
      if (staged != null && e.getCause() instanceof SiteWriter.Staged.WriteFailed failed) {
        throw staged.failure(failed);
      }
      throw (RuntimeException) e.getCause();
    }
  }

  /** A failure in checking or writing a rendered file, passed through {@link #render} as it is. */
  private static final class AfterRendering extends RuntimeException {
    private static final long serialVersionUID = 1L;

    AfterRendering(RuntimeException cause) {
      super(cause);
    }
  }

  /** One file a build made, once written: its path, its digest (or 0) and what the output check found in it. */
  private record Made(String path, long digest, List<OutputCheck.Problem> problems) {}

  private static Published nothing(BuildResult result) {
    return new Published(result, Map.of(), Set.of());
  }

  Renderer renderer() {
    return renderer;
  }

  SiteWriter writer() {
    return writer;
  }

  Loaded load(Run run, BuildOptions options) {
    return load(run, options, null);
  }

  /** Loads, told which files changed since the last load (paths from the site folder), or null when not known. */
  Loaded load(Run run, BuildOptions options, Collection<String> changed) {
    return run.time("load", () -> loader.load(options.siteDir(), run.diagnostics, cache, changed));
  }

  /** Validated and derived content ready to render, or none when the site has errors (reported in {@code run}). */
  Optional<Validated> prepare(Run run, Loaded loaded, BuildOptions options) {
    return prepare(run, loaded, options, site -> {});
  }

  /** {@link #prepare}, handing the site to {@code validated} as soon as it is valid, before it is derived. */
  private Optional<Validated> prepare(Run run, Loaded loaded, BuildOptions options, Consumer<Site> validated) {
    Optional<Validated> result = validateAndDerive(run, loaded, options, validated);
    SiteFolders.checkTemplateLinks(options.siteDir(), run.diagnostics);
    return run.diagnostics.hasErrors() ? Optional.empty() : result;
  }

  /**
   * Checks rendered files before they are written (see {@link OutputCheck}), reporting each problem against the file
   * the user edits where there is one; true when there were none. {@code targets}, when not null, tells which paths
   * the whole output has, for checking some of its files only; otherwise {@code files} are all of them.
   */
  boolean checkOutput(
      Run run, BuildOptions options, Site site, List<OutputFile> files, Set<String> assetPaths, Predicate<String> targets) {
    return checkOutput(run, options, site, files, assetPaths, targets, () -> false);
  }

  /** {@link #checkOutput}, asking {@code stop} before each page (see {@link OutputCheck#check}). */
  boolean checkOutput(
      Run run,
      BuildOptions options,
      Site site,
      List<OutputFile> files,
      Set<String> assetPaths,
      Predicate<String> targets,
      BooleanSupplier stop) {
    Diagnostics diagnostics = run.diagnostics;
    if (targets == null) {
      SiteFolders.checkAssetCollisions(assetPaths, files.stream().map(OutputFile::path).toList(), diagnostics);
    }
    List<OutputCheck.Problem> problems = run.time("check",
        () -> targets == null ? OutputCheck.check(files, assetPaths, stop) : OutputCheck.checkSome(files, targets::test));
    return report(run, options, site, problems);
  }

  /** Reports the output check's problems (see {@link #checkOutput}); true when there were no errors at all. */
  private static boolean report(Run run, BuildOptions options, Site site, List<OutputCheck.Problem> problems) {
    Diagnostics diagnostics = run.diagnostics;
    if (problems.isEmpty()) {
      return !diagnostics.hasErrors();
    }
    Set<String> overrides = SiteFolders.templateOverrides(options.siteDir());
    Map<String, String> sources = sourceFiles(site);
    for (OutputCheck.Problem p : problems) {
      String source = sources.get(p.page());
      if (p.message().startsWith("a link") && source != null) {
        // Most likely a link in the entry's Markdown body: point at the file the user edits.
        diagnostics.error(SourcePos.wholeFile(source), "its page " + p.page() + " has " + p.message(),
            outputHint(p, overrides));
      } else {
        diagnostics.error(SourcePos.wholeFile(p.page()), p.message(), outputHint(p, overrides));
      }
    }
    return !diagnostics.hasErrors();
  }

  /**
   * The rendered files, or none after reporting why. Templates are untrusted like content: besides a template error
   * Thymeleaf can place, a site's templates can make rendering fail in ways it cannot place (a template inserting
   * itself without end, a label that is not a valid message pattern). Those are reported against templates/ when the
   * site has its own; with the built-in templates alone they are Baton's bugs, and left to surface as such.
   */
  static <T> Optional<T> render(Run run, Path siteDir, Supplier<T> rendering) {
    Diagnostics diagnostics = run.diagnostics;
    try {
      return Optional.of(run.time("render", rendering));
    } catch (Renderer.Stopped | AfterRendering e) {
      throw e;
    } catch (RenderException e) {
      diagnostics.error(
          e.line() > 0 ? SourcePos.at(e.template(), e.line(), e.column()) : SourcePos.wholeFile(e.template()),
          e.getMessage(),
          "fix the template, or delete it from templates/ to use the built-in one");
    } catch (StackOverflowError e) {
      if (!SiteFolders.changesTemplates(siteDir)) {
        throw e;
      }
      diagnostics.error(SourcePos.wholeFile("templates"), "the templates insert one another without end",
          "a template inserts itself, directly or through another: check th:insert, th:replace and th:include");
    } catch (RuntimeException e) {
      if (!SiteFolders.changesTemplates(siteDir)) {
        throw e;
      }
      diagnostics.error(SourcePos.wholeFile("templates"), "the site's templates cannot be used: " + words(e),
          "one of the files in templates/ is broken, such as a label in templates/i18n/*.properties with an unmatched"
              + " '{'; move them out one at a time to find it");
    }
    return Optional.empty();
  }

  /** An exception's message as words for the user: no class names, no final period. */
  private static String words(RuntimeException e) {
    String m = e.getMessage() == null ? "rendering failed" : e.getMessage().strip().lines().findFirst().orElse("");
    m = m.replaceAll("\\b(?:java|javax|org|com)\\.[\\w.$]+: ?", "");
    m = m.endsWith(".") ? m.substring(0, m.length() - 1) : m;
    return m.isEmpty() ? "rendering failed" : Character.toLowerCase(m.charAt(0)) + m.substring(1);
  }

  /**
   * The content file each entry page is made from, by the page's path; for actors, countries and offices only when
   * they have a Markdown body (their files cannot be in sub-folders, and only a {@code .md} file has a body).
   */
  private static Map<String, String> sourceFiles(Site site) {
    Map<String, String> sources = new HashMap<>();
    site.statements().forEach(s -> sources.put(Urls.statement(s.id()), s.file()));
    site.events().forEach(e -> sources.put(Urls.event(e.id()), e.file()));
    site.pages().forEach(p -> sources.put(Urls.page(p.id()), p.file()));
    site.actors().stream().filter(a -> hasBody(a.markdown()))
        .forEach(a -> sources.put(Urls.actor(a.id()), bodyFile(EntryType.ACTOR, a.id())));
    site.countries().stream().filter(c -> hasBody(c.markdown()))
        .forEach(c -> sources.put(Urls.country(c.id()), bodyFile(EntryType.COUNTRY, c.id())));
    site.offices().stream().filter(o -> hasBody(o.markdown()))
        .forEach(o -> sources.put(Urls.office(o.id()), bodyFile(EntryType.OFFICE, o.id())));
    return sources;
  }

  private static boolean hasBody(String markdown) {
    return markdown != null && !markdown.isBlank();
  }

  private static String bodyFile(EntryType type, String id) {
    return "content/" + type.folder() + "/" + id + ".md";
  }

  /** What to do about a problem in a generated page, depending on what can have put it there. */
  private static String outputHint(OutputCheck.Problem p, Set<String> overrides) {
    if (p.message().startsWith("a link")) {
      return "fix the link in the Markdown body or in the template that makes the page; a relative link in a body"
          + " starts from the page's own folder";
    }
    if (overrides.isEmpty()) {
      return "content cannot put this in a page through the built-in templates: please report it as a bug in Baton";
    }
    return "this site's own templates made the page (" + String.join(", ", overrides) + "): remove it from them,"
        + " and print content only with th:text, never th:utext";
  }

  private Optional<Validated> validateAndDerive(Run run, Loaded loaded, BuildOptions options, Consumer<Site> validated) {
    // Files that failed to load are missing from the entries; every check still runs on the others, for one full
    // report, and a reference to a file that failed is left to that file's own error. Only when the walk itself could
    // not look at some files (a link, a misplaced folder), whose ids are not known, are references not checked.
    boolean loadedAll = !run.diagnostics.hasErrors();
    Validation validation = run.time("validate", () -> validator.validate(
        loaded.entries(), options.drafts(), loaded.walkedAll(), loaded.unreadable(), run.diagnostics));
    Optional<Site> site = validation.site();
    if (!loadedAll || site.isEmpty()) {
      return Optional.empty();
    }
    validated.accept(site.get());
    Derived derived = run.time("derive", () -> Derived.of(site.get()));
    return Optional.of(new Validated(site.get(), derived));
  }

  /** One build's diagnostics and stage times. */
  static final class Run {

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
