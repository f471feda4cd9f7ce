package baton.render;

/** A named thing a page can link to: its name and its page's path from the output root (null when it has none). */
public record Ref(String name, String path) {}
