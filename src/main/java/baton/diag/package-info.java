/**
 * Source positions and diagnostics: one shape, {@code file:line:col: message (hint)}, 1-based, collected in a
 * bounded, sorted list and printed with the source line and a caret. Imports nothing of Baton's.
 */
package baton.diag;
