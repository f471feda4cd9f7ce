package baton.build;

import java.nio.file.Path;
import java.util.Objects;

/** What to build: the site folder (holding content/, templates/, assets/), the output folder, and drafts or not. */
public record BuildOptions(Path siteDir, Path outDir, boolean drafts) {

  public BuildOptions {
    Objects.requireNonNull(siteDir, "siteDir");
    outDir = outDir == null ? siteDir.resolve("target").resolve("site") : outDir;
  }
}
