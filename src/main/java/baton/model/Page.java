package baton.model;

import java.util.List;
import java.util.Objects;

/**
 * A free page (about, method): a title and a Markdown body; optionally a date and tags (as JBake posts have them).
 *
 * @param date null when the page has none
 * @param tags empty when the page has none
 */
public record Page(
    String id, String title, boolean draft, String markdown, String file, PartialDate date, List<String> tags) {

  public Page {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    tags = tags == null ? List.of() : List.copyOf(tags);
  }

  /** A page without date or tags. */
  public Page(String id, String title, boolean draft, String markdown, String file) {
    this(id, title, draft, markdown, file, null, List.of());
  }
}
