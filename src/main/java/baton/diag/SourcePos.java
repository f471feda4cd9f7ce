package baton.diag;

import java.util.Comparator;
import java.util.Objects;

/**
 * A place in a site's file: its path relative to the site folder, with forward slashes, and a 1-based line and
 * column. Line 0 means "the file as a whole".
 */
public record SourcePos(String file, int line, int column) implements Comparable<SourcePos> {

  private static final Comparator<SourcePos> ORDER =
      Comparator.comparing((SourcePos p) -> p.file).thenComparingInt(SourcePos::line).thenComparingInt(SourcePos::column);

  public SourcePos {
    Objects.requireNonNull(file, "file");
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("negative position " + line + ":" + column);
    }
  }

  /** The file as a whole, when no line can be named (a missing file, a stray file). */
  public static SourcePos wholeFile(String file) {
    return new SourcePos(file, 0, 0);
  }

  public static SourcePos at(String file, int line, int column) {
    return new SourcePos(file, Math.max(line, 1), Math.max(column, 1));
  }

  @Override
  public int compareTo(SourcePos other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return line == 0 ? file : file + ":" + line + ":" + column;
  }
}
