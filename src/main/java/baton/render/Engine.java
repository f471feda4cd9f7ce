package baton.render;

import java.util.Map;
import java.util.Set;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.messageresolver.IMessageResolver;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.FileTemplateResolver;

/**
 * The one Thymeleaf engine of a build. Templates are asked for in order: the site's {@code templates/} folder
 * first, then the built-in set in the jar, so a site file overrides the built-in one of the same name. Labels
 * ({@code #{...}}) come from {@link Messages}.
 */
final class Engine {

  static {
    RecordAccessor.install();
  }

  private final TemplateEngine engine = new TemplateEngine();
  private final TemplateSource source;

  Engine(TemplateSource source, Messages messages) {
    this.source = source;
    int order = 1;
    // Each resolver answers only for the names it really holds, so that no template can include a file outside
    // the template set (th:insert="~{../../secret}").
    Set<String> siteNames = source.siteTemplateNames();
    if (!siteNames.isEmpty()) {
      FileTemplateResolver site = new FileTemplateResolver();
      site.setPrefix(source.siteTemplates().toAbsolutePath() + "/");
      site.setSuffix(".html");
      configure(site, order++);
      site.setCheckExistence(true);
      site.setResolvablePatterns(siteNames);
      engine.addTemplateResolver(site);
    }
    ClassLoaderTemplateResolver builtIn = new ClassLoaderTemplateResolver(Engine.class.getClassLoader());
    builtIn.setPrefix(TemplateSource.BUILT_IN);
    builtIn.setSuffix(".html");
    configure(builtIn, order);
    builtIn.setCheckExistence(true);
    builtIn.setResolvablePatterns(TemplateSource.BUILT_IN_TEMPLATES);
    engine.addTemplateResolver(builtIn);
    engine.setMessageResolver(new BundleResolver(messages));
    // Expressions such as ${e.candidate != null} read records and call methods directly; the rest go to OGNL.
    StandardDialect dialect = new StandardDialect();
    dialect.setVariableExpressionEvaluator(new CompiledExpressions());
    engine.setDialect(dialect);
  }

  private static void configure(org.thymeleaf.templateresolver.AbstractConfigurableTemplateResolver r, int order) {
    r.setOrder(order);
    r.setTemplateMode(TemplateMode.HTML);
    r.setCharacterEncoding("UTF-8");
    r.setCacheable(true);
  }

  /** Renders a template (a name without {@code .html}) with the given variables. */
  String render(String template, Map<String, Object> variables, java.util.Locale locale) {
    Context context = new Context(locale, variables);
    try {
      return engine.process(template, context);
    } catch (TemplateProcessingException e) {
      String name = e.getTemplateName() == null ? template : e.getTemplateName();
      throw new RenderException(
          displayName(name),
          Math.max(e.getLine() == null ? 0 : e.getLine(), 0),
          Math.max(e.getCol() == null ? 0 : e.getCol(), 0),
          cleanMessage(e),
          e);
    }
  }

  /** {@code templates/home.html} for a site's own template, {@code built-in template home.html} otherwise. */
  private String displayName(String name) {
    String file = name.endsWith(".html") ? name : name + ".html";
    String base = file.contains("/") ? file.substring(file.lastIndexOf('/') + 1) : file;
    if (source.siteTemplates() != null && file.startsWith(source.siteTemplates().toAbsolutePath().toString())) {
      return "templates/" + base;
    }
    return source.isOverridden(base) ? "templates/" + base : "built-in template " + base;
  }

  private static String cleanMessage(TemplateProcessingException e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String m = e.getMessage() == null ? "template error" : e.getMessage();
    // Thymeleaf appends "(template: ... - line .., col ..)": the position is given separately.
    int cut = m.indexOf(" (template: ");
    if (cut > 0) {
      m = m.substring(0, cut);
    }
    if (root != e && root.getMessage() != null && !m.contains(root.getMessage())) {
      m = m + ": " + root.getMessage();
    }
    // Say what went wrong in the template's terms, not the engine's.
    return m.replace("Exception evaluating OGNL expression: ", "cannot evaluate ")
        .replace("Exception evaluating SpringEL expression: ", "cannot evaluate ")
        .replace("Exception parsing document: ", "cannot parse the template: ");
  }

  /** Resolves {@code #{key(args)}} from the site's bundles; a missing key shows as {@code ??key??}. */
  private static final class BundleResolver implements IMessageResolver {

    private final Messages messages;

    BundleResolver(Messages messages) {
      this.messages = messages;
    }

    @Override
    public String getName() {
      return "baton-bundles";
    }

    @Override
    public Integer getOrder() {
      return 1;
    }

    @Override
    public String resolveMessage(
        ITemplateContext context, Class<?> origin, String key, Object[] messageParameters) {
      if (!messages.has(key)) {
        return null;
      }
      return messages.get(key, messageParameters == null ? new Object[0] : messageParameters);
    }

    @Override
    public String createAbsentMessageRepresentation(
        ITemplateContext context, Class<?> origin, String key, Object[] messageParameters) {
      return "??" + key + "??";
    }
  }
}
