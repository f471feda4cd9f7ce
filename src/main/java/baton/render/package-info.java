/**
 * The model and its derived views into output files held in memory: pages through Thymeleaf, Markdown through
 * commonmark, data exports as JSON. Never touches the disk; {@code site} writes what this returns.
 */
package baton.render;
