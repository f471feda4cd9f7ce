package baton.content;

/**
 * Bounds on what a site may ask of the loader. A content folder can come from anyone (a pull request, a download), so a
 * huge file, a deeply nested document or millions of files must be refused with a message rather than exhaust memory,
 * time or the stack.
 *
 * @param maxFileBytes the largest content file read, in bytes; larger files are refused before being read
 * @param maxNestingDepth how deeply lists and mappings may nest in one file (the top mapping counts as 1)
 * @param maxFiles how many content files a site may have
 */
public record Limits(long maxFileBytes, int maxNestingDepth, int maxFiles) {

  /** The nesting bound also bounds the loader's recursion, so it may not be raised beyond what any stack holds. */
  static final int MAX_NESTING_DEPTH = 1_000;

  /** A file is read into one array and handed to SnakeYAML, whose limits are ints. */
  static final long MAX_FILE_BYTES = Integer.MAX_VALUE - 16;

  public Limits {
    if (maxFileBytes < 1 || maxFileBytes > MAX_FILE_BYTES) {
      throw new IllegalArgumentException("maxFileBytes must be between 1 and " + MAX_FILE_BYTES + ": " + maxFileBytes);
    }
    if (maxNestingDepth < 1 || maxNestingDepth > MAX_NESTING_DEPTH) {
      throw new IllegalArgumentException(
          "maxNestingDepth must be between 1 and " + MAX_NESTING_DEPTH + ": " + maxNestingDepth);
    }
    if (maxFiles < 1) {
      throw new IllegalArgumentException("maxFiles must be positive: " + maxFiles);
    }
  }

  /**
   * 1 MiB per file, 20 levels of nesting, 500,000 files: far above any real entry, far below any harm. The file bound
   * leaves room for a site of 100,000 statements with their actors and events, which builds in 4 GB of heap.
   */
  public static Limits defaults() {
    return new Limits(1_048_576, 20, 500_000);
  }
}
