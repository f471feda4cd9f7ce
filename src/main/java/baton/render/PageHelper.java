package baton.render;

import baton.model.PartialDate;
import java.util.function.BiFunction;

/**
 * What a template calls as {@code b}: links relative to the page being rendered, dates and stances in words, and
 * Markdown turned into safe HTML (the one value a template may output with {@code th:utext}).
 */
public final class PageHelper {

  private final String here;
  private final Messages messages;
  private final BiFunction<String, Boolean, String> markdown;
  private final boolean allowHtml;
  private final String baseUrl;
  /** What climbs from this page to the output root ({@code ../} once per folder), made once for all its links. */
  private final String up;
  private final boolean absoluteLinks;

  PageHelper(
      String here, Messages messages, BiFunction<String, Boolean, String> markdown, boolean allowHtml, String baseUrl) {
    this.here = here;
    this.messages = messages;
    this.markdown = markdown;
    this.allowHtml = allowHtml;
    this.baseUrl = baseUrl;
    this.up = Urls.up(here);
    this.absoluteLinks = here.equals(Urls.NOT_FOUND) && baseUrl != null;
  }

  /**
   * The link from this page to a path from the output root: relative, so the site works under any sub-path and from
   * disk; except on 404.html, which servers show at any depth, and whose links are absolute when the site has a
   * baseUrl.
   */
  public String href(String path) {
    if (path == null) {
      return null;
    }
    if (absoluteLinks) {
      return Urls.absolute(baseUrl, path);
    }
    return up.isEmpty() ? path : up.concat(path);
  }

  /** This page's path from the output root. */
  public String here() {
    return here;
  }

  /** The page's public address when the site has a baseUrl, else null. */
  public String canonical() {
    return baseUrl == null ? null : Urls.absolute(baseUrl, here);
  }

  public String date(PartialDate date) {
    return date == null ? null : messages.date(date);
  }

  public String stance(String code) {
    return code == null ? messages.get("stance.none") : messages.get("stance." + code);
  }

  public String label(String key) {
    return messages.get(key);
  }

  /** Safe HTML of a Markdown body: raw HTML escaped unless the site allows it, unsafe links as text. */
  public String md(String text) {
    return text == null ? "" : markdown.apply(text, allowHtml);
  }
}
