package baton.content;

/** The kinds of file in {@code content/} and the folder each lives in. */
public enum EntryType {
  SITE(""),
  OFFICE("offices"),
  COUNTRY("countries"),
  ACTOR("actors"),
  STATEMENT("statements"),
  EVENT("events"),
  PAGE("pages");

  private final String folder;

  EntryType(String folder) {
    this.folder = folder;
  }

  /** The folder under content/, empty for site.yaml. */
  public String folder() {
    return folder;
  }

  /** Whether sub-folders are allowed (statements and events may be grouped, e.g. by year). */
  public boolean allowsSubfolders() {
    return this == STATEMENT || this == EVENT;
  }

  /** Whether a YAML-only file ({@code .yaml}/{@code .yml}) is allowed besides {@code .md}. */
  public boolean allowsYaml() {
    return this != PAGE;
  }
}
