package baton.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A fuzz input read as files to add to a site, in the layout of Go's txtar archives, so that a seed or a finding
 * reads as the files it holds:
 *
 * <pre>
 * what this input is about (ignored; a line "--drafts" builds with drafts)
 * -- content/actors/viktor-orban.yaml --
 * name: Viktor Orbán
 * kind: person
 * </pre>
 *
 * Each file runs from the line after its {@code -- path --} line to the next such line, its bytes as they are. A path
 * must be under {@code content/} (at most four names deep, each of letters, digits, {@code .}, {@code _} and
 * {@code -}, not starting with a dot) or be {@code jbake.properties}; a file with any other path is left out, as are
 * files past the eighth.
 */
record SiteArchive(boolean drafts, Map<String, byte[]> files) {

  static final int MAX_FILES = 8;

  private static final Pattern PATH =
      Pattern.compile("content(/[A-Za-z0-9_-][A-Za-z0-9._-]{0,63}){1,4}|jbake\\.properties");
  private static final byte[] MARKER_START = "-- ".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] MARKER_END = " --".getBytes(StandardCharsets.US_ASCII);

  SiteArchive {
    files = Collections.unmodifiableMap(new LinkedHashMap<>(files));
  }

  static SiteArchive parse(byte[] input) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    boolean drafts = false;
    String path = null;
    int contentStart = 0;
    for (int lineStart = 0; lineStart < input.length; ) {
      int lineEnd = indexOf(input, (byte) '\n', lineStart);
      String marked = markedPath(input, lineStart, lineEnd);
      if (marked != null) {
        add(files, path, Arrays.copyOfRange(input, contentStart, lineStart));
        path = marked;
        contentStart = Math.min(lineEnd + 1, input.length);
      } else if (path == null && isLine(input, lineStart, lineEnd, "--drafts")) {
        drafts = true;
      }
      lineStart = lineEnd + 1;
    }
    add(files, path, Arrays.copyOfRange(input, Math.min(contentStart, input.length), input.length));
    return new SiteArchive(drafts, files);
  }

  private static void add(Map<String, byte[]> files, String path, byte[] content) {
    if (path != null && PATH.matcher(path).matches() && files.size() < MAX_FILES) {
      files.put(path, content);
    }
  }

  /** The path of a line {@code -- path --} (a CR before its LF allowed), or null for any other line. */
  private static String markedPath(byte[] input, int start, int end) {
    int last = end > start && input[end - 1] == '\r' ? end - 1 : end;
    int length = last - start;
    if (length <= MARKER_START.length + MARKER_END.length
        || !startsWith(input, start, MARKER_START) || !startsWith(input, last - MARKER_END.length, MARKER_END)) {
      return null;
    }
    return new String(input, start + MARKER_START.length, length - MARKER_START.length - MARKER_END.length,
        StandardCharsets.UTF_8).strip();
  }

  private static boolean isLine(byte[] input, int start, int end, String line) {
    int last = end > start && input[end - 1] == '\r' ? end - 1 : end;
    return new String(input, start, last - start, StandardCharsets.UTF_8).equals(line);
  }

  private static boolean startsWith(byte[] input, int at, byte[] prefix) {
    if (at < 0 || at + prefix.length > input.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (input[at + i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static int indexOf(byte[] input, byte b, int from) {
    for (int i = from; i < input.length; i++) {
      if (input[i] == b) {
        return i;
      }
    }
    return input.length;
  }
}
