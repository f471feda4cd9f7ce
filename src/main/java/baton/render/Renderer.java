package baton.render;

import baton.derive.Derived;
import baton.model.Site;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Renders every output of a build into memory: the pages through the site's templates (built-in ones where the
 * site has none), the stylesheet, and the data exports. Nothing here writes to disk.
 */
public final class Renderer {

  private final TimelineJson timelineJson = new TimelineJson();

  public List<OutputFile> render(Site site, Derived derived, TemplateSource templates) {
    Messages messages = Messages.load(templates, site.settings().language());
    Engine engine = new Engine(templates, messages);
    List<OutputFile> files = new ArrayList<>();
    files.addAll(new SitePages(site, derived, messages, engine, markdown(), Pictures.NONE).render());
    templates.read("baton.css").ifPresent(css -> files.add(new OutputFile(Urls.STYLESHEET, css)));
    files.add(timelineJson.render(site, derived));
    return List.copyOf(files);
  }

  private static BiFunction<String, Boolean, String> markdown() {
    return (text, allowHtml) -> "<p>" + org.unbescape.html.HtmlEscape.escapeHtml5(text) + "</p>";
  }
}
