package baton.build;

import baton.content.Loaded;
import baton.content.LoadCache;
import baton.model.Site;
import baton.render.OutputFile;
import baton.render.Renderer;
import baton.render.TemplateSource;
import baton.render.Urls;
import baton.site.OutputCheck;
import baton.site.PublishException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/**
 * The builds of {@code baton serve}, where an author waits on the page they edit. The first build, and any after a
 * change outside {@code content/} (a template, an asset), is a whole build as {@link Builder#build} does it. After a
 * change in {@code content/} the build comes in two steps:
 *
 * <ol>
 *   <li>{@link #quick}: loads (reading only the files that changed), validates and derives the whole site as
 *       always, then renders, checks and writes only the pages of the changed entries and the pages open in a
 *       browser. Those pages are exactly what a whole build would write for them.
 *   <li>{@link #rest}, then {@link #write}: renders everything, checks it all as a whole build does, and writes the
 *       files whose bytes changed, removing those the site no longer has. It can be stopped for a newer change.
 * </ol>
 *
 * <p>Calls come one at a time (the server's watcher thread, then its finishing thread).
 */
public final class LiveBuilder {

  private final LoadCache cache = new LoadCache();
  private final Builder builder = new Builder(cache);
  /** What the output folder holds now, by path: a digest of each file written by a build; null when unknown. */
  private Map<String, Long> published;

  /** How many content files the last build took from its cache instead of reading them. */
  public int cachedFilesOfLastLoad() {
    return cache.lastHits();
  }

  /** The result of a build that came in two steps, and what its second step needs. */
  public static final class Step {

    private final BuildResult result;
    private final Set<String> written;
    private final Pending pending;

    private Step(BuildResult result, Set<String> written, Pending pending) {
      this.result = result;
      this.written = Set.copyOf(written);
      this.pending = pending;
    }

    public BuildResult result() {
      return result;
    }

    /** The paths written by this step, from the output root; every path when the whole site was written. */
    public Set<String> written() {
      return written;
    }

    /** Whether the rest of the site still has to be rendered ({@link #rest}). */
    public boolean partial() {
      return pending != null;
    }
  }

  /** The second step's work, ready to be written: the files that changed and those to remove. */
  public static final class Rest {

    private final BuildResult failed;
    private final BuildOptions options;
    private final List<OutputFile> changed;
    private final Set<String> removed;
    private final Map<String, Long> digests;
    private final Builder.Run run;
    private final Loaded loaded;

    private Rest(BuildResult failed, BuildOptions options, List<OutputFile> changed, Set<String> removed,
        Map<String, Long> digests, Builder.Run run, Loaded loaded) {
      this.failed = failed;
      this.options = options;
      this.changed = changed;
      this.removed = removed;
      this.digests = digests;
      this.run = run;
      this.loaded = loaded;
    }

    /** The paths this step changes in the output. */
    public Set<String> paths() {
      Set<String> paths = new LinkedHashSet<>(removed);
      changed.forEach(f -> paths.add(f.path()));
      return paths;
    }
  }

  private record Pending(BuildOptions options, Renderer.Pass pass, Site site, Builder.Run run, Loaded loaded) {}

  /**
   * Builds after a change: the paths changed (from the site folder, as the watcher gives them; empty for a whole
   * build) and the pages open in a browser (output paths such as {@code statements/x/index.html}).
   */
  public Step quick(BuildOptions options, Collection<String> changed, Set<String> openPages) {
    if (published == null || changed.isEmpty() || !changed.stream().allMatch(LiveBuilder::isContent)) {
      return whole(options);
    }
    Builder.Run run = new Builder.Run();
    Loaded loaded = builder.load(run, options, changed);
    Optional<Validated> validated = builder.prepare(run, loaded, options);
    if (validated.isEmpty()) {
      return new Step(run.result(loaded, 0, null), Set.of(), null);
    }
    Site site = validated.get().site();
    TemplateSource templates = new TemplateSource(options.siteDir().resolve("templates"));
    Optional<Renderer.Pass> pass =
        Builder.render(run, options.siteDir(), () -> builder.renderer().start(site, validated.get().derived(), templates));
    if (pass.isEmpty()) {
      return new Step(run.result(loaded, 0, null), Set.of(), null);
    }
    Set<String> pagePaths = new HashSet<>(pass.get().pagePaths());
    Set<String> wanted = new LinkedHashSet<>(pagesOf(changed, loaded));
    wanted.addAll(openPages);
    wanted.retainAll(pagePaths);
    Optional<List<OutputFile>> pages = Builder.render(run, options.siteDir(), () -> pass.get().pages(wanted));
    if (pages.isEmpty()) {
      return new Step(run.result(loaded, 0, null), Set.of(), null);
    }
    // Links may point at any file the whole output will have: its pages, the files every build writes, the assets.
    Map<String, Long> before = published;
    try {
      Set<String> assets = builder.writer().assetPaths(options.siteDir().resolve("assets"));
      Predicate<String> targets = path -> before.containsKey(path) || pagePaths.contains(path) || assets.contains(path);
      SiteFolders.checkParamFiles(loaded.entries(), targets::test, templates, run.diagnostics);
      if (run.diagnostics.hasErrors() || !builder.checkOutput(run, options, site, pages.get(), Set.of(), targets)) {
        return new Step(run.result(loaded, 0, null), Set.of(), null);
      }
      List<OutputFile> changedPages = changedFiles(pages.get());
      long start = System.nanoTime();
      builder.writer().update(options.outDir(), changedPages, List.of());
      run.stages.merge("write", Duration.ofNanos(System.nanoTime() - start), Duration::plus);
      changedPages.forEach(f -> published.put(f.path(), digest(f.bytes())));
      Set<String> written = new LinkedHashSet<>();
      changedPages.forEach(f -> written.add(f.path()));
      return new Step(run.result(loaded, changedPages.size(), null), written,
          new Pending(options, pass.get(), site, run, loaded));
    } catch (PublishException e) {
      published = null;
      return new Step(run.result(loaded, 0, e.getMessage()), Set.of(), null);
    }
  }

  /**
   * Renders and checks the whole site after {@link #quick} wrote its first pages; writes nothing. Empty when
   * {@code stop} said to stop (a newer change came).
   */
  public Optional<Rest> rest(Step step, BooleanSupplier stop) {
    Pending p = step.pending;
    if (p == null) {
      throw new IllegalStateException("this build was whole");
    }
    try {
      return Optional.of(rest(p, stop));
    } catch (Renderer.Stopped e) {
      return Optional.empty(); // in rendering, checking or reading digests: each asks stop before each file
    }
  }

  private Rest rest(Pending p, BooleanSupplier stop) {
    Builder.Run run = p.run();
    Optional<List<OutputFile>> files = Builder.render(run, p.options().siteDir(), () -> p.pass().all(stop));
    if (files.isEmpty()) {
      return failed(run, p);
    }
    try {
      Set<String> assetPaths = builder.writer().assetPaths(p.options().siteDir().resolve("assets"));
      SiteFolders.checkParamFiles(p.loaded().entries(),
          OutputCheck.targets(files.get().stream().map(OutputFile::path).toList(), assetPaths),
          new TemplateSource(p.options().siteDir().resolve("templates")), run.diagnostics);
      if (run.diagnostics.hasErrors()
          || !builder.checkOutput(run, p.options(), p.site(), files.get(), assetPaths, null, stop)) {
        return failed(run, p);
      }
    } catch (PublishException e) {
      return new Rest(run.result(p.loaded(), 0, e.getMessage()), p.options(), List.of(), Set.of(), null, run, p.loaded());
    }
    Map<String, Long> digests = digests(files.get(), stop);
    List<OutputFile> changed =
        files.get().stream().filter(f -> !digests.get(f.path()).equals(published.get(f.path()))).toList();
    Set<String> removed = new LinkedHashSet<>(published.keySet());
    removed.removeAll(digests.keySet());
    return new Rest(null, p.options(), changed, removed, digests, run, p.loaded());
  }

  /** Writes what {@link #rest} found changed; the result of the whole two-step build. */
  public BuildResult write(Rest rest) {
    if (rest.failed != null) {
      return rest.failed;
    }
    try {
      long start = System.nanoTime();
      builder.writer().update(rest.options.outDir(), rest.changed, rest.removed);
      rest.run.stages.merge("write", Duration.ofNanos(System.nanoTime() - start), Duration::plus);
      published = rest.digests;
      return rest.run.result(rest.loaded, rest.changed.size(), null);
    } catch (PublishException e) {
      published = null;
      return rest.run.result(rest.loaded, 0, e.getMessage());
    }
  }

  private Rest failed(Builder.Run run, Pending p) {
    return new Rest(run.result(p.loaded(), 0, null), p.options(), List.of(), Set.of(), null, run, p.loaded());
  }

  /** A whole build, published as {@code baton build} does; then what it wrote is known. */
  private Step whole(BuildOptions options) {
    published = null;
    Builder.Published whole = builder.published(options, true);
    if (!whole.result().ok()) {
      return new Step(whole.result(), Set.of(), null);
    }
    published = new HashMap<>(whole.digests());
    Set<String> paths = new LinkedHashSet<>(published.keySet());
    paths.addAll(whole.assetPaths());
    return new Step(whole.result(), paths, null);
  }

  /** Each file's digest, read on every core; {@code stop} is asked before each file (see {@link #rest}). */
  private static Map<String, Long> digests(List<OutputFile> files, BooleanSupplier stop) {
    long[] each = new long[files.size()];
    IntStream.range(0, each.length).parallel().forEach(i -> {
      if (stop.getAsBoolean()) {
        throw new Renderer.Stopped();
      }
      each[i] = digest(files.get(i).bytes());
    });
    Map<String, Long> digests = new HashMap<>(2 * each.length);
    for (int i = 0; i < each.length; i++) {
      digests.put(files.get(i).path(), each[i]);
    }
    return digests;
  }

  /** The files whose bytes differ from what the output folder holds. */
  private List<OutputFile> changedFiles(List<OutputFile> files) {
    return files.stream().filter(f -> !Long.valueOf(digest(f.bytes())).equals(published.get(f.path()))).toList();
  }

  private static boolean isContent(String path) {
    return path.startsWith("content/");
  }

  /** The pages of the entries read from the changed files. */
  private static List<String> pagesOf(Collection<String> changed, Loaded loaded) {
    Set<String> files = new HashSet<>(changed);
    List<String> pages = new ArrayList<>();
    loaded.entries().stream().filter(e -> files.contains(e.file())).forEach(e -> {
      switch (e.type()) {
        case STATEMENT -> pages.add(Urls.statement(e.id()));
        case EVENT -> pages.add(Urls.event(e.id()));
        case ACTOR -> pages.add(Urls.actor(e.id()));
        case COUNTRY -> pages.add(Urls.country(e.id()));
        case OFFICE -> pages.add(Urls.office(e.id()));
        case PAGE -> pages.add(Urls.page(e.id()));
        case SITE -> pages.add(Urls.HOME);
      }
    });
    return pages;
  }

  /**
   * A 64-bit digest of a file's bytes (FNV-1a over the bytes, mixed with the length), to tell which files a build
   * changed without keeping them all in memory: two versions of a file share one by chance about once in 2^64.
   */
  static long digest(byte[] bytes) {
    // Eight bytes a step, each word mixed in by a multiply and a rotation: a few times quicker than a byte a step,
    // and the output of a 10,000-statement site is a hundred megabytes.
    long h = 0x9e3779b97f4a7c15L ^ bytes.length;
    int i = 0;
    for (; i + 8 <= bytes.length; i += 8) {
      long w = (bytes[i] & 0xffL)
          | (bytes[i + 1] & 0xffL) << 8
          | (bytes[i + 2] & 0xffL) << 16
          | (bytes[i + 3] & 0xffL) << 24
          | (bytes[i + 4] & 0xffL) << 32
          | (bytes[i + 5] & 0xffL) << 40
          | (bytes[i + 6] & 0xffL) << 48
          | (bytes[i + 7] & 0xffL) << 56;
      h = Long.rotateLeft(h ^ w * 0xc2b2ae3d27d4eb4fL, 31) * 0x9e3779b97f4a7c15L;
    }
    for (; i < bytes.length; i++) {
      h = Long.rotateLeft(h ^ (bytes[i] & 0xffL) * 0xc2b2ae3d27d4eb4fL, 31) * 0x9e3779b97f4a7c15L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    return h ^ h >>> 33;
  }

}
