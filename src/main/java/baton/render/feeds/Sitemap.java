package baton.render.feeds;

import baton.model.Site;
import baton.render.OutputFile;
import baton.render.Urls;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * sitemap.xml (sitemaps.org protocol 0.9): the public address of every page written, sorted, each once. Only a site
 * with a baseUrl has one, since a sitemap needs absolute addresses. Pages are the output paths ending in
 * {@code .html}, less {@code 404.html}, which is no page to index. No {@code lastmod}: the content has no reliable
 * modification date, and the build's clock would break byte-identical rebuilds.
 *
 * <p>One sitemap holds at most {@value #MAX_URLS} addresses. A larger site gets, through {@link #files},
 * {@code sitemap-1.xml}, {@code sitemap-2.xml} ... at the output root (a sitemap may only list addresses under its
 * own folder), and {@code sitemap.xml} becomes the index of them, so that robots.txt keeps one address.
 */
public final class Sitemap {

  public static final String PATH = Urls.SITEMAP;
  static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
  /** The protocol's limit for one file. */
  static final int MAX_URLS = 50_000;

  private final int maxUrls;

  public Sitemap() {
    this(MAX_URLS);
  }

  /** With a smaller limit per file, for tests of the index. */
  Sitemap(int maxUrls) {
    if (maxUrls < 1 || maxUrls > MAX_URLS) {
      throw new IllegalArgumentException("between 1 and " + MAX_URLS + " addresses per sitemap: " + maxUrls);
    }
    this.maxUrls = maxUrls;
  }

  /**
   * {@value #PATH}, or nothing without a baseUrl. For a site with more pages than one sitemap may list, use
   * {@link #files}: this method then fails rather than write a sitemap search engines would refuse.
   *
   * @param pagePaths the output paths written, from the output root ({@code countries/nl/index.html}); other
   *     files among them (feeds, assets) are left out
   * @throws IllegalStateException when the site has more than {@value #MAX_URLS} pages
   */
  public Optional<OutputFile> render(Site site, Collection<String> pagePaths) {
    List<OutputFile> files = files(site, pagePaths);
    if (files.size() > 1) {
      throw new IllegalStateException("more than " + maxUrls + " pages: write Sitemap.files(...), an index and "
          + (files.size() - 1) + " sitemaps");
    }
    return files.stream().findFirst();
  }

  /**
   * Every sitemap file, none without a baseUrl: {@value #PATH} alone, or, beyond {@value #MAX_URLS} pages,
   * {@value #PATH} as the index of {@code sitemap-1.xml}, {@code sitemap-2.xml} ... (see above).
   *
   * @param pagePaths as for {@link #render}
   */
  public List<OutputFile> files(Site site, Collection<String> pagePaths) {
    SiteAddress address = SiteAddress.of(site);
    if (!address.isKnown()) {
      return List.of();
    }
    List<String> locations = new ArrayList<>(new TreeSet<>(absolutePages(address, pagePaths)));
    if (locations.size() <= maxUrls) {
      return List.of(new OutputFile(PATH, urlset(locations)));
    }
    List<OutputFile> files = new ArrayList<>();
    List<String> parts = new ArrayList<>();
    for (int from = 0; from < locations.size(); from += maxUrls) {
      String path = part(parts.size() + 1);
      files.add(new OutputFile(path, urlset(locations.subList(from, Math.min(from + maxUrls, locations.size())))));
      parts.add(address.absolute(path).orElseThrow());
    }
    files.add(0, new OutputFile(PATH, index(parts)));
    return List.copyOf(files);
  }

  /**
   * The paths of the files {@link #files} makes, in its order, known from the number of pages alone: a build names
   * every file before making any.
   *
   * @param pagePaths as for {@link #render}
   */
  public List<String> paths(Site site, Collection<String> pagePaths) {
    if (!SiteAddress.of(site).isKnown()) {
      return List.of();
    }
    long pages = new HashSet<>(pagePaths).stream().filter(Sitemap::isPage).count();
    if (pages <= maxUrls) {
      return List.of(PATH);
    }
    List<String> paths = new ArrayList<>();
    paths.add(PATH);
    for (long from = 0; from < pages; from += maxUrls) {
      paths.add(part(paths.size()));
    }
    return List.copyOf(paths);
  }

  /** The path of the n-th part of a sitemap split in parts, from 1. */
  private static String part(int n) {
    return "sitemap-" + n + ".xml";
  }

  static boolean isPage(String path) {
    return path.endsWith(".html") && !path.equals(Urls.NOT_FOUND);
  }

  private static List<String> absolutePages(SiteAddress address, Collection<String> pagePaths) {
    List<String> pages = new ArrayList<>(pagePaths.size());
    for (String path : pagePaths) {
      if (isPage(path)) {
        pages.add(address.absolute(path).orElseThrow());
      }
    }
    return pages;
  }

  private static byte[] urlset(List<String> locations) {
    Xml xml = new Xml();
    xml.open("urlset", "xmlns", NS);
    for (String loc : locations) {
      xml.open("url").text("loc", loc).close("url");
    }
    xml.close("urlset");
    return xml.bytes();
  }

  private static byte[] index(List<String> sitemaps) {
    Xml xml = new Xml();
    xml.open("sitemapindex", "xmlns", NS);
    for (String loc : sitemaps) {
      xml.open("sitemap").text("loc", loc).close("sitemap");
    }
    xml.close("sitemapindex");
    return xml.bytes();
  }
}
