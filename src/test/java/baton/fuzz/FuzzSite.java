package baton.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small valid race in a folder, which each fuzz input changes by adding or replacing files, and which is put back as
 * it was afterwards, so that one folder serves every run (a fresh folder per run would cost more than the load). The
 * ids are those of the example site's, so that its files make seeds that validate and reach the derive stage.
 */
final class FuzzSite {

  /** The base site: one or more of each entry type, every reference resolved. */
  static final Map<String, byte[]> BASE = files(
      "content/site.yaml", """
          title: "Who succeeds Stoltenberg?"
          description: A small race for the fuzz tests.
          office: nato-secretary-general
          asOf: 2024-10-01
          """,
      "content/countries/nl.yaml", "name: Netherlands\ncode: \"NL\"\nmembership:\n  - from: 1949-08-24\n",
      "content/countries/gb.yaml", "name: United Kingdom\ncode: GB\nmembership:\n  - from: 1949-08-24\n",
      "content/countries/hu.yaml", "name: Hungary\ncode: \"HU\"\nmembership:\n  - from: 1999-03-12\n",
      "content/countries/ro.yaml", "name: Romania\ncode: \"RO\"\nmembership:\n  - from: 2004-03-29\n",
      "content/actors/mark-rutte.yaml", """
          name: "Mark Rutte"
          kind: person
          country: nl
          wikidata: Q57792
          roles:
            - title: "Prime Minister of the Netherlands"
              from: 2010
              to: 2024-07-02
          """,
      "content/actors/klaus-iohannis.yaml", "name: \"Klaus Iohannis\"\nkind: person\ncountry: ro\n",
      "content/actors/peter-szijjarto.yaml",
      "name: \"Péter Szijjártó\"\nkind: person\ncountry: hu\naliases: [\"Peter Szijjarto\"]\n",
      "content/actors/jens-stoltenberg.yaml", "name: Jens Stoltenberg\nkind: person\n",
      "content/actors/uk-official.yaml", "name: \"unnamed UK official\"\nkind: person\ncountry: gb\nanonymous: true\n",
      "content/actors/north-atlantic-council.yaml", "name: North Atlantic Council\nkind: organisation\n",
      "content/actors/romania-insider.yaml", "name: Romania Insider\nkind: outlet\ncountry: ro\n",
      "content/offices/nato-secretary-general.md", """
          ---
          name: Secretary General of NATO
          body: NATO
          rule: consensus
          candidates: [mark-rutte, klaus-iohannis]
          holders:
            - actor: jens-stoltenberg
              from: 2014-10-01
              to: 2024-10-01
              endCause: term expired
            - actor: mark-rutte
              from: 2024-10-01
          ---
          The Secretary General chairs the North Atlantic Council.
          """,
      "content/statements/2024/uk-official-sky-news-quote.md", """
          ---
          date: 2024-02-22
          actor: uk-official
          candidate: mark-rutte
          stance: supports
          kind: position
          quote: "The UK strongly backs Dutch PM Mark Rutte to succeed Jens Stoltenberg as NATO Secretary General."
          mentions: [mark-rutte, jens-stoltenberg]
          source:
            - outlet: "NL Times"
              url: "https://nltimes.nl/2024/02/22/ruttes-candidacy-nato-leader-gets-backing-us-uk-france"
              date: 2024-02-22
          ---
          An unnamed UK official gave the British position in two sentences.
          """,
      "content/events/2024/washington-summit-2024.md", """
          ---
          date: 2024-07-09
          title: "NATO summit in Washington marks 75 years"
          kind: meeting
          displayDate: "9–11 July 2024"
          actors: [jens-stoltenberg, klaus-iohannis]
          ---
          Leaders of the allies met in Washington for the 75th-anniversary summit.
          """,
      "content/pages/about.md", "---\ntitle: About this site\n---\nThis site follows the 2024 race.\n");

  private final Path dir;

  private FuzzSite(Path dir) {
    this.dir = dir;
  }

  /** Writes the base site into {@code dir}. */
  static FuzzSite writeTo(Path dir) {
    FuzzSite site = new FuzzSite(dir);
    BASE.forEach(site::write);
    return site;
  }

  Path dir() {
    return dir;
  }

  /**
   * Writes {@code files} over the base site (a file whose path is taken by a folder, or under a file, is skipped);
   * closing the result puts the base site back.
   */
  Overlay overlay(Map<String, byte[]> files) {
    Overlay overlay = new Overlay();
    files.forEach(overlay::add);
    return overlay;
  }

  /** What one input changed, undone on close. */
  final class Overlay implements AutoCloseable {

    private final List<Path> written = new ArrayList<>();
    private final List<String> replaced = new ArrayList<>();
    private final List<Path> createdFolders = new ArrayList<>();

    private void add(String relative, byte[] bytes) {
      Path path = dir.resolve(relative);
      if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS) || !createFolders(path.getParent())) {
        return;
      }
      write(path, bytes);
      if (BASE.containsKey(relative)) {
        replaced.add(relative);
      } else {
        written.add(path);
      }
    }

    /** Creates the missing folders, remembering them; false when a file stands where a folder should. */
    private boolean createFolders(Path folder) {
      List<Path> missing = new ArrayList<>();
      for (Path p = folder; !Files.exists(p, LinkOption.NOFOLLOW_LINKS); p = p.getParent()) {
        missing.add(p);
      }
      Collections.reverse(missing);
      for (Path p : missing) {
        try {
          Files.createDirectory(p);
          createdFolders.add(p);
        } catch (IOException e) {
          return false;
        }
      }
      return Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS);
    }

    @Override
    public void close() {
      try {
        for (Path p : written) {
          Files.delete(p);
        }
        for (int i = createdFolders.size() - 1; i >= 0; i--) {
          Files.delete(createdFolders.get(i));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      replaced.forEach(relative -> write(relative, BASE.get(relative)));
    }
  }

  private void write(String relative, byte[] bytes) {
    write(dir.resolve(relative), bytes);
  }

  private static void write(Path path, byte[] bytes) {
    try {
      Files.createDirectories(path.getParent());
      Files.write(path, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, byte[]> files(String... pathsAndTexts) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (int i = 0; i < pathsAndTexts.length; i += 2) {
      files.put(pathsAndTexts[i], pathsAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
    }
    return Collections.unmodifiableMap(files);
  }
}
