package baton.validate;

import baton.diag.SourcePos;

/** An id as written in an entry, with where it was written, so a dangling reference can be pointed at. */
record Ref(String id, SourcePos pos) {}
