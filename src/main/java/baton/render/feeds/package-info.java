/**
 * The machine-readable outputs of SPEC section 4 besides data/timeline.json: {@code feed.xml} (Atom 1.0),
 * {@code calendar.ics} (iCalendar), {@code sitemap.xml} and {@code robots.txt}.
 *
 * <p>Each is a pure function of the site, its derived views and its labels, returned as an
 * {@link baton.render.OutputFile}: no clock, no locale of the machine, no map order, so the same site always gives
 * the same bytes. Every date written comes from the content (an entry's date, the site's asOf), never from the
 * time of the build. Text from content is always written as text, escaped for XML or iCalendar, never as markup.
 * Labels come from the {@code feed.*} keys of {@code templates/i18n/feeds.properties}.
 */
package baton.render.feeds;
