package baton.content;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The decoded text of every content file read, by its path relative to the site ({@code content/site.yaml}), so that a
 * diagnostic can be printed with the line it points at ({@code new DiagnosticPrinter(sources::line)}) without reading
 * the file again, which may have changed since. Of a Markdown entry read without a problem, only the lines up to the
 * end of its front matter are kept: no later diagnostic points into a body, and a site's bodies are most of its text.
 * Files are added from several threads while loading.
 */
public final class SourceText {

  private final Map<String, String> texts = new ConcurrentHashMap<>();

  void put(String file, String text) {
    texts.put(file, text);
  }

  /** The text kept of a file read, or null. */
  String text(String file) {
    return texts.get(file);
  }

  /** The 1-based line of a file, without its line end, or null when the file or the line is not known. */
  public String line(String file, int line) {
    String text = texts.get(file);
    return text == null ? null : TextPositions.line(text, line);
  }
}
