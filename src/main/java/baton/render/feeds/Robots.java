package baton.render.feeds;

import baton.model.Site;
import baton.render.OutputFile;
import baton.render.Urls;
import java.nio.charset.StandardCharsets;

/**
 * robots.txt: every crawler may read everything; with a baseUrl, it also names the sitemap, which {@link Sitemap}
 * writes exactly then. Crawlers only read robots.txt at the root of a host: a site served under a path (a GitHub
 * project page) still gets the file, harmless, and search engines find the sitemap through it only at the root.
 */
public final class Robots {

  public static final String PATH = Urls.ROBOTS;

  public OutputFile render(Site site) {
    StringBuilder text = new StringBuilder("User-agent: *\nAllow: /\n");
    SiteAddress.of(site).absolute(Sitemap.PATH).ifPresent(url -> text.append("\nSitemap: ").append(url).append('\n'));
    return new OutputFile(PATH, text.toString().getBytes(StandardCharsets.UTF_8));
  }
}
