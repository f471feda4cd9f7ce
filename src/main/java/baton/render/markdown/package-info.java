/**
 * Markdown bodies to HTML and to plain text: CommonMark with GitHub tables, strikethrough and autolinks, made safe
 * to put on a page.
 *
 * <p>This is the one reviewed place where HTML from content reaches the output. Two defences, each on its own:
 *
 * <ul>
 *   <li>On the syntax tree, right after parsing: a link or image whose URL is not http, https, mailto or relative
 *       ({@link baton.render.markdown.UrlPolicy}) is replaced by its text (a link) or its alt text (an image), so
 *       it is never rendered as a link. This covers inline links, reference links, CommonMark autolinks
 *       ({@code <javascript:...>}) and the autolinks extension alike.
 *   <li>Raw HTML: escaped, shown as text, unless the site sets {@code allowHtml}; then the whole rendered fragment
 *       is cleaned by jsoup against an allow-list (no scripts, styles, frames, objects or forms, no event-handler
 *       or style attributes, no ids) and every URL left in it is checked by the same policy again.
 * </ul>
 */
package baton.render.markdown;
