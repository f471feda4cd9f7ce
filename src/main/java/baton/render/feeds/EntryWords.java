package baton.render.feeds;

import baton.model.Actor;
import baton.model.EntryDate;
import baton.model.EventStatus;
import baton.model.Site;
import baton.model.Statement;
import baton.render.Messages;
import baton.render.markdown.Markdown;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The words the feeds use for entries, in the site's language: names of actors, dates as the reader wrote them,
 * titles of statements, short excerpts. One per rendering.
 */
final class EntryWords {

  /** How many words of a statement's text make its title when it takes no stance. */
  static final int TITLE_WORDS = 12;

  private final Messages m;
  private final Markdown markdown;
  private final Map<String, String> actorNames = new HashMap<>();

  EntryWords(Site site, Messages m, Markdown markdown) {
    this.m = m;
    this.markdown = markdown;
    for (Actor a : site.actors()) {
      actorNames.put(a.id(), a.name());
    }
  }

  Messages messages() {
    return m;
  }

  String actorName(String id) {
    return actorNames.getOrDefault(id, id);
  }

  /**
   * The date as the reader should see it: the author's {@code displayDate} words, else the date at its precision
   * ("October 2024"), marked approximate for {@code dateCirca}.
   */
  String date(EntryDate date) {
    if (date.display() != null && !date.display().isBlank()) {
      return date.display();
    }
    String words = m.date(date.date());
    return date.circa() ? m.get("feed.circa", words) : words;
  }

  String status(EventStatus status) {
    return m.get("feed.status." + status.code());
  }

  /** The body of an entry as plain text, empty when it has none. */
  String body(String markdownBody) {
    return markdownBody == null ? "" : markdown.toPlainText(markdownBody);
  }

  /**
   * "Mark Rutte: supports Kaja Kallas" for a stance on a candidate; otherwise the actor's name and the first words
   * of the quote or of the body; with neither, the actor's name and the kind of statement.
   */
  String statementTitle(Statement s) {
    String actor = actorName(s.actor());
    if (s.stance() != null && s.candidate() != null) {
      return m.get("feed.statement.stance." + s.stance().code(), actor, actorName(s.candidate()));
    }
    String text = s.quote() != null && !s.quote().isBlank() ? s.quote() : body(s.markdown());
    String words = firstWords(text, TITLE_WORDS);
    if (words.isEmpty()) {
      words = m.get("feed.statement.kind." + s.kind().code());
    }
    return m.get("feed.statement.said", actor, words);
  }

  /** The first {@code count} words of a text, white space collapsed, with an ellipsis when some were left out. */
  static String firstWords(String text, int count) {
    String[] words = text.strip().split("\\s+");
    if (words.length == 1 && words[0].isEmpty()) {
      return "";
    }
    if (words.length <= count) {
      return String.join(" ", words);
    }
    String cut = String.join(" ", Arrays.copyOf(words, count));
    // "allies…" reads better than "allies,…"
    return cut.replaceFirst("[,;:]+$", "") + "…";
  }
}
