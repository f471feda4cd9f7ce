package baton.model;

/**
 * Where a statement or event was reported. {@code outlet} is the outlet's actor id when {@code outletIsActor},
 * otherwise its name as plain text; any part may be null except that a source names an outlet or a url.
 */
public record Source(String outlet, boolean outletIsActor, String url, String title, PartialDate date) {

  public Source {
    if (outlet == null && url == null) {
      throw new IllegalArgumentException("a source needs an outlet or a url");
    }
  }
}
