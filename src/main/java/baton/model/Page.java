package baton.model;

import java.util.Objects;

/** A free page (about, method): a title and a Markdown body. */
public record Page(String id, String title, boolean draft, String markdown, String file) {

  public Page {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
  }
}
