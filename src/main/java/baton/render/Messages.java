package baton.render;

import baton.model.PartialDate;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The words of the site in its language: labels from the bundles {@link #BUNDLES} under {@code i18n/}, English
 * ({@code messages.properties}) the fallback, then {@code messages_<lang>.properties} on top, each the built-in file
 * with the site's own of that name (in its templates/) laid over it, so that a site's file need only hold the labels
 * it changes; and dates written at their precision ("22 February 2024",
 * "octobre 2024", "2024").
 */
public final class Messages {

  /** The bundles' base names: the pages' labels, the pictures' labels, the feeds' labels. */
  public static final List<String> BUNDLES = List.of("messages", "pictures", "feeds");

  private final Locale locale;
  private final Map<String, String> texts;
  /**
   * Each label's pattern parsed once. A {@link MessageFormat} is not safe to share between threads, so a use formats
   * with a copy: copying is much cheaper than parsing the pattern again.
   */
  private final Map<String, Pattern> formats = new ConcurrentHashMap<>();
  /**
   * A number filled into a plain {@code {0}} is formatted by a number format that {@link MessageFormat} would make
   * anew each time: each thread keeps one instead.
   */
  private final ThreadLocal<NumberFormat> numbers;
  /** Labels used without arguments, formatted once. */
  private final Map<String, String> plain = new ConcurrentHashMap<>();
  private final Map<String, DateTimeFormatter> datePatterns = new ConcurrentHashMap<>();

  private Messages(Locale locale, Map<String, String> texts) {
    this.locale = locale;
    this.texts = texts;
    this.numbers = ThreadLocal.withInitial(() -> NumberFormat.getInstance(locale));
  }

  /**
   * A label's pattern parsed, and whether its numbers may be formatted before the pattern is applied: when no element
   * of the pattern has a format of its own (only {@code {0}}-style arguments). Otherwise an argument may also be used
   * with a number or choice format, which needs the number itself. Such a plain pattern is also kept as its {@code
   * parts}: literal texts (strings) and argument numbers (integers), read from what the pattern makes of markers, so
   * that filling it in is a concatenation (a {@link MessageFormat} copy for each label cost a build 4% of its time).
   */
  private record Pattern(MessageFormat format, boolean plainOnly, Object[] parts) {

    /** Marks an argument in the pattern's output, the next character telling which. */
    private static final char MARK = '\uE000';
    /** The character after {@link #MARK} for argument 0; up to {@link #MAX_ARGUMENTS} follow it. */
    private static final char FIRST = '\uE100';
    private static final int MAX_ARGUMENTS = 256;

    static Pattern of(String text, Locale locale) {
      MessageFormat format = new MessageFormat(text, locale);
      boolean plainOnly = Arrays.stream(format.getFormats()).allMatch(Objects::isNull);
      return new Pattern(format, plainOnly, plainOnly ? parts(text, format) : null);
    }

    /** The parts of a plain pattern, or null when its text could hold a marker itself (or too many arguments). */
    private static Object[] parts(String text, MessageFormat format) {
      int count = format.getFormatsByArgumentIndex().length;
      if (count > MAX_ARGUMENTS || text.chars().anyMatch(c -> c == MARK || (c >= FIRST && c < FIRST + MAX_ARGUMENTS))) {
        return null;
      }
      Object[] markers = new Object[count];
      for (int i = 0; i < count; i++) {
        markers[i] = new String(new char[] {MARK, (char) (FIRST + i)});
      }
      String made = format.format(markers);
      List<Object> parts = new ArrayList<>();
      int literal = 0;
      for (int i = made.indexOf(MARK); i >= 0; i = made.indexOf(MARK, literal)) {
        if (i > literal) {
          parts.add(made.substring(literal, i));
        }
        parts.add(made.charAt(i + 1) - FIRST);
        literal = i + 2;
      }
      if (literal < made.length()) {
        parts.add(made.substring(literal));
      }
      return parts.toArray();
    }

    /**
     * The pattern filled in from its parts, as {@link MessageFormat} fills in a plain argument; null for an argument
     * this does not write (a date). Numbers come already written ({@link Messages#format}).
     */
    String fill(Object[] args) {
      StringBuilder out = new StringBuilder();
      for (Object part : parts) {
        if (part instanceof String literal) {
          out.append(literal);
          continue;
        }
        int index = (Integer) part;
        if (index >= args.length) {
          out.append('{').append(index).append('}');
        } else if (args[index] == null) {
          out.append("null");
        } else if (args[index] instanceof String arg) {
          out.append(arg);
        } else if (args[index] instanceof Date) {
          return null;
        } else {
          out.append(args[index]);
        }
      }
      return out.toString();
    }
  }

  /** Loads the bundles for a BCP 47 language tag such as {@code en}, {@code fr} or {@code fr-CA}. */
  public static Messages load(TemplateSource source, String languageTag) {
    Locale locale = Locale.forLanguageTag(languageTag);
    Map<String, String> texts = new HashMap<>();
    // Fallback first, then ever more specific bundles on top: en, then fr, then fr_CA.
    for (String bundle : BUNDLES) {
      merge(texts, source, "i18n/" + bundle + ".properties");
      if (!locale.getLanguage().isEmpty()) {
        merge(texts, source, "i18n/" + bundle + "_" + locale.getLanguage() + ".properties");
        if (!locale.getCountry().isEmpty()) {
          merge(
              texts, source, "i18n/" + bundle + "_" + locale.getLanguage() + "_" + locale.getCountry() + ".properties");
        }
      }
    }
    return new Messages(locale, Map.copyOf(texts));
  }

  /** The built-in file of that name, then the site's own on top: the labels a site's file leaves out keep theirs. */
  private static void merge(Map<String, String> into, TemplateSource source, String name) {
    merge(into, TemplateSource.readBuiltIn(name), name);
    merge(into, source.readOwn(name), name);
  }

  private static void merge(Map<String, String> into, Optional<byte[]> bytes, String name) {
    if (bytes.isEmpty()) {
      return;
    }
    Properties p = new Properties();
    try {
      p.load(new StringReader(new String(bytes.get(), StandardCharsets.UTF_8)));
    } catch (IOException | IllegalArgumentException e) {
      throw new IllegalStateException(name + ": not a valid properties file: " + e.getMessage(), e);
    }
    for (String key : p.stringPropertyNames()) {
      into.put(key, p.getProperty(key));
    }
  }

  public Locale locale() {
    return locale;
  }

  public boolean has(String key) {
    return texts.containsKey(key);
  }

  /**
   * The text for a key, a {@link MessageFormat} pattern with {@code {0}}-style arguments filled in (so an apostrophe
   * is written twice in every label); a missing key shows as {@code ??key??}.
   */
  public String get(String key, Object... args) {
    String text = texts.get(key);
    if (text == null) {
      return "??" + key + "??";
    }
    if (args.length == 0) {
      return plain.computeIfAbsent(key, k -> format(k, text, args));
    }
    return format(key, text, args);
  }

  private String format(String key, String text, Object[] args) {
    Pattern parsed = formats.computeIfAbsent(key, k -> Pattern.of(text, locale));
    Object[] filled = args;
    for (int i = 0; i < args.length && parsed.plainOnly(); i++) {
      if (args[i] instanceof Number n) {
        if (filled == args) {
          filled = args.clone();
        }
        // What MessageFormat writes for a number in a plain argument, with the same number format.
        filled[i] = numbers.get().format(n);
      }
    }
    String quick = parsed.parts() == null ? null : parsed.fill(filled);
    return quick != null ? quick : ((MessageFormat) parsed.format().clone()).format(filled);
  }

  /** A date in the site's language at its precision, e.g. "October 2024" for {@code 2024-10}. */
  public String date(PartialDate date) {
    // Date patterns are DateTimeFormatter patterns, not MessageFormat ones: read as written.
    String pattern =
        switch (date.precision()) {
          case YEAR -> texts.getOrDefault("date.pattern.year", "uuuu");
          case MONTH -> texts.getOrDefault("date.pattern.month", "MMMM uuuu");
          case DAY -> texts.getOrDefault("date.pattern.day", "d MMMM uuuu");
        };
    // A DateTimeFormatter is immutable and safe to share: each pattern is parsed once.
    return datePatterns.computeIfAbsent(pattern, p -> DateTimeFormatter.ofPattern(p, locale)).format(date.start());
  }
}
