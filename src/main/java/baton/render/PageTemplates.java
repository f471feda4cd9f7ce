package baton.render;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/** Renders each page with its template through the Thymeleaf {@link Engine}, set up when the first page needs it. */
final class PageTemplates {

  private final TemplateSource source;
  private final Messages messages;
  private volatile Engine engine;

  PageTemplates(TemplateSource source, Messages messages) {
    this.source = source;
    this.messages = messages;
  }

  String render(PageData page, PageFrame frame) {
    return engine().render(page.template(), variables(page, frame), messages.locale());
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
