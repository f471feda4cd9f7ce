package baton.render.html;

import baton.model.Settings;
import baton.render.Messages;
import baton.render.PageData;
import baton.render.PageFrame;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The built-in templates as Java: each page writes the bytes Thymeleaf writes from the template of the same name in
 * {@code templates/}, which stay the reference (a test renders sites both ways and compares them). Safe to share
 * between threads.
 */
public final class CompiledPages {

  private static final int FIRST_CAPACITY = 16 * 1024;

  private final Messages messages;
  /** The length of the last page of each template, to size the next one's buffer. */
  private final Map<String, Integer> lastLength = new ConcurrentHashMap<>();

  public CompiledPages(Messages messages) {
    this.messages = messages;
  }

  /**
   * Whether the compiled templates write what Thymeleaf would for this site: they take {@code params.stylesheet}
   * and {@code params.favicon} as text, which a site could set to a list or a mapping.
   */
  public static boolean rendersExactly(Settings site) {
    Object stylesheet = site.params().get("stylesheet");
    Object favicon = site.params().get("favicon");
    return (stylesheet == null || stylesheet instanceof String) && (favicon == null || favicon instanceof String);
  }

  /** The page in UTF-8. */
  public byte[] render(PageData page, PageFrame frame) {
    String template = page.template();
    Html h = new Html(capacity(template), frame, messages);
    LayoutTemplate.page(h, main(page));
    lastLength.put(template, h.length());
    return h.bytes();
  }

  private int capacity(String template) {
    Integer last = lastLength.get(template);
    return last == null ? FIRST_CAPACITY : last + last / 4;
  }

  /** What the page's template puts in {@code <main>}. */
  private static Consumer<Html> main(PageData page) {
    if (page instanceof PageData.Home p) {
      return h -> HomeTemplate.main(h, p);
    }
    if (page instanceof PageData.Timeline p) {
      return h -> TimelineTemplate.main(h, p);
    }
    if (page instanceof PageData.Countries p) {
      return h -> CountriesTemplate.main(h, p);
    }
    if (page instanceof PageData.Country p) {
      return h -> CountryTemplate.main(h, p);
    }
    if (page instanceof PageData.Actors p) {
      return h -> ActorsTemplate.main(h, p);
    }
    if (page instanceof PageData.Actor p) {
      return h -> ActorTemplate.main(h, p);
    }
    if (page instanceof PageData.Statement p) {
      return h -> StatementTemplate.main(h, p);
    }
    if (page instanceof PageData.Event p) {
      return h -> EventTemplate.main(h, p);
    }
    if (page instanceof PageData.Office p) {
      return h -> OfficeTemplate.main(h, p);
    }
    if (page instanceof PageData.FreePage p) {
      return h -> PageTemplate.main(h, p);
    }
    return NotFoundTemplate::main;
  }
}
