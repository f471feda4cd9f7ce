package baton.content;

import baton.diag.SourcePos;

/** A YAML value with the position where it was written. */
public sealed interface Node permits Scalar, Seq, Mapping {

  SourcePos pos();

  /** "a text", "a list" or "a mapping", for messages. */
  String describe();
}
