package baton.render;

import java.util.Arrays;
import java.util.Objects;

/** One file of the output, in memory: a relative path with forward slashes and its bytes. */
public record OutputFile(String path, byte[] bytes) {

  public OutputFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(bytes, "bytes");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OutputFile other && path.equals(other.path) && Arrays.equals(bytes, other.bytes);
  }

  @Override
  public int hashCode() {
    return 31 * path.hashCode() + Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return path + " (" + bytes.length + " bytes)";
  }
}
