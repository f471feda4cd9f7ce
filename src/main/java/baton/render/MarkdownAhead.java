package baton.render;

import baton.model.Event;
import baton.model.Site;
import baton.model.Statement;
import baton.render.markdown.Markdown;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Markdown bodies rendered ahead of their pages, on a core the build would otherwise leave idle: between validating a
 * site and rendering its pages, a build derives its timeline and indexes and prepares the pages on one thread. A
 * thread of its own meanwhile renders the bodies of statements and events, in the order of their pages, until the
 * files' rendering starts ({@link #stop}); a page then takes its body's HTML when it is done, and renders it
 * otherwise. The same text gives the same HTML either way: only when it is made changes.
 *
 * <p>Made unstarted by {@link Renderer#ahead}; {@link #start} starts it. {@link #stop} and {@link #close} ask it to
 * stop: it ends after the body it is rendering. It never fails a build: a body it cannot render is left to its page,
 * which renders it and reports what goes wrong as it always does.
 */
public final class MarkdownAhead implements AutoCloseable {

  /**
   * At most about this many characters of HTML are rendered ahead (16 million, several thousand bodies): on a very
   * large site the bodies waiting for their pages must not fill the memory.
   */
  static final long MAX_CHARS = 16L << 20;

  /**
   * The thread's stack, smaller than a page's: a body deep enough to overflow it is left to its page, so that nothing
   * renders ahead that its page could not have rendered (a page renders its body deep inside its template).
   */
  private static final long STACK_BYTES = 256 << 10;

  private final Markdown markdown;
  private final long maxChars;
  /** False on a machine of one core, where the thread would only take turns with the build. */
  private final boolean worthIt;
  /** The HTML of each body done, by its text, until a page takes it. */
  private final Map<String, String> done = new ConcurrentHashMap<>();
  private volatile boolean stopped;
  private boolean allowHtml;
  private Thread thread;

  MarkdownAhead(Markdown markdown, long maxChars, boolean worthIt) {
    this.markdown = markdown;
    this.maxChars = maxChars;
    this.worthIt = worthIt;
  }

  /** Starts rendering the bodies of the site's statements and events, with its {@code allowHtml}. */
  public void start(Site site) {
    List<String> bodies = new ArrayList<>(site.statements().size() + site.events().size());
    for (Statement s : site.statements()) {
      if (s.markdown() != null) {
        bodies.add(s.markdown());
      }
    }
    for (Event e : site.events()) {
      if (e.markdown() != null) {
        bodies.add(e.markdown());
      }
    }
    start(bodies, site.settings().allowHtml());
  }

  /** Starts rendering these bodies, in this order; nothing once stopped. */
  void start(List<String> bodies, boolean allowHtml) {
    if (stopped || thread != null || !worthIt) {
      return;
    }
    this.allowHtml = allowHtml;
    try {
      Thread t = new Thread(null, () -> renderAll(bodies), "baton-markdown-ahead", STACK_BYTES);
      t.setDaemon(true);
      t.start();
      thread = t;
    } catch (OutOfMemoryError e) {
      // No thread to be had: the pages render every body, as without this.
    }
  }

  private void renderAll(List<String> bodies) {
    long chars = 0;
    for (String body : bodies) {
      if (stopped || chars >= maxChars) {
        return;
      }
      if (done.containsKey(body)) {
        continue; // the same text twice: one page takes it, the other renders its own
      }
      try {
        String html = markdown.toHtml(body, allowHtml);
        done.put(body, html);
        chars += html.length();
      } catch (RuntimeException | StackOverflowError e) {
        // Left to its page, which meets it again and reports it.
      } catch (Error e) {
        return; // out of memory or worse: the build itself will say so, if it must
      }
    }
  }

  /** Asks the thread to stop, if it runs: what is done stays to be taken. */
  public void stop() {
    stopped = true;
  }

  @Override
  public void close() {
    stop();
  }

  /** The body rendered as {@link Markdown#toHtml} renders it: taken from what was done ahead, or rendered now. */
  String toHtml(String body, boolean allowHtml) {
    if (body != null && allowHtml == this.allowHtml) {
      String html = done.remove(body);
      if (html != null) {
        return html;
      }
    }
    return markdown.toHtml(body, allowHtml);
  }

  /** How many bodies are done and not taken yet. */
  int waiting() {
    return done.size();
  }

  /** Waits until the thread rendering ahead has ended, if it was started. */
  void join() throws InterruptedException {
    Thread t = thread;
    if (t != null) {
      t.join();
    }
  }
}
