package baton.content;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What earlier loads read, by file, so that a load after an edit reads and parses only the files whose size, time or
 * identity changed ({@code baton serve} keeps one; {@code baton build} reads everything). A file is taken from the
 * cache only when the walk's stamp is exactly the one it was read under; a file whose stamp is unknown is always
 * read. Safe for one load at a time.
 */
public final class LoadCache {

  record Read(FileStamp stamp, String text, EntryReader.Result result) {}

  private final Map<String, Read> reads = new ConcurrentHashMap<>();
  private volatile int lastHits;

  Read get(ContentFile file) {
    Read read = file.stamp() == null ? null : reads.get(file.file());
    return read != null && read.stamp().equals(file.stamp()) ? read : null;
  }

  void put(ContentFile file, String text, EntryReader.Result result) {
    if (file.stamp() == null) {
      reads.remove(file.file());
    } else {
      reads.put(file.file(), new Read(file.stamp(), text, result));
    }
  }

  /** Forgets the files the last walk did not find. */
  void keepOnly(Set<String> files, int hits) {
    reads.keySet().retainAll(files);
    lastHits = hits;
  }

  /** Forgets everything: the next load reads every file. */
  public void clear() {
    reads.clear();
  }

  /** How many files the last load took from the cache instead of reading them. */
  public int lastHits() {
    return lastHits;
  }
}
