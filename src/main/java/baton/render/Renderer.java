package baton.render;

import baton.derive.Derived;
import baton.model.Site;
import baton.render.feeds.AtomFeed;
import baton.render.feeds.Calendar;
import baton.render.feeds.Robots;
import baton.render.feeds.Sitemap;
import baton.render.markdown.Markdown;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

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
    return start(site, derived, templates).all(() -> false, true);
  }

  /** Prepares the rendering of a site, for all of it or for some pages first ({@code baton serve}). */
  public Pass start(Site site, Derived derived, TemplateSource templates) {
    return new Pass(site, derived, templates);
  }

  /** One site's rendering: its templates and labels read, nothing rendered until asked. */
  public final class Pass {

    private final Site site;
    private final Derived derived;
    private final TemplateSource templates;
    private final Messages messages;
    private final List<SitePages.PageJob> pageJobs;

    private Pass(Site site, Derived derived, TemplateSource templates) {
      this.site = site;
      this.derived = derived;
      this.templates = templates;
      this.messages = Messages.load(templates, site.settings().language());
      PageTemplates pageTemplates = new PageTemplates(templates, messages, site.settings(), compiledTemplates);
      Pictures pictures = new Pictures(site, messages, true);
      this.pageJobs = new SitePages(site, derived, messages, pageTemplates, markdown::toHtml, pictures).jobs();
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
      return all(stop, false);
    }

    private List<OutputFile> all(BooleanSupplier stop, boolean largestFirst) {
      // Pages, feeds and data are independent: one list of jobs for every core. The data and feeds go last in the
      // list, so that a template error is reported before anything else, as when the pages came first.
      List<Supplier<OutputFile>> jobs = new ArrayList<>(pageJobs);
      int pageCount = jobs.size();
      jobs.add(() -> feed.render(site, derived, messages));
      jobs.add(() -> calendar.render(site, derived, messages));
      jobs.add(() -> timelineJson.render(site, derived));
      List<Supplier<OutputFile>> stoppable = new ArrayList<>(jobs.size());
      for (Supplier<OutputFile> job : jobs) {
        stoppable.add(() -> {
          if (stop.getAsBoolean()) {
            throw new Stopped();
          }
          return job.get();
        });
      }
      // The data export is the largest file and the feeds read every entry: in a build they start first, so that no
      // core is left writing one of them alone at the end.
      List<OutputFile> done = InOrder.run(stoppable, largestFirst ? jobs.size() - pageCount : 0);
      List<OutputFile> pages = done.subList(0, pageCount);
      List<OutputFile> files = new ArrayList<>(done.size() + 8);
      files.addAll(pages);
      templates.read("baton.css").ifPresent(css -> files.add(new OutputFile(Urls.STYLESHEET, css)));
      files.add(done.get(pageCount));
      files.add(done.get(pageCount + 1));
      List<String> pagePaths =
          pages.stream().map(OutputFile::path).filter(p -> !p.equals(Urls.NOT_FOUND)).toList();
      files.addAll(sitemap.files(site, pagePaths));
      files.add(robots.render(site));
      files.add(done.get(pageCount + 2));
      return List.copyOf(files);
    }
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
