package baton.scaffold;

import java.nio.file.Path;

/**
 * A written entry.
 *
 * @param file where it is, relative to the site folder with forward slashes ({@code content/actors/x.yaml})
 * @param path where it is on disk
 * @param placeholders how many required fields hold a placeholder to replace
 */
public record Scaffolded(String file, Path path, int placeholders) {}
