package baton.serve;

import baton.build.BuildResult;
import baton.diag.Diagnostic;
import baton.diag.DiagnosticPrinter;
import baton.diag.SourcePos;
import java.nio.charset.StandardCharsets;
import java.util.function.BiFunction;

/**
 * The page every HTML request gets while the latest build has failed: each diagnostic with its file, line, column,
 * message and hint, the offending source line with a caret, as the terminal shows them. All of it comes from the
 * site's files, so all of it is escaped. The page is self-contained (inline style, no links into the site).
 */
final class ErrorPage {

  private static final String STYLE =
      """
      body{font:16px/1.5 system-ui,sans-serif;margin:0;background:#fff;color:#1a1a1a}
      main{max-width:60rem;margin:2rem auto;padding:0 1rem}
      h1{color:#a40000;font-size:1.6rem}
      ol{padding-left:1.2rem}li{margin:1rem 0}
      code,pre{font:14px/1.4 ui-monospace,monospace}
      pre{background:#f4f4f4;padding:.5rem;overflow-x:auto}
      .severity{font-weight:bold;color:#a40000}.warning .severity{color:#8a5a00}
      @media (prefers-color-scheme:dark){body{background:#161616;color:#eee}pre{background:#262626}
      h1,.severity{color:#ff8080}.warning .severity{color:#f0c060}}
      """;

  private ErrorPage() {}

  static byte[] render(Snapshot snapshot) {
    StringBuilder html = new StringBuilder(4096);
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>Build failed · Baton</title>\n<style>")
        .append(STYLE)
        .append("</style>\n</head>\n<body>\n<main>\n<h1>The build failed</h1>\n");
    BuildResult result = snapshot.result();
    if (snapshot.failure() != null) {
      html.append("<p class=\"problem\">").append(escape(snapshot.failure())).append("</p>\n");
    }
    if (result != null) {
      if (result.writeError() != null) {
        html.append("<p class=\"problem\">").append(escape(result.writeError())).append("</p>\n");
      }
      if (result.diagnostics().total() > 0) {
        html.append("<p class=\"summary\">").append(escape(DiagnosticPrinter.summary(result.diagnostics())))
            .append(". Pages show this until a build succeeds; the site in the output folder is the last good build.</p>\n");
        html.append("<ol class=\"diagnostics\">\n");
        for (Diagnostic d : result.diagnostics().sorted()) {
          appendDiagnostic(html, d, result.sourceLines());
        }
        html.append("</ol>\n");
        if (result.diagnostics().dropped() > 0) {
          html.append("<p>... and ").append(result.diagnostics().dropped()).append(" more not shown.</p>\n");
        }
      }
    }
    html.append("<p>Fix the file and save it: this page reloads by itself.</p>\n</main>\n</body>\n</html>\n");
    return html.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void appendDiagnostic(
      StringBuilder html, Diagnostic d, BiFunction<String, Integer, String> sourceLines) {
    html.append("<li class=\"").append(d.isError() ? "error" : "warning").append("\"><p>")
        .append("<code class=\"pos\">").append(escape(d.pos().toString())).append("</code>: ")
        .append("<span class=\"severity\">").append(d.isError() ? "error" : "warning").append("</span>: ")
        .append("<span class=\"message\">").append(escape(d.message())).append("</span>");
    if (d.hint() != null) {
      html.append(" <span class=\"hint\">(").append(escape(d.hint())).append(")</span>");
    }
    html.append("</p>");
    String excerpt = excerpt(d.pos(), sourceLines);
    if (excerpt != null) {
      html.append("\n<pre class=\"source\">").append(escape(excerpt)).append("</pre>");
    }
    html.append("</li>\n");
  }

  /** The source line and a caret under the column, as the terminal shows them; null for a whole-file position. */
  private static String excerpt(SourcePos pos, BiFunction<String, Integer, String> sourceLines) {
    if (pos.line() == 0 || sourceLines == null) {
      return null;
    }
    String line = sourceLines.apply(pos.file(), pos.line());
    if (line == null) {
      return null;
    }
    line = line.replace('\t', ' ');
    return line + "\n" + " ".repeat(Math.max(0, pos.column() - 1)) + "^";
  }

  static String escape(String text) {
    StringBuilder s = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> s.append("&amp;");
        case '<' -> s.append("&lt;");
        case '>' -> s.append("&gt;");
        case '"' -> s.append("&quot;");
        case '\'' -> s.append("&#39;");
        default -> s.append(c);
      }
    }
    return s.toString();
  }
}
