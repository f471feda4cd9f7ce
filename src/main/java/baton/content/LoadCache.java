package baton.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
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
  /** The files the last walk found, in its order, when it found nothing wrong (no two of an id either); else null. */
  private volatile List<ContentFile> lastWalk;
  /** Where each file of {@link #lastWalk} is in it, by path. */
  private volatile Map<String, Integer> lastWalkIndex;

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
  void keepOnly(Set<String> files) {
    reads.keySet().retainAll(files);
  }

  void hits(int hits) {
    lastHits = hits;
  }

  /** Forgets everything: the next load walks and reads every file. */
  public void clear() {
    reads.clear();
    lastWalk = null;
    lastWalkIndex = null;
  }

  void walked(List<ContentFile> files) {
    if (files == null) {
      lastWalk = null;
      lastWalkIndex = null;
      return;
    }
    Map<String, Integer> index = new HashMap<>(files.size() * 4 / 3 + 1);
    for (int i = 0; i < files.size(); i++) {
      index.put(files.get(i).file(), i);
    }
    lastWalkIndex = index;
    lastWalk = List.copyOf(files);
  }

  /**
   * The last walk's files again, with a new stamp for each changed one, when every changed path is one of them and is
   * still a regular file (not a link); null when a walk is needed: a file added, removed or replaced by a folder, a
   * change outside content/, or no clean walk to start from.
   */
  List<ContentFile> rewalk(Collection<String> changed) {
    List<ContentFile> files = lastWalk;
    Map<String, Integer> index = lastWalkIndex;
    if (files == null || index == null || changed.isEmpty()) {
      return null;
    }
    List<ContentFile> again = new ArrayList<>(files);
    for (String path : changed) {
      Integer i = index.get(path);
      if (i == null) {
        return null;
      }
      ContentFile f = files.get(i);
      try {
        BasicFileAttributes a = Files.readAttributes(f.path(), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (!a.isRegularFile()) {
          return null;
        }
        again.set(i, new ContentFile(f.path(), f.file(), f.type(), f.id(), f.markdown(), FileStamp.of(a)));
      } catch (IOException e) {
        return null;
      }
    }
    // The files in the same order, with the stamps they have now: the next load finds these in the cache.
    lastWalk = List.copyOf(again);
    return again;
  }

  /** How many files the last load took from the cache instead of reading them. */
  public int lastHits() {
    return lastHits;
  }
}
