package baton.content;

import baton.diag.SourcePos;

/** One key of a mapping with the key's own position and its value. */
public record Field(String key, SourcePos keyPos, Node value) {}
