package baton.render;

import baton.derive.Derived;
import baton.model.Site;
import baton.render.feeds.AtomFeed;
import baton.render.feeds.Calendar;
import baton.render.feeds.Robots;
import baton.render.feeds.Sitemap;
import baton.render.markdown.Markdown;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * Renders every output of a build into memory: the pages through the site's templates (built-in ones where the
 * site has none), the stylesheet, and the data exports. Nothing here writes to disk.
 */
public final class Renderer {

  private final Markdown markdown = new Markdown();
  private final TimelineJson timelineJson = new TimelineJson();
  private final AtomFeed feed = new AtomFeed(markdown);
  private final Calendar calendar = new Calendar(markdown);
  private final Sitemap sitemap = new Sitemap();
  private final Robots robots = new Robots();
  private final boolean compiledTemplates;

  public Renderer() {
    this(true);
  }

  /** @param compiledTemplates false to render every page through Thymeleaf, as a check of the compiled templates */
  Renderer(boolean compiledTemplates) {
    this.compiledTemplates = compiledTemplates;
  }

  /** Every output file of the site, in a fixed order. */
  public List<OutputFile> render(Site site, Derived derived, TemplateSource templates) {
    return start(site, derived, templates).all(() -> false, true, Function.identity());
  }

  /** Prepares the rendering of a site, for all of it or for some pages first ({@code baton serve}). */
  public Pass start(Site site, Derived derived, TemplateSource templates) {
    return new Pass(site, derived, templates, null);
  }

  /**
   * {@link #start}, the pages taking their Markdown bodies from {@code ahead} where it rendered them; {@link Pass#all}
   * asks it to stop before it renders the first file.
   */
  public Pass start(Site site, Derived derived, TemplateSource templates, MarkdownAhead ahead) {
    return new Pass(site, derived, templates, ahead);
  }

  /** Bodies to render ahead of their pages, with this renderer's Markdown, once started (see {@link MarkdownAhead}). */
  public MarkdownAhead ahead() {
    return ahead(Runtime.getRuntime().availableProcessors() > 1);
  }

  /** {@link #ahead}, rendering ahead or not whatever the cores. */
  MarkdownAhead ahead(boolean worthIt) {
    return new MarkdownAhead(markdown, MarkdownAhead.MAX_CHARS, worthIt);
  }

  /** One site's rendering: its templates and labels read, nothing rendered until asked. */
  public final class Pass {

    private final Site site;
    private final Derived derived;
    private final TemplateSource templates;
    private final Messages messages;
    private final List<SitePages.PageJob> pageJobs;
    private final MarkdownAhead ahead;

    private Pass(Site site, Derived derived, TemplateSource templates, MarkdownAhead ahead) {
      this.site = site;
      this.derived = derived;
      this.templates = templates;
      this.ahead = ahead;
      this.messages = Messages.load(templates, site.settings().language());
      PageTemplates pageTemplates = new PageTemplates(templates, messages, site.settings(), compiledTemplates);
      Pictures pictures = new Pictures(site, messages, true);
      BiFunction<String, Boolean, String> bodies = ahead == null ? markdown::toHtml : ahead::toHtml;
      this.pageJobs = new SitePages(site, derived, messages, pageTemplates, bodies, pictures).jobs();
    }

    /** The path of every HTML page, in the order {@link #all} renders them. */
    public List<String> pagePaths() {
      return pageJobs.stream().map(SitePages.PageJob::path).toList();
    }

    /** Only the pages with these paths (the ones the site has), in the order of {@link #pagePaths}. */
    public List<OutputFile> pages(Set<String> paths) {
      return InOrder.run(pageJobs.stream().filter(j -> paths.contains(j.path())).toList());
    }

    /**
     * Every output file, in a fixed order. {@code stop} is asked before each file: once it says true, rendering ends
     * with {@link Stopped}.
     */
    public List<OutputFile> all(BooleanSupplier stop) {
      // Pages first: a newer change stops the work between two files, and a page takes milliseconds where the data
      // export can take a second.
      return all(stop, false, Function.identity());
    }

    /**
     * The path of every file {@link #all} makes, in its order, known before any is rendered (a page's links can then
     * be checked as soon as it is made).
     */
    public List<String> outputPaths() {
      List<String> paths = new ArrayList<>(pagePaths());
      paths.addAll(filesBesidePages().keySet());
      return paths;
    }

    /**
     * Every output file in the order of {@link #all}, each handed to {@code sink} on the thread that made it, as soon
     * as it is made, so that a build need not keep them all: what {@code sink} returns, in that order.
     *
     * @param largestFirst start the data export, the feeds and the costly pages first, so that no core is left making
     *     one of them alone at the end (a build); otherwise pages first (serve, where a newer change may stop the work)
     */
    public <T> List<T> all(BooleanSupplier stop, boolean largestFirst, Function<OutputFile, T> sink) {
      // Pages, feeds, sitemaps and data are independent: one list of jobs for every core. The files beside the pages go
      // last in the list, so that a template error is reported before anything else, as when the pages came first.
      List<Supplier<OutputFile>> jobs = new ArrayList<>(pageJobs);
      jobs.addAll(filesBesidePages().values());
      if (ahead != null) {
        ahead.stop(); // every core renders files from here on
      }
      List<Supplier<T>> stoppable = new ArrayList<>(jobs.size());
      for (Supplier<OutputFile> job : jobs) {
        stoppable.add(() -> {
          if (stop.getAsBoolean()) {
            throw new Stopped();
          }
          return sink.apply(job.get());
        });
      }
      return InOrder.run(stoppable, largestFirst ? costlyFirst(jobs.size()) : new int[0]);
    }

    /**
     * The positions of the jobs to start first, of {@code count} in all: the files beside the pages (the data export
     * and the feeds take longest), then the costly pages.
     */
    private int[] costlyFirst(int count) {
      IntStream beside = IntStream.range(pageJobs.size(), count);
      IntStream costlyPages = IntStream.range(0, pageJobs.size()).filter(i -> pageJobs.get(i).costly());
      return IntStream.concat(beside, costlyPages).toArray();
    }

    /**
     * The files after the pages, in order, by path, each with the job that makes it: the stylesheet, the feed, the
     * calendar, the sitemaps, robots.txt and the data export. Their paths are known before any is made; the sitemaps'
     * from the number of pages.
     */
    private Map<String, Supplier<OutputFile>> filesBesidePages() {
      if (beside == null) {
        List<String> pagePaths =
            pageJobs.stream().map(SitePages.PageJob::path).filter(p -> !p.equals(Urls.NOT_FOUND)).toList();
        Map<String, Supplier<OutputFile>> files = new LinkedHashMap<>();
        templates.read("baton.css").ifPresent(css -> made(files, new OutputFile(Urls.STYLESHEET, css)));
        files.put(AtomFeed.PATH, () -> feed.render(site, derived, messages));
        files.put(Calendar.PATH, () -> calendar.render(site, derived, messages));
        List<String> sitemaps = sitemap.paths(site, pagePaths);
        Supplier<List<OutputFile>> sitemapFiles = once(() -> sitemap.files(site, pagePaths));
        for (int i = 0; i < sitemaps.size(); i++) {
          int index = i;
          String path = sitemaps.get(i);
          files.put(path, () -> {
            OutputFile made = sitemapFiles.get().get(index);
            if (!made.path().equals(path)) {
              // paths() and files() count the pages each its own way: a mismatch is a fault here, never in the site
              throw new IllegalStateException("sitemap file " + index + " is " + made.path() + ", named " + path);
            }
            return made;
          });
        }
        made(files, robots.render(site));
        files.put(TimelineJson.PATH, () -> timelineJson.render(site, derived));
        beside = files;
      }
      return beside;
    }

    private static void made(Map<String, Supplier<OutputFile>> files, OutputFile file) {
      files.put(file.path(), () -> file);
    }

    /** What {@code make} makes, made by the first thread to ask, once. */
    private static <T> Supplier<T> once(Supplier<T> make) {
      return new Supplier<>() {
        private T made;

        @Override
        public synchronized T get() {
          if (made == null) {
            made = make.get();
          }
          return made;
        }
      };
    }

    private Map<String, Supplier<OutputFile>> beside;
  }

  /**
   * Thrown by work that was asked to stop because a newer build will replace this one ({@code baton serve}): the
   * rendering of {@link Pass#all}, and the checks and digests of the rest of the site after it.
   */
  public static final class Stopped extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public Stopped() {
      super("stopped for a newer build", null, false, false);
    }
  }
}
