package baton.render;

import baton.model.Settings;
import java.util.List;

/**
 * The variables every page template receives, by name: the site's settings, the page's title, the language, the
 * navigation links, the as-of date in words, the helper {@code b} and the page's JSON-LD (null when it has none).
 */
public record PageFrame(
    Settings site, String title, String lang, List<Ref> nav, String asOfText, PageHelper b, String jsonLd) {}
