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
      "{0,choice,0#none|1<{1,number,integer} of {0}} / {1}");

  private static final List<Object[]> ARGUMENTS = List.of(
      new Object[] {1234567, 2},
      new Object[] {2.5, -3L},
      new Object[] {0, 7},
      new Object[] {1, 1_000_000_000_000L},
      new Object[] {12345.678, 2});

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
            assertThat(messages.get("test." + i, args))
                .as("%s in %s with %s", pattern, language, List.of(args))
                .isEqualTo(new MessageFormat(pattern, locale).format(args));
          }
        }
      }
      // A text beside a number in plain arguments.
      Object[] mixed = {1234, "word"};
      assertThat(messages.get("test.0", mixed)).isEqualTo(new MessageFormat(PATTERNS.get(0), locale).format(mixed));
    }
  }
}
