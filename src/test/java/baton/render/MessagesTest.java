package baton.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Labels are formatted exactly as {@link MessageFormat} formats them, whatever the arguments and language. */
class MessagesTest {

  private static final List<String> PATTERNS = List.of(
      "{0} of {1}",
      "{1} before {0}",
      "{0,number,#} exactly",
      "{0,number,integer} rounded",
      "{0,choice,0#none|1#one|1<{0} many}",
      "''{0}'' quoted, '{1}' not an argument",
      "no argument at all",
      "{0,number,integer} statements ({0})",
      "{0,choice,0#none|1<{1,number,integer} of {0}} / {1}",
      "{2} and {0}, not {5}",
      "{0}{0}{1}",
      "'{0}' and '''' and {1}''",
      "\uE000{0}\uE101 marker characters written as text",
      "{0} \u00e9t\u00e9 \u2014 {1}.",
      "",
      "{1}");

  private static final List<Object[]> ARGUMENTS = List.of(
      new Object[] {1234567, 2},
      new Object[] {2.5, -3L},
      new Object[] {0, 7},
      new Object[] {1, 1_000_000_000_000L},
      new Object[] {12345.678, 2},
      new Object[] {"text", "more"},
      new Object[] {"only one"},
      new Object[] {},
      new Object[] {null, "x"},
      new Object[] {java.time.LocalDate.of(2024, 2, 22), 'c', true},
      new Object[] {new java.util.Date(0L), "x"},
      new Object[] {"\uE000\uE101", "{1}", "'"});

  @TempDir Path dir;

  @Test
  void labelsAreFormattedAsMessageFormatFormatsThem() throws IOException {
    StringBuilder properties = new StringBuilder();
    for (int i = 0; i < PATTERNS.size(); i++) {
      properties.append("test.").append(i).append(" = ").append(PATTERNS.get(i)).append('\n');
    }
    Files.createDirectories(dir.resolve("i18n"));
    Files.writeString(dir.resolve("i18n/messages.properties"), properties, StandardCharsets.UTF_8);
    for (String language : List.of("en", "fr", "de", "ar-EG", "hi-IN")) {
      Messages messages = Messages.load(new TemplateSource(dir), language);
      Locale locale = Locale.forLanguageTag(language);
      for (int i = 0; i < PATTERNS.size(); i++) {
        String pattern = PATTERNS.get(i);
        for (Object[] args : ARGUMENTS) {
          // Twice: the second use formats with what the first one kept.
          for (int round = 0; round < 2; round++) {
            int label = i;
            assertThat(outcome(() -> messages.get("test." + label, args)))
                .as("%s in %s with %s", pattern, language, java.util.Arrays.asList(args))
                .isEqualTo(outcome(() -> new MessageFormat(pattern, locale).format(args)));
          }
        }
      }
      // A text beside a number in plain arguments.
      Object[] mixed = {1234, "word"};
      assertThat(messages.get("test.0", mixed)).isEqualTo(new MessageFormat(PATTERNS.get(0), locale).format(mixed));
    }
  }

  @Test
  void aSiteLabelFileChangesTheLabelsItHoldsAndLeavesTheOthersBuiltIn() throws IOException {
    Files.createDirectories(dir.resolve("i18n"));
    Files.writeString(dir.resolve("i18n/messages.properties"), "nav.home=Start\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("i18n/pictures_fr.properties"), "picture.status.met=obtenu\n",
        StandardCharsets.UTF_8);

    Messages english = Messages.load(new TemplateSource(dir), "en");
    Messages french = Messages.load(new TemplateSource(dir), "fr");

    assertThat(english.get("nav.home")).isEqualTo("Start");
    assertThat(english.get("nav.timeline")).isEqualTo("Timeline");
    assertThat(english.get("picture.status.met")).isEqualTo("met");
    // The site's English file is the fallback of the built-in French one, not above it.
    assertThat(french.get("nav.home")).isEqualTo("Accueil");
    assertThat(french.get("picture.status.met")).isEqualTo("obtenu");
    assertThat(french.get("picture.status.blocked")).isEqualTo("bloqué");
  }

  /** The text made, or the exception thrown (a number format given a text refuses it). */
  private static String outcome(java.util.function.Supplier<String> format) {
    try {
      return format.get();
    } catch (IllegalArgumentException e) {
      return "refused: " + e.getClass().getName();
    }
  }
}
