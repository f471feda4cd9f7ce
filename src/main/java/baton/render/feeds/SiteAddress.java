package baton.render.feeds;

import baton.model.Site;
import baton.render.Urls;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/** Where the site is served, when site.yaml says: {@code baseUrl}, blank counting as absent. */
final class SiteAddress {

  private final String baseUrl;

  private SiteAddress(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  static SiteAddress of(Site site) {
    String base = site.settings().baseUrl();
    return new SiteAddress(base == null || base.isBlank() ? null : base.strip());
  }

  boolean isKnown() {
    return baseUrl != null;
  }

  /** The public address of an output path; empty without a baseUrl. */
  Optional<String> absolute(String path) {
    return baseUrl == null ? Optional.empty() : Optional.of(Urls.absolute(baseUrl, path));
  }

  /** The host of the baseUrl in lower case; empty without one, or when it names no host. */
  Optional<String> host() {
    if (baseUrl == null) {
      return Optional.empty();
    }
    try {
      String host = new URI(baseUrl).getHost();
      return host == null || host.isEmpty() ? Optional.empty() : Optional.of(host.toLowerCase(Locale.ROOT));
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }
}
