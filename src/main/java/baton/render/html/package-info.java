/**
 * The built-in page templates as compiled Java, one class per file of {@code templates/} ({@code layout.html} and
 * the fragments of {@code entry.html} included), used for every page whose templates a site leaves as built in.
 * They write byte for byte what Thymeleaf writes from those files: the same markup, whitespace and attribute order,
 * values escaped as {@code th:text} escapes them, labels from the same bundles. The templates remain the reference;
 * {@code CompiledTemplatesTest} renders sites both ways and compares every page.
 */
package baton.render.html;
