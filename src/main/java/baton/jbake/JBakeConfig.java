package baton.jbake;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.commons.configuration2.CompositeConfiguration;
import org.apache.commons.configuration2.Configuration;
import org.apache.commons.configuration2.PropertiesConfiguration;
import org.apache.commons.configuration2.SystemConfiguration;
import org.jbake.app.configuration.ConfigUtil;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfiguration;

/**
 * A JBake site's configuration as jbake-core reads it: {@code jbake.properties} (and the older {@code custom.properties})
 * in the site folder over jbake-core's own {@code default.properties}, loaded by jbake-core's {@link ConfigUtil}.
 *
 * <p>Two things differ from JBake, both so that a site's files cannot reach outside the site: values are interpolated
 * only from other keys ({@code ${site.host}}), never from lookups such as {@code ${env:...}}, {@code ${sys:...}},
 * {@code ${file:...}} or {@code ${url:...}}, which would copy a build machine's secrets into a published page; and Java
 * system properties are not part of the configuration. Content is always read as UTF-8 (Baton's rule), whatever
 * {@code render.encoding} says.
 *
 * <p>Immutable once loaded; jbake-core only reads it while parsing, so one instance serves parallel reads.
 */
public final class JBakeConfig {

  /** The file JBake reads its settings from, in the site folder beside {@code content/}. */
  public static final String FILE = ConfigUtil.CONFIG_FILE;

  private static final String SITE_HOST = "site.host";
  private static final String RENDER_ENCODING = "render.encoding";

  private final DefaultJBakeConfiguration jbake;
  private final List<Configuration> siteFiles;
  /** The site's render.encoding when it is not UTF-8, else null. */
  private final String ignoredEncoding;

  private JBakeConfig(DefaultJBakeConfiguration jbake, List<Configuration> siteFiles, String ignoredEncoding) {
    this.jbake = jbake;
    this.siteFiles = siteFiles;
    this.ignoredEncoding = ignoredEncoding;
  }

  /** Whether {@code folder} has a {@code jbake.properties} (a regular file, not a link). */
  public static boolean present(Path folder) {
    return Files.isRegularFile(folder.resolve(FILE), LinkOption.NOFOLLOW_LINKS);
  }

  /**
   * Loads the configuration of the JBake site in {@code folder}; JBake's defaults alone when it has no
   * {@code jbake.properties}.
   *
   * @throws JBakeConfigException when jbake-core cannot read the file
   */
  public static JBakeConfig load(Path folder) {
    DefaultJBakeConfiguration jbake;
    try {
      jbake = (DefaultJBakeConfiguration) new ConfigUtil().loadConfig(folder.toFile(), null);
    } catch (RuntimeException e) {
      throw new JBakeConfigException(reason(e), e);
    }
    CompositeConfiguration composite = jbake.getCompositeConfiguration();
    List<Configuration> files = new ArrayList<>();
    for (int i = 0; i < composite.getNumberOfConfigurations(); i++) {
      Configuration c = composite.getConfiguration(i);
      if (c instanceof PropertiesConfiguration) {
        files.add(c);
      }
    }
    for (int i = composite.getNumberOfConfigurations() - 1; i >= 0; i--) {
      if (composite.getConfiguration(i) instanceof SystemConfiguration system) {
        composite.removeConfiguration(system);
      }
    }
    composite.installInterpolator(Map.of(), List.of());
    // ConfigUtil adds the site's files first and jbake-core's default.properties last.
    if (!files.isEmpty() && ConfigUtil.class.getClassLoader().getResource(ConfigUtil.DEFAULT_CONFIG_FILE) != null) {
      files.remove(files.size() - 1);
    }
    String encoding = jbake.getRenderEncoding();
    boolean foreignEncoding = files.stream().anyMatch(c -> c.containsKey(RENDER_ENCODING))
        && !StandardCharsets.UTF_8.name().equalsIgnoreCase(encoding);
    jbake.setProperty(RENDER_ENCODING, StandardCharsets.UTF_8.name());
    return new JBakeConfig(jbake, List.copyOf(files), foreignEncoding ? encoding : null);
  }

  /** What jbake-core's parsers take. */
  JBakeConfiguration jbake() {
    return jbake;
  }

  /** The line that ends a header, {@code ~~~~~~} unless {@code header.separator} says otherwise. */
  public String headerSeparator() {
    return jbake.getHeaderSeparator();
  }

  /** {@code date.format}, {@code yyyy-MM-dd} by default. */
  public String dateFormat() {
    return jbake.getDateFormat();
  }

  /** The site's {@code site.host}, only when the site's own file sets it (JBake's default is its own web site). */
  public Optional<String> siteHost() {
    return writtenBySite(SITE_HOST) ? Optional.ofNullable(jbake.getSiteHost()).filter(s -> !s.isBlank())
        : Optional.empty();
  }

  /** The content folder, {@code content/} unless {@code content.folder} says otherwise. */
  public Path contentFolder() {
    return jbake.getSourceFolder().toPath().resolve(jbake.getContentFolderName());
  }

  /** The asset folder, {@code assets/} unless {@code asset.folder} says otherwise. */
  public Path assetFolder() {
    return jbake.getSourceFolder().toPath().resolve(Objects.requireNonNullElse(jbake.getAssetFolderName(), "assets"));
  }

  /** The name of the file that makes JBake skip its folder, {@code .jbakeignore}. */
  public String ignoreFileName() {
    return jbake.getIgnoreFileName();
  }

  /** A site-wide text setting, such as {@code site.title}; empty when the site's own file does not set it. */
  public Optional<String> siteSetting(String key) {
    return writtenBySite(key) ? Optional.ofNullable(jbake.getCompositeConfiguration().getString(key)) : Optional.empty();
  }

  /** {@code render.encoding} when the site sets it to something other than UTF-8, which Baton does not honour. */
  public Optional<String> ignoredEncoding() {
    return Optional.ofNullable(ignoredEncoding);
  }

  private boolean writtenBySite(String key) {
    return siteFiles.stream().anyMatch(c -> c.containsKey(key));
  }

  private static String reason(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    return message.replace(File.separatorChar, '/');
  }
}
