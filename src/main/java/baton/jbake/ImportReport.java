package baton.jbake;

import baton.diag.Diagnostic;
import java.util.List;

/**
 * What {@link JBakeImport#run} did.
 *
 * @param imported one line per page written, {@code content/blog/first-post.md -> content/pages/first-post.md}
 * @param settings what was written to a new {@code content/site.yaml}, or null when none was written
 * @param skipped how many pages were left out because their Baton file already exists
 * @param notes everything that could not be mapped or needs a hand, sorted by file and line; positions name files of
 *     the JBake site, relative to its folder
 */
public record ImportReport(List<String> imported, String settings, int skipped, List<Diagnostic> notes) {

  public ImportReport {
    imported = List.copyOf(imported);
    notes = notes.stream().sorted().toList();
  }
}
