package baton.render;

import baton.model.Settings;
import baton.render.html.CompiledPages;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Renders each page with its template. A built-in template that the site leaves as it is, together with the
 * built-in templates it uses, is rendered by its compiled equivalent ({@link CompiledPages}), which writes the same
 * bytes as Thymeleaf would. A page whose template, layout or entry fragments the site changes goes through the
 * Thymeleaf {@link Engine}, which is only set up when a page needs it; so does every page of a site whose settings
 * the compiled templates cannot take as Thymeleaf does ({@link CompiledPages#rendersExactly}).
 */
final class PageTemplates {

  /** The built-in templates each page template uses besides itself. */
  private static final Map<String, List<String>> USES =
      Map.ofEntries(
          Map.entry("home", List.of("layout", "entry", "race")),
          Map.entry("timeline", List.of("layout", "entry")),
          Map.entry("countries", List.of("layout", "entry")),
          Map.entry("country", List.of("layout", "entry")),
          Map.entry("actors", List.of("layout")),
          Map.entry("actor", List.of("layout", "entry")),
          Map.entry("statement", List.of("layout", "entry")),
          Map.entry("event", List.of("layout", "entry")),
          Map.entry("office", List.of("layout", "race")),
          Map.entry("page", List.of("layout")),
          Map.entry("404", List.of("layout")));

  private final TemplateSource source;
  private final Messages messages;
  private final Set<String> viaThymeleaf;
  private final CompiledPages compiled;
  private volatile Engine engine;

  /**
   * @param compiledAllowed false to render every page through Thymeleaf, as a check of the compiled templates
   */
  PageTemplates(TemplateSource source, Messages messages, Settings site, boolean compiledAllowed) {
    this.source = source;
    this.messages = messages;
    this.compiled = new CompiledPages(messages);
    Set<String> changed = new TreeSet<>();
    for (String name : TemplateSource.BUILT_IN_TEMPLATES) {
      if (source.changesBuiltIn(name + ".html")) {
        changed.add(name);
      }
    }
    boolean compiledFit = compiledAllowed && CompiledPages.rendersExactly(site);
    Set<String> thymeleaf = new TreeSet<>();
    USES.forEach(
        (template, uses) -> {
          if (!compiledFit || changed.contains(template) || uses.stream().anyMatch(changed::contains)) {
            thymeleaf.add(template);
          }
        });
    this.viaThymeleaf = Collections.unmodifiableSet(thymeleaf);
  }

  /** The page templates that go through Thymeleaf; the others are rendered by their compiled equivalent. */
  Set<String> viaThymeleaf() {
    return viaThymeleaf;
  }

  /** Whether a page has needed Thymeleaf yet. */
  boolean thymeleafStarted() {
    return engine != null;
  }

  /** The page in UTF-8. */
  byte[] render(PageData page, PageFrame frame) {
    if (!viaThymeleaf.contains(page.template())) {
      return compiled.render(page, frame);
    }
    return engine().render(page.template(), variables(page, frame), messages.locale()).getBytes(StandardCharsets.UTF_8);
  }

  private Engine engine() {
    Engine e = engine;
    if (e == null) {
      synchronized (this) {
        e = engine;
        if (e == null) {
          e = new Engine(source, messages);
          engine = e;
        }
      }
    }
    return e;
  }

  /** The variables of a page by name: the page's, then the frame's. */
  static Map<String, Object> variables(PageData page, PageFrame frame) {
    Map<String, Object> v = new HashMap<>();
    putComponents((Record) page, v);
    putComponents(frame, v);
    return Collections.unmodifiableMap(v);
  }

  private static void putComponents(Record r, Map<String, Object> into) {
    for (RecordComponent c : r.getClass().getRecordComponents()) {
      try {
        into.put(c.getName(), c.getAccessor().invoke(r));
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("cannot read " + c.getName() + " of " + r.getClass().getSimpleName(), e);
      }
    }
  }
}
