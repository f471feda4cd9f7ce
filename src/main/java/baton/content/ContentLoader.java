package baton.content;

import baton.diag.Diagnostics;
import baton.diag.SourcePos;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * The first stage of a build: reads a site's {@code content/} folder into raw entries, each field tagged with the
 * line and column where it was written, so that every later error can point into the file.
 *
 * <p>Nothing a site contains makes it throw: a missing folder, a stray or unreadable file, bad bytes, broken or
 * hostile YAML all become diagnostics, every one of them in a single run, and a file with a problem yields no entry
 * while the others still load. Files are read in parallel (a site may have a hundred thousand), yet entries and
 * diagnostics come out in file order, the same on every run. One loader may serve many loads, from any thread.
 */
public final class ContentLoader {

  private final Limits limits;
  private final EntryReader reader;

  public ContentLoader(Limits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
    this.reader = new EntryReader(limits);
  }

  /** Reads {@code siteDir/content}; every problem found is added to {@code diagnostics}. */
  public Loaded load(Path siteDir, Diagnostics diagnostics) {
    return load(siteDir, diagnostics, null);
  }

  /**
   * Reads {@code siteDir/content}, taking from {@code cache} (when not null) every file unchanged since it was read
   * there, and keeping there what it reads. The result is the same as a load without a cache. A site with JBake's
   * {@code jbake.properties} is always read whole: its pages depend on that file too.
   */
  public Loaded load(Path siteDir, Diagnostics diagnostics, LoadCache cache) {
    return load(siteDir, diagnostics, cache, null);
  }

  /**
   * As {@link #load(Path, Diagnostics, LoadCache)}, told which files changed since the last load ({@code baton
   * serve}'s watcher gives them, as paths from the site folder): when each of them is a file that load found, still
   * a regular file, and that load's walk of {@code content/} found nothing wrong, the folders are not walked again;
   * only those files are looked at. Null {@code changed}: walk.
   */
  public Loaded load(Path siteDir, Diagnostics diagnostics, LoadCache cache, Collection<String> changed) {
    SourceText sources = new SourceText();
    // The files of the last load again, when only files it found changed: it found them clean and with unique ids.
    List<ContentFile> files = cache == null || changed == null ? null : cache.rewalk(changed);
    boolean sameFiles = files != null;
    boolean walkedAll = true; // a walk the cache gives again was clean
    if (!sameFiles) {
      int before = diagnostics.total();
      List<ContentFile> walked = new ContentWalker(siteDir, limits, diagnostics).walk();
      walkedAll = diagnostics.total() == before;
      files = withUniqueIds(walked, diagnostics);
      if (cache != null) {
        cache.walked(diagnostics.total() == before ? files : null);
      }
    }
    JBakePages jbake = JBakePages.forSite(siteDir, limits, sources, diagnostics);
    LoadCache usable = jbake.usesProperties() ? null : cache;
    AtomicInteger hits = new AtomicInteger();
    List<EntryReader.Result> results =
        files.parallelStream().map(file -> read(file, sources, jbake, usable, hits)).toList();
    if (usable != null) {
      if (!sameFiles) {
        cache.keepOnly(files.stream().map(ContentFile::file).collect(Collectors.toSet()));
      }
      cache.hits(hits.get());
    } else if (cache != null) {
      cache.clear();
    }
    List<RawEntry> entries = new ArrayList<>(results.size());
    Map<EntryType, Set<String>> unreadable = new EnumMap<>(EntryType.class);
    for (int i = 0; i < results.size(); i++) {
      EntryReader.Result result = results.get(i);
      result.problems().forEach(diagnostics::add);
      if (result.entry().isPresent()) {
        entries.add(result.entry().get());
      } else {
        ContentFile file = files.get(i);
        unreadable.computeIfAbsent(file.type(), t -> new HashSet<>()).add(file.id());
      }
    }
    return new Loaded(jbake.finish(entries, diagnostics), sources, unreadable, walkedAll);
  }

  private EntryReader.Result read(
      ContentFile file, SourceText sources, JBakePages jbake, LoadCache cache, AtomicInteger hits) {
    if (cache == null) {
      return reader.read(file, sources, jbake);
    }
    LoadCache.Read earlier = cache.get(file);
    if (earlier != null) {
      hits.incrementAndGet();
      if (earlier.text() != null) {
        sources.put(file.file(), earlier.text());
      }
      return earlier.result();
    }
    EntryReader.Result result = reader.read(file, sources, jbake);
    cache.put(file, sources.text(file.file()), result);
    return result;
  }

  /**
   * Drops, with an error, each file whose id another file of its type already has. Ids are file names, so two files
   * can clash from different sub-folders or extensions ({@code actors/x.md} and {@code actors/x.yaml}); the first in
   * path order is kept, so that its errors (if any) are still reported.
   */
  private static List<ContentFile> withUniqueIds(List<ContentFile> files, Diagnostics diagnostics) {
    record Key(EntryType type, String id) {
      // Written out: a record's own are linked through method handles on first use (see StanceIndex.Pair).
      @Override
      public boolean equals(Object o) {
        return o instanceof Key k && type == k.type && id.equals(k.id);
      }

      @Override
      public int hashCode() {
        return 31 * type.hashCode() + id.hashCode();
      }
    }
    Map<Key, ContentFile> firsts = new HashMap<>();
    List<ContentFile> unique = new ArrayList<>(files.size());
    for (ContentFile file : files) {
      ContentFile first = firsts.putIfAbsent(new Key(file.type(), file.id()), file);
      if (first == null) {
        unique.add(file);
      } else if (file.type() == EntryType.SITE) {
        diagnostics.error(SourcePos.wholeFile(file.file()), "duplicate site settings",
            "also " + first.file() + "; keep one of them");
      } else {
        diagnostics.error(SourcePos.wholeFile(file.file()),
            "duplicate " + file.type().name().toLowerCase(Locale.ROOT) + " id '" + file.id() + "'",
            "also " + first.file() + "; rename one of them");
      }
    }
    return unique;
  }
}
