package baton.scaffold;

import baton.content.EntryType;
import baton.model.PartialDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The entry types {@code baton new} writes, the word that names each, and where and in which form it goes. */
public enum EntryKind {
  STATEMENT(EntryType.STATEMENT, ".md"),
  EVENT(EntryType.EVENT, ".md"),
  ACTOR(EntryType.ACTOR, ".yaml"),
  COUNTRY(EntryType.COUNTRY, ".yaml"),
  OFFICE(EntryType.OFFICE, ".md"),
  PAGE(EntryType.PAGE, ".md");

  private final EntryType type;
  private final String extension;

  EntryKind(EntryType type, String extension) {
    this.type = type;
    this.extension = extension;
  }

  /** The word on the command line: {@code statement}, {@code event}... */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** "a statement", "an event"... */
  String withArticle() {
    return ("aeiou".indexOf(word().charAt(0)) >= 0 ? "an " : "a ") + word();
  }

  /** The words, for usage messages: "statement, event, actor, country, office or page". */
  public static String words() {
    String all = Arrays.stream(values()).map(EntryKind::word).collect(Collectors.joining(", "));
    int last = all.lastIndexOf(", ");
    return all.substring(0, last) + " or " + all.substring(last + 2);
  }

  public static Optional<EntryKind> byWord(String word) {
    return Arrays.stream(values()).filter(k -> k.word().equals(word)).findFirst();
  }

  EntryType type() {
    return type;
  }

  /** Whether the date belongs in the entry, and so decides its year folder. */
  boolean isDated() {
    return type.allowsSubfolders();
  }

  /**
   * The new file, relative to the site folder with forward slashes: statements and events go into a folder for
   * the year of their date ({@code content/statements/2024/<id>.md}), the others straight into their type's folder.
   */
  String file(EntryId id, PartialDate date) {
    String year = isDated() ? String.format(Locale.ROOT, "%04d/", date.year()) : "";
    return "content/" + type.folder() + "/" + year + id.value() + extension;
  }

  /** The extensions of the files that are entries of this type (a page is only ever {@code .md}). */
  String[] entryExtensions() {
    return type.allowsYaml() ? new String[] {".md", ".yaml", ".yml"} : new String[] {".md"};
  }
}
