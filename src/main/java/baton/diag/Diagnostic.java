package baton.diag;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem found in a site, at a position, with an optional hint that says what to do. Printed as
 * {@code content/x.md:4:8: message (hint)}; warnings carry a {@code warning:} label.
 */
public record Diagnostic(Severity severity, SourcePos pos, String message, String hint)
    implements Comparable<Diagnostic> {

  private static final Comparator<Diagnostic> ORDER =
      Comparator.comparing(Diagnostic::pos, Comparator.naturalOrder())
          .thenComparing(Diagnostic::severity)
          .thenComparing(Diagnostic::message);

  public Diagnostic {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(pos, "pos");
    Objects.requireNonNull(message, "message");
    hint = hint == null || hint.isBlank() ? null : hint;
  }

  public static Diagnostic error(SourcePos pos, String message, String hint) {
    return new Diagnostic(Severity.ERROR, pos, message, hint);
  }

  public static Diagnostic warning(SourcePos pos, String message, String hint) {
    return new Diagnostic(Severity.WARNING, pos, message, hint);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** Longer messages and hints are cut: they quote values from the site, which may be of any size. */
  static final int MAX_MESSAGE = 300;

  static final int MAX_HINT = 500;

  /**
   * The one-line form: {@code file:line:col: message (hint)}, with control characters shown as visible symbols and
   * an overlong message or hint cut short, as a site's values quoted in it could be anything.
   */
  public String format() {
    StringBuilder s = new StringBuilder().append(Printable.visible(pos.toString())).append(": ");
    if (severity == Severity.WARNING) {
      s.append("warning: ");
    }
    s.append(Printable.clipped(message, MAX_MESSAGE));
    if (hint != null) {
      s.append(" (").append(Printable.clipped(hint, MAX_HINT)).append(')');
    }
    return s.toString();
  }

  @Override
  public int compareTo(Diagnostic other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return format();
  }
}
