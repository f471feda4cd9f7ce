package baton.content;

import baton.diag.Diagnostic;
import java.io.IOException;

/**
 * YAML that content may not use, or that cannot be an entry, found while parsing. It stops the parse of the file. It
 * is an {@link IOException} because that is the only kind Jackson lets through from where the YAML events are read.
 */
final class YamlRefused extends IOException {

  private static final long serialVersionUID = 1L;

  /** 1-based, in the YAML text. */
  private final int line;

  private final int column;
  private final String hint;

  YamlRefused(String message, String hint, int line, int column) {
    super(message);
    this.hint = hint;
    this.line = line;
    this.column = column;
  }

  Diagnostic toDiagnostic(YamlText source) {
    return Diagnostic.error(source.pos(line, column), getMessage(), hint);
  }
}
