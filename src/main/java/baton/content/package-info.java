/**
 * Reading a site's {@code content/} folder: walking it, decoding bytes strictly as UTF-8, splitting front matter and
 * parsing YAML with Jackson into position-tagged raw entries. Knows nothing of what the fields mean.
 */
package baton.content;
