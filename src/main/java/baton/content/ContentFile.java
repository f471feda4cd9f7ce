package baton.content;

import java.nio.file.Path;

/**
 * A file the walk found to be an entry, before it is read.
 *
 * @param path where to read it
 * @param file its path relative to the site, with forward slashes, as diagnostics name it
 * @param type what kind of entry its folder makes it
 * @param id its file name without extension
 * @param markdown whether it is a {@code .md} file (front matter and body) rather than YAML only
 * @param stamp its size and modification time when the walk saw it, for {@link LoadCache}; null when not known
 */
record ContentFile(Path path, String file, EntryType type, String id, boolean markdown, FileStamp stamp) {

  ContentFile(Path path, String file, EntryType type, String id, boolean markdown) {
    this(path, file, type, id, markdown, null);
  }
}
