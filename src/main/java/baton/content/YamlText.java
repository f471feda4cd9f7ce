package baton.content;

import baton.diag.SourcePos;

/**
 * YAML to parse and where it sits: a whole {@code .yaml} file, or the front matter of a {@code .md} file, whose first
 * line is not the file's first line.
 *
 * @param file the file's path relative to the site
 * @param text the YAML
 * @param lineOffset what to add to a line of {@code text} to get the line in the file
 * @param frontMatter whether the YAML is a {@code .md} file's front matter, for messages
 */
record YamlText(String file, String text, int lineOffset, boolean frontMatter) {

  /** A position in the file from a 1-based line and column of the YAML text. */
  SourcePos pos(int line, int column) {
    return SourcePos.at(file, line + lineOffset, column);
  }

  /** "file" or "front matter", as messages call it. */
  String name() {
    return frontMatter ? "front matter" : "file";
  }
}
