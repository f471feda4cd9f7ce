/**
 * Pictures drawn at build time as inline SVG strings, for templates to place with {@code th:utext}: the holders'
 * tenure strip of an office ({@link baton.render.svg.TenureStrip}), a candidate's support over time against the
 * rule's threshold ({@link baton.render.svg.SupportChart}) and the members' stances as a tile grid
 * ({@link baton.render.svg.MemberTiles}).
 *
 * <p>Each picture is well-formed XML that is also valid inside HTML5 (no XML declaration, no DOCTYPE), scales with
 * its container through its {@code viewBox} alone, needs no script, font or other file, and carries a text
 * alternative stating its data in a {@code <title>} and {@code <desc>} named by {@code aria-labelledby}. Every
 * string from content is escaped by {@link baton.render.svg.SvgWriter}, the one place that writes markup. Ids start
 * with a prefix the caller gives, so several pictures can share a page.
 *
 * <p>Colours come from the Okabe-Ito palette, which stays distinct for the common colour-vision deficiencies, and
 * never carry meaning alone: stances also show a letter and, where two colours turn the same grey, a pattern. Shapes
 * carry both a class ({@code stance-opposes}, {@code term-acting}, ...) for a stylesheet to restyle and a
 * presentation attribute ({@code fill}) so that they show without one.
 *
 * <p>The pictures are laid out {@value baton.render.svg.Svg#WIDTH} units wide with text of 13 units or more: on a
 * phone 360 pixels wide the text still renders at about 9 to 11 pixels. Words come from the {@code pictures}
 * bundle ({@code templates/i18n/pictures.properties}), dates from {@link baton.render.Messages#date}. The same input
 * always gives the same string: numbers are written with {@link java.util.Locale#ROOT} and at most one decimal.
 */
package baton.render.svg;
