package baton.serve;

import baton.site.SiteWriter;

/**
 * Which changes under the watched folders cannot change the site, so trigger no rebuild: editors' temporary and
 * backup files (vim's {@code .x.swp}, {@code .swx}, {@code 4913} and {@code x~}; emacs's {@code .#x} and
 * {@code #x#}; JetBrains' {@code ___jb_tmp___}), anything whose name or folder starts with a dot (Baton skips those
 * in content and assets, except the assets a build copies all the same: {@code .well-known} and {@code .nojekyll}),
 * and in {@code content/} anything whose name or folder starts with an underscore (Baton skips those too; in
 * {@code templates/} and {@code assets/} they are ordinary files).
 */
final class IgnoredFiles {

  private IgnoredFiles() {}

  /** @param relative a path from the site folder, with forward slashes ({@code content/actors/x.yaml}) */
  static boolean ignores(String relative) {
    String[] parts = relative.split("/");
    if (isEditorTemporary(parts[parts.length - 1])) {
      return true;
    }
    boolean content = parts[0].equals("content");
    boolean assets = parts[0].equals("assets");
    for (int i = 0; i < parts.length; i++) {
      String part = parts[i];
      boolean skipped = assets && i > 0 ? !SiteWriter.isCopied(part) : part.startsWith(".");
      if (skipped || (content && part.startsWith("_"))) {
        return true;
      }
    }
    return false;
  }

  static boolean isEditorTemporary(String name) {
    return name.endsWith("~")
        || name.endsWith(".swp")
        || name.endsWith(".swx")
        || name.endsWith(".swo")
        || name.equals("4913")
        || name.startsWith(".#")
        || (name.length() > 1 && name.startsWith("#") && name.endsWith("#"))
        || name.endsWith("___jb_tmp___")
        || name.endsWith("___jb_old___");
  }
}
