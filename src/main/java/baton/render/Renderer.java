package baton.render;

import baton.derive.Derived;
import baton.model.Site;
import java.util.ArrayList;
import java.util.List;
import baton.render.feeds.AtomFeed;
import baton.render.feeds.Calendar;
import baton.render.feeds.Robots;
import baton.render.feeds.Sitemap;
import baton.render.markdown.Markdown;

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

  public List<OutputFile> render(Site site, Derived derived, TemplateSource templates) {
    Messages messages = Messages.load(templates, site.settings().language());
    Engine engine = new Engine(templates, messages);
    Pictures pictures = new Pictures(site, messages, true);
    List<OutputFile> files = new ArrayList<>();
    List<OutputFile> pages = new SitePages(site, derived, messages, engine, markdown::toHtml, pictures).render();
    files.addAll(pages);
    templates.read("baton.css").ifPresent(css -> files.add(new OutputFile(Urls.STYLESHEET, css)));
    files.add(feed.render(site, derived, messages));
    files.add(calendar.render(site, derived, messages));
    List<String> pagePaths =
        pages.stream().map(OutputFile::path).filter(p -> !p.equals(Urls.NOT_FOUND)).toList();
    files.addAll(sitemap.files(site, pagePaths));
    files.add(robots.render(site));
    files.add(timelineJson.render(site, derived));
    return List.copyOf(files);
  }
}
