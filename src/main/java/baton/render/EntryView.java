package baton.render;

import baton.model.PartialDate;
import java.util.List;

/**
 * One item of the timeline as templates see it, for statements, events and the entries derived from holders and
 * memberships alike. {@code type} is statement, event, term-start, term-end or accession; {@code style} is what it
 * looks like: position, report, speculation, event, term or accession.
 */
public record EntryView(
    String key,
    String type,
    String style,
    String path,
    PartialDate date,
    String dateText,
    boolean circa,
    String displayDate,
    String headline,
    Ref actor,
    List<Ref> countries,
    Ref candidate,
    String stance,
    String kind,
    String condition,
    String quote,
    String dueText,
    String outcome,
    String status,
    boolean upcoming,
    List<SourceView> sources) {

  /** A source as shown: outlet name (linked to its actor page when it is one), url, title, date. */
  public record SourceView(Ref outlet, String url, String title, String dateText) {}

  public boolean isStatement() {
    return type.equals("statement");
  }

  public boolean isEvent() {
    return type.equals("event");
  }

  /** The date as a reader sees it: the author's words when given, else the date at its precision. */
  public String shownDate() {
    return displayDate != null ? displayDate : dateText;
  }

  /** The date in ISO form for {@code <time datetime>}: precision kept, as HTML allows ({@code 2024-10}). */
  public String isoDate() {
    return IsoDates.of(date);
  }
}
