package baton.render;

import baton.derive.Derived;
import baton.model.Site;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import baton.render.feeds.AtomFeed;
import baton.render.feeds.Calendar;
import baton.render.feeds.Robots;
import baton.render.feeds.Sitemap;
import baton.render.markdown.Markdown;

/**
 * Renders every output of a build into memory: the pages through the site's templates (built-in ones where the
 * site has none, those in their compiled form), the stylesheet, and the data exports. Nothing here writes to disk.
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

  public List<OutputFile> render(Site site, Derived derived, TemplateSource templates) {
    Messages messages = Messages.load(templates, site.settings().language());
    PageTemplates pageTemplates = new PageTemplates(templates, messages, site.settings(), compiledTemplates);
    Pictures pictures = new Pictures(site, messages, true);
    // Pages, feeds and data are independent: one list of jobs for every core. The data and feeds go last, so that
    // a template error is reported before anything else, as when the pages came first.
    List<Supplier<OutputFile>> jobs =
        new ArrayList<>(new SitePages(site, derived, messages, pageTemplates, markdown::toHtml, pictures).jobs());
    int pageCount = jobs.size();
    jobs.add(() -> feed.render(site, derived, messages));
    jobs.add(() -> calendar.render(site, derived, messages));
    jobs.add(() -> timelineJson.render(site, derived));
    List<OutputFile> done = InOrder.run(jobs);
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
