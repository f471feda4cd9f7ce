package baton.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import baton.model.Settings;
import baton.render.Messages;
import baton.render.PageFrame;
import baton.render.TemplateSource;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;

/**
 * The compiled templates write a value exactly as Thymeleaf's {@code th:text} and {@code th:<attribute>} do: escaped
 * alike, and an attribute left out when its value is empty (but {@code href}, written empty).
 */
class HtmlTest {

  private static final String TEMPLATE = "<p th:text=\"${v}\">x</p><a th:title=\"${v}\" th:href=\"${v}\">x</a>";

  @Test
  void valuesAreEscapedAsThymeleafEscapesThem() {
    TemplateEngine thymeleaf = new TemplateEngine();
    StringTemplateResolver resolver = new StringTemplateResolver();
    resolver.setTemplateMode(TemplateMode.HTML);
    resolver.setCacheable(true);
    thymeleaf.setTemplateResolver(resolver);
    for (String value : samples()) {
      String expected = thymeleaf.process(TEMPLATE, new Context(Locale.ROOT, Map.of("v", value)));
      Html h = html();
      h.raw("<p>").text(value).raw("</p><a").attr("title", value).raw(" href=\"").text(value).raw("\">x</a>");
      // Compared as written: in UTF-8, where a lone surrogate becomes '?'.
      assertThat(h.bytes()).as("%s", value).isEqualTo(expected.getBytes(StandardCharsets.UTF_8));
    }
  }

  @Test
  void markupIsWrittenInUtf8AsJavaEncodesIt() {
    for (String value : samples()) {
      String markup = "<div>" + value.repeat(40) + "</div>";
      Html h = html().raw(markup).html(value).text(12345);
      assertThat(h.bytes()).as("%s", value).isEqualTo((markup + value + "12345").getBytes(StandardCharsets.UTF_8));
      assertThat(h.length()).isEqualTo(h.bytes().length);
    }
  }

  @Test
  void noValueWritesNothingAndAnEmptyAttributeIsLeftOut() {
    assertThat(html().raw("<a href=\"").text(null).raw("\">").html(null).raw("</a>").toString())
        .isEqualTo("<a href=\"\"></a>");
    assertThat(html().raw("<nav").attr("aria-label", "").attr("title", null).attr("lang", "en").raw(">").toString())
        .isEqualTo("<nav lang=\"en\">");
  }

  private static Html html() {
    Settings site = new Settings("t", null, "en", null, null, null, false, Map.of());
    return new Html(16, new PageFrame(site, "t", "en", List.of(), null, null, null),
        Messages.load(TemplateSource.builtIn(), "en"));
  }

  /** Every ASCII character alone and among others, and text beyond ASCII: accents, right to left, emoji, controls. */
  private static List<String> samples() {
    List<String> samples = new ArrayList<>();
    for (char c = 0; c < 128; c++) {
      samples.add(String.valueOf(c));
      samples.add("a" + c + "b" + c);
    }
    samples.add("O'Brien & \"Sons\" <b>bold</b> &amp; &#39; é ü ß — “quoted” · ‘single’");
    samples.add("مرحبا <عالم> & שלום 'עולם'");
    samples.add("\uD83D\uDE00 \uD83C\uDDF3\uD83C\uDDF1 \u00A0\u200B\u2028\u2029\uFEFF\u0085");
    samples.add("\uD800 lone surrogates \uDC00");
    Random random = new Random(7);
    for (int i = 0; i < 500; i++) {
      StringBuilder s = new StringBuilder();
      for (int j = random.nextInt(20); j > 0; j--) {
        s.append((char) (random.nextBoolean() ? random.nextInt(128) : random.nextInt(0x3000)));
      }
      samples.add(s.toString());
    }
    return samples;
  }
}
