package baton.site;

import java.nio.file.Path;

/** Turns an output file's relative path into a place inside the output folder, refusing any that would leave it. */
final class OutputPaths {

  private OutputPaths() {}

  static Path resolve(Path root, String relative) {
    if (relative.isEmpty()
        || relative.startsWith("/")
        || relative.contains("\\")
        || relative.contains("\0")
        || relative.contains(":")) {
      throw new IllegalArgumentException("unsafe output path: " + relative);
    }
    for (String part : relative.split("/", -1)) {
      if (part.isEmpty() || part.equals(".") || part.equals("..")) {
        throw new IllegalArgumentException("unsafe output path: " + relative);
      }
    }
    Path p = root.resolve(relative).normalize();
    if (!p.startsWith(root)) {
      throw new IllegalArgumentException("unsafe output path: " + relative);
    }
    return p;
  }
}
