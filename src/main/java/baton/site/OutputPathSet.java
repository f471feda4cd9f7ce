package baton.site;

import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * The paths of a whole output, asked by the output check for every link of every page: most links are plain ASCII
 * paths, looked up here straight from the page's bytes, without making a string of each (see
 * {@link OutputCheck.Targets#has(byte[], int, int, boolean)}).
 *
 * <p>The ASCII paths are also kept as bytes in an open-addressing table, under the hash a string of them would have;
 * a path with other characters can never equal a link's ASCII bytes, and is only found as a string.
 */
final class OutputPathSet implements OutputCheck.Targets {

  private static final byte[] INDEX = "index.html".getBytes(StandardCharsets.US_ASCII);

  private final Set<String> paths;
  private final byte[][] keys;
  private final int[] hashes;
  private final int mask;

  /** @param paths the paths, kept as they are: not to be changed afterwards ({@link OutputCheck#targets} makes them) */
  OutputPathSet(Set<String> paths) {
    this.paths = paths;
    int slots = Integer.highestOneBit(Math.max(8, paths.size() * 2)) << 1; // at most half full: short probes
    keys = new byte[slots][];
    hashes = new int[slots];
    mask = slots - 1;
    for (String path : paths) {
      if (isAscii(path)) {
        int hash = path.hashCode();
        int slot = spread(hash) & mask;
        while (keys[slot] != null) {
          slot = (slot + 1) & mask;
        }
        keys[slot] = path.getBytes(StandardCharsets.US_ASCII);
        hashes[slot] = hash;
      }
    }
  }

  @Override
  public boolean has(String path) {
    return paths.contains(path);
  }

  /** As the interface says, for ASCII bytes: the only ones a plain link has. */
  @Override
  public boolean has(byte[] b, int from, int to, boolean index) {
    int hash = 0;
    for (int i = from; i < to; i++) {
      hash = 31 * hash + b[i];
    }
    int length = to - from;
    if (index) {
      for (byte c : INDEX) {
        hash = 31 * hash + c;
      }
      length += INDEX.length;
    }
    for (int slot = spread(hash) & mask; keys[slot] != null; slot = (slot + 1) & mask) {
      byte[] key = keys[slot];
      if (hashes[slot] == hash && key.length == length && matches(key, b, from, to, index)) {
        return true;
      }
    }
    return false;
  }

  private static boolean matches(byte[] key, byte[] b, int from, int to, boolean index) {
    int n = to - from;
    for (int i = 0; i < n; i++) {
      if (key[i] != b[from + i]) {
        return false;
      }
    }
    if (index) {
      for (int i = 0; i < INDEX.length; i++) {
        if (key[n + i] != INDEX[i]) {
          return false;
        }
      }
    }
    return true;
  }

  private static int spread(int hash) {
    return hash ^ (hash >>> 16);
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }
}
