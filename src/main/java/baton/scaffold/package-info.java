/**
 * {@code baton new}: writes one commented skeleton entry into {@code content/}, for a person to fill in. A skeleton
 * teaches the format: every field of its type is there, required ones holding a placeholder ({@code CHANGE-ME}, or
 * {@code ""} for a text) that {@code check} rejects at its line until it is replaced, optional ones commented out
 * with what they mean. Ids follow SPEC's rules and are refused when an entry of the type already has them.
 *
 * <p>Writing a content file is this package's one job, and only {@link baton.scaffold.ScaffoldWriter} does it
 * (the site's output is written by {@code site} alone). Imports {@code content} for the folder of each type and
 * {@code model} for dates.
 */
package baton.scaffold;
