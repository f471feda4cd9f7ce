package baton.jbake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import baton.diag.Diagnostic;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.yaml.snakeyaml.Yaml;

/**
 * jbake-core comes without what Baton does not run (its OrientDB content store, its template and markup engines, its
 * logback), reads YAML with SnakeYAML 2, and logs through Baton's slf4j 2.
 */
class JBakeDependencyTest {

  @TempDir Path dir;

  /** Counts its constructions: a YAML document must never build it. */
  public static final class Canary {

    static final AtomicInteger BUILT = new AtomicInteger();

    public Canary() {
      BUILT.incrementAndGet();
    }
  }

  @Test
  void orientDbIsNotOnTheClassPath() {
    assertThatThrownBy(() -> Class.forName("com.orientechnologies.orient.core.db.ODatabase"))
        .isInstanceOf(ClassNotFoundException.class);
  }

  @Test
  void jbakesOptionalEnginesAndLogbackAreNotOnTheClassPath() {
    for (String name : new String[] {
        "ch.qos.logback.classic.Logger", "freemarker.template.Configuration", "groovy.lang.GroovyObject",
        "de.neuland.jade4j.Jade4J", "io.pebbletemplates.pebble.PebbleEngine", "org.asciidoctor.Asciidoctor",
        "com.vladsch.flexmark.html.HtmlRenderer", "org.eclipse.jetty.server.Server"}) {
      assertThatThrownBy(() -> Class.forName(name)).as(name).isInstanceOf(ClassNotFoundException.class);
    }
  }

  @Test
  void snakeYamlIsVersionTwo() throws IOException {
    Properties pom = new Properties();
    try (InputStream in = Yaml.class.getResourceAsStream("/META-INF/maven/org.yaml/snakeyaml/pom.properties")) {
      pom.load(in);
    }
    assertThat(pom.getProperty("version")).as("SnakeYAML's version").startsWith("2.");
  }

  @Test
  void aGlobalTagInAJBakeYamlHeaderIsRefusedAndBuildsNothing() throws IOException {
    Path evil = dir.resolve("evil.yaml");
    Files.writeString(evil, "title: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader"
        + " [[!!java.net.URL [\"http://localhost:1/\"]]]]\ntype: post\nstatus: published\n");
    Path canary = dir.resolve("canary.yml");
    Files.writeString(canary, "jbake-title: !!baton.jbake.JBakeDependencyTest$Canary {}\njbake-type: page\n");
    JBakeReader reader = new JBakeReader(JBakeConfig.load(dir), Clock.systemUTC());

    JBakeReader.Read script = reader.readYaml(evil, "evil.yaml");
    JBakeReader.Read built = reader.readYaml(canary, "canary.yml");

    assertThat(script.document()).isEmpty();
    assertThat(script.problems()).extracting(Diagnostic::format).containsExactly("evil.yaml: refused: Global tag is"
        + " not allowed: tag:yaml.org,2002:javax.script.ScriptEngineManager (a JBake YAML document is a mapping of"
        + " plain keys and values; tags that build Java objects are refused)");
    assertThat(built.document()).isEmpty();
    assertThat(built.problems()).extracting(Diagnostic::message)
        .containsExactly("refused: Global tag is not allowed: tag:yaml.org,2002:baton.jbake.JBakeDependencyTest$Canary");
    assertThat(Canary.BUILT).hasValue(0);
  }

  @Test
  void jbakeLogsThroughSlf4jTwoToStandardError() throws IOException {
    assertThat(LoggerFactory.getILoggerFactory().getClass().getName()).startsWith("org.slf4j.simple.");
    Path file = dir.resolve("no-type.md");
    Files.writeString(file, "title=No type\nstatus=published\n~~~~~~\nBody\n");
    JBakeReader reader = new JBakeReader(JBakeConfig.load(dir), Clock.systemUTC());
    PrintStream err = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      reader.read(file, "no-type.md", Files.readString(file), JBakeDocument.Format.MARKDOWN);
    } finally {
      System.setErr(err);
    }

    assertThat(captured.toString(StandardCharsets.UTF_8))
        .contains("WARN org.jbake.parser.MarkupEngine - Parsing skipped (missing type or status value in header"
            + " meta data) for file " + file);
  }

  @Test
  void commonsLoggingOfJBakesLibrariesGoesToSlf4j() {
    assertThat(LogFactory.getLog(JBakeDependencyTest.class).getClass().getName()).startsWith("org.apache.commons"
        + ".logging.impl.SLF4J");
  }
}
