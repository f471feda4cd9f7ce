package baton.scaffold;

import baton.model.PartialDate;
import baton.scaffold.ScaffoldException.Reason;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code baton new TYPE ID}: checks the type, the id and the date as typed, refuses an id its type already has
 * anywhere in the site, then writes the skeleton. Every refusal is a {@link ScaffoldException} saying why; nothing
 * is written unless everything is right.
 */
public final class Scaffolder {

  private final Clock clock;
  private final ScaffoldWriter writer = new ScaffoldWriter();

  /** @param clock gives today, the date written when none is asked for */
  public Scaffolder(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Writes the skeleton of a {@code type} entry with this {@code id} into the site.
   *
   * @param date {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}, or null for today
   */
  public Scaffolded create(Path siteDir, String type, String id, String date) throws ScaffoldException {
    EntryKind kind =
        EntryKind.byWord(type)
            .orElseThrow(
                () -> new ScaffoldException(
                    Reason.USAGE, "unknown entry type '" + type + "': use " + EntryKind.words()));
    EntryId entryId = EntryId.parse(kind, id);
    PartialDate entryDate = date == null ? PartialDate.of(LocalDate.now(clock)) : parseDate(date);
    if (!Files.isDirectory(siteDir.resolve("content"))) {
      throw new ScaffoldException(
          Reason.USAGE,
          "no content/ folder in " + siteDir + ": run baton new in a site's folder, or give it with --site DIR");
    }
    refuseExisting(siteDir, kind, entryId);
    Skeleton skeleton = Skeleton.of(kind, entryId, entryDate);
    String file = kind.file(entryId, entryDate);
    Path written = writer.writeNew(siteDir, file, skeleton.text());
    return new Scaffolded(file, written, skeleton.placeholders());
  }

  private static PartialDate parseDate(String date) throws ScaffoldException {
    Optional<PartialDate> parsed = PartialDate.parse(date);
    if (parsed.isPresent()) {
      return parsed.get();
    }
    String why = PartialDate.hasDateShape(date) ? "there is no such date" : "write it as YYYY-MM-DD, YYYY-MM or YYYY";
    throw new ScaffoldException(Reason.USAGE, "--date '" + date + "': " + why);
  }

  private static void refuseExisting(Path siteDir, EntryKind kind, EntryId id) throws ScaffoldException {
    Optional<String> existing;
    try {
      existing = ExistingEntries.find(siteDir, kind, id);
    } catch (IOException e) {
      throw new ScaffoldException(
          Reason.IO, "cannot look for existing " + kind.word() + " entries (" + e.getMessage() + ")", e);
    }
    if (existing.isPresent()) {
      throw new ScaffoldException(
          Reason.CONFLICT,
          kind.withArticle() + " with the id '" + id + "' already exists: " + existing.get()
              + " (ids are unique within their type: choose another id, or edit that file)");
    }
  }
}
