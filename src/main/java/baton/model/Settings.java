package baton.model;

import java.util.Map;
import java.util.Objects;

/**
 * site.yaml. {@code office} and {@code asOf} are as written (null when absent); the race resolves their defaults.
 * {@code params} is the free mapping passed to templates: strings, lists and maps, unmodifiable.
 */
public record Settings(
    String title,
    String description,
    String language,
    String baseUrl,
    String office,
    PartialDate asOf,
    boolean allowHtml,
    Map<String, Object> params) {

  public Settings {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(language, "language");
    params = params == null ? Map.of() : params;
  }
}
