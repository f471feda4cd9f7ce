package baton.fuzz;

import baton.diag.Diagnostic;
import baton.diag.SourcePos;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What every diagnostic must be, whatever the input: a message a person can act on, at a position that exists in the
 * file it names. A diagnostic breaking this is a fuzzing finding as much as an exception is: an empty message, a Java
 * class name or an exception's own words leaking into it (a fault caught and passed on as if it were the file's), or a
 * line and column that the printer cannot show.
 *
 * <p>Messages may quote the site's own text, so a suspicious word that the input itself holds is not held against them.
 */
public final class DiagnosticContract {

  /** A class named with its package ({@code org.yaml.snakeyaml.scanner.ScannerException}). */
  private static final Pattern QUALIFIED_CLASS =
      Pattern.compile("\\b(?:java|javax|jdk|sun|com|org|net|baton)(?:\\.[a-z_][\\w$]*)+\\.[A-Z][\\w$]*");
  /** An exception's simple name, a stack frame, or the JDK's own wording of a fault. */
  private static final Pattern FAULT = Pattern.compile(
      "\\b[A-Z]\\w*(?:Exception|Error)\\b|\\(\\w+\\.java:\\d+\\)|\\bat [\\w$.]+\\(|Cannot invoke \"|because \"[^\"]*\" is null"
          + "|out of bounds for length|cannot be cast to");

  private final Map<String, String> texts;

  private DiagnosticContract(Map<String, String> texts) {
    this.texts = texts;
  }

  /** For diagnostics about these files (path relative to the site, bytes as written). */
  public static DiagnosticContract forFiles(Map<String, byte[]> files) {
    Map<String, String> texts = new HashMap<>();
    files.forEach((path, bytes) -> texts.put(path, text(bytes)));
    return new DiagnosticContract(texts);
  }

  public void check(List<Diagnostic> diagnostics) {
    diagnostics.forEach(this::check);
  }

  /** @throws AssertionError naming the broken rule and the diagnostic */
  public void check(Diagnostic d) {
    if (d.message().isBlank()) {
      throw broken("an empty message", d);
    }
    checkWords(d.message(), d);
    if (d.hint() != null) {
      checkWords(d.hint(), d);
    }
    checkPosition(d);
    d.format();
  }

  private void checkWords(String words, Diagnostic d) {
    for (Pattern pattern : List.of(QUALIFIED_CLASS, FAULT)) {
      Matcher m = pattern.matcher(words);
      while (m.find()) {
        if (!inInput(m.group())) {
          throw broken("Java internals in its words ('" + m.group() + "')", d);
        }
      }
    }
  }

  private boolean inInput(String words) {
    return texts.values().stream().anyMatch(text -> text.contains(words));
  }

  private void checkPosition(Diagnostic d) {
    SourcePos pos = d.pos();
    if (pos.line() == 0) {
      if (pos.column() != 0) {
        throw broken("a column without a line", d);
      }
      return;
    }
    String text = texts.get(pos.file());
    if (text == null) {
      throw broken("a line in a file that the input does not have", d);
    }
    List<String> lines = lines(text);
    if (pos.line() > lines.size()) {
      throw broken("line " + pos.line() + " in a file of " + lines.size() + " lines", d);
    }
    String line = lines.get(pos.line() - 1);
    int width = line.codePointCount(0, line.length());
    if (pos.column() < 1 || pos.column() > width + 1) {
      throw broken("column " + pos.column() + " on a line of " + width + " characters", d);
    }
  }

  /** The text as Baton reads it: UTF-8 without its byte-order mark (a bad byte shown as U+FFFD). */
  static String text(byte[] bytes) {
    boolean bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF;
    int start = bom ? 3 : 0;
    return new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
  }

  /** Lines as YAML counts them: ended by LF, CRLF or a lone CR; the text after the last line end is a line too. */
  static List<String> lines(String text) {
    return List.of(text.split("\r\n|\n|\r", -1));
  }

  private static AssertionError broken(String what, Diagnostic d) {
    return new AssertionError("diagnostic with " + what + ": " + d.pos() + ": " + d.message()
        + (d.hint() == null ? "" : " (" + d.hint() + ")"));
  }
}
