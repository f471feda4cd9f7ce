package baton.scaffold;

import baton.model.PartialDate;
import java.util.Locale;

/**
 * The text of a new entry, one type's every field in SPEC's order. A required field holds a placeholder that
 * {@code check} rejects at its line: {@code CHANGE-ME} where an id or a choice belongs (an unknown id, a value not
 * among the allowed ones), {@code ""} where a text belongs (an empty text), since any other text would pass. An
 * optional field is commented out, with an example and what it means, so that deleting the {@code # } uses it.
 * The date is filled in, as given, where one belongs; a country's code is filled in from its id.
 */
final class Skeleton {

  static final String CHANGE_ME = "CHANGE-ME";
  private static final String EMPTY_TEXT = "\"\"";
  /** Where the explanations start, so that they read as a column. */
  private static final int COMMENT_COLUMN = 31;

  private final StringBuilder text = new StringBuilder();
  private int placeholders;

  private Skeleton() {}

  static Skeleton of(EntryKind kind, EntryId id, PartialDate date) {
    Skeleton s = new Skeleton();
    switch (kind) {
      case STATEMENT -> s.statement(date);
      case EVENT -> s.event(date);
      case ACTOR -> s.actor();
      case COUNTRY -> s.country(id);
      case OFFICE -> s.office();
      case PAGE -> s.page(id);
    }
    return s;
  }

  String text() {
    return text.toString();
  }

  /** How many placeholders are left to replace. */
  int placeholders() {
    return placeholders;
  }

  // ---- the entry types ----

  private void statement(PartialDate date) {
    frontMatter("A statement: what an actor said, when, about whom. It counts in the race with a candidate and a stance.");
    value("date", date.toString(), "when it was said, or first reported: YYYY-MM-DD, YYYY-MM or YYYY");
    optional("dateCirca", "true", "the date is approximate");
    optional("displayDate", "\"early April\"", "words shown instead of the date; the date still orders it");
    placeholder("actor", CHANGE_ME, "who said it: an actor id (a file in content/actors/)");
    optional("country", "gb", "on whose behalf, a country id (default: the actor's country)");
    optional("countries", "[gb, fr]", "instead of country: several country ids, or members for every member");
    optional("candidate", "mark-rutte", "the candidate it is about: an actor id");
    optional("stance", "supports", "supports, no-objection, undecided, opposes or withdraws (takes one back)");
    optional("condition", "\"assurances on Ukraine\"", "the stance holds only on this condition");
    optional("kind", "speculation", "position (default with a stance), report (default without) or speculation");
    optional("quote", "\"The words, verbatim.\"", "what was said, word for word");
    optional("mentions", "[mark-rutte]", "ids of the actors named in it");
    optional("about", "[nato-summit]", "ids of the events it refers to");
    optional("due", date.toString(), "speculations only: the date by which it should come true");
    optional("outcome", "pending", "speculations only: pending (the default), met or missed");
    source(date);
    draft();
    close("the summary in the site's own words");
  }

  private void event(PartialDate date) {
    frontMatter(
        "An event: a meeting, appointment, candidacy, deadline... Terms starting and ending and accessions come",
        "from the offices and countries by themselves: do not write them twice.");
    value("date", date.toString(), "when: YYYY-MM-DD, YYYY-MM or YYYY");
    optional("dateCirca", "true", "the date is approximate");
    optional("displayDate", "\"early April\"", "words shown instead of the date; the date still orders it");
    placeholder("title", EMPTY_TEXT, "what happens, in a line: \"NATO summit in Washington\"");
    optional("kind", "meeting", "meeting, appointment, candidacy, withdrawal, term-start, term-end, accession,");
    note("deadline or other (the default)", true);
    optional("status", "expected", "happened, scheduled, expected (reported as likely) or cancelled;");
    note("default: happened up to the site's asOf, scheduled after it", true);
    optional("actors", "[mark-rutte]", "ids of the actors involved");
    optional("countries", "[nl, us]", "ids of the countries involved");
    source(date);
    draft();
    close("what happened, in the site's own words");
  }

  private void actor() {
    header("An actor: a person, government, organisation, outlet or group that speaks or is spoken of.");
    placeholder("name", EMPTY_TEXT, "as shown: \"Mark Rutte\", \"UK Foreign Office\", \"unnamed UK official\"");
    placeholder("kind", CHANGE_ME, "person, government, organisation, outlet or group");
    optional("country", "nl", "the id of the country it belongs to or speaks for");
    optional("anonymous", "true", "an unnamed source (\"a U.S. official\")");
    optional("roles", "", "positions held, each with title, from, to (absent while it lasts)");
    optionalLine("  - title: Prime Minister of the Netherlands", "");
    optionalLine("    from: 2010-10-14", "fromCirca: true / toCirca: true mark approximate dates");
    optionalLine("    to: 2024-07-02", "");
    optional("aliases", "[Rutte]", "other names, for search");
    optional("wikidata", "Q57792", "its Wikidata id");
    draft();
  }

  private void country(EntryId id) {
    header("A country and its membership of the body. Its id is its ISO 3166-1 alpha-2 code in lower case.");
    placeholder("name", EMPTY_TEXT, "as shown: \"Netherlands\"");
    value("code", id.value().toUpperCase(Locale.ROOT), "its code in upper case: it must match the file name");
    optional("membership", "", "periods of membership of the body; none means never a member");
    optionalLine("  - from: 1949-08-24", "the first day; fromCirca: true if approximate");
    optionalLine("    to: 2024-03-06", "the last day (absent while a member); toCirca: true if approximate");
    optional("wikidata", "Q55", "its Wikidata id");
    draft();
  }

  private void office() {
    frontMatter("An office: who holds it, in succession, and who is in the race for it.");
    placeholder("name", EMPTY_TEXT, "as shown: \"Secretary General of NATO\"");
    optional("body", "NATO", "the organisation that fills it");
    optional("rule", "consensus", "consensus (the default), unanimity, majority or two-thirds");
    optional("holders", "", "in the order of their terms");
    optionalLine("  - actor: jens-stoltenberg", "an actor id");
    optionalLine("    from: 2014-10-01", "fromCirca: true / toCirca: true mark approximate dates");
    optionalLine("    to: 2024-10-01", "the last day; absent while in office");
    optionalLine("    endCause: term expired", "free text: \"resigned\", \"died in office\"");
    optionalLine("    note: \"Mandate extended\"", "free text, shown with the term");
    optionalLine("    acting: false", "true for an interim holder");
    optional("candidates", "[mark-rutte, klaus-iohannis]", "ids of the actors in the race");
    optional("wikidata", "Q1054153", "its Wikidata id (Q...)");
    draft();
    close("what the office is and how it is filled");
  }

  private void page(EntryId id) {
    frontMatter("A free page (about, method...), published at " + id.value() + "/.");
    placeholder("title", EMPTY_TEXT, "as shown: \"How we count\"");
    draft();
    close("the page itself");
  }

  // ---- shared parts ----

  private void source(PartialDate date) {
    optional("source", "", "where it was said or reported; each source needs an outlet or a url");
    optionalLine("  - outlet: reuters", "an actor id, or the outlet's name as text: \"Sky News\"");
    optionalLine("    url: https://www.reuters.com/world/", "http, https or mailto");
    optionalLine("    title: \"The article's title\"", "");
    optionalLine("    date: " + date, "when it was published");
  }

  private void draft() {
    optional("draft", "true", "leave it out of the site, unless built with --drafts");
  }

  private void header(String... about) {
    for (String line : about) {
      note(line, false);
    }
    note("Replace each CHANGE-ME and each \"\" below: until you do, `baton check` points at them.", false);
    note("Optional fields are commented out: delete the '# ' at the start of a line to use it.", false);
  }

  private void frontMatter(String... about) {
    line("---");
    header(about);
  }

  private void close(String body) {
    note("After the closing ---: " + body + ", in Markdown (optional).", false);
    line("---");
  }

  // ---- lines ----

  private void line(String s) {
    text.append(s).append('\n');
  }

  /** A comment of its own, or (continued) one more line of the explanation column. */
  private void note(String s, boolean continued) {
    line(continued ? explained("#", s) : "# " + s);
  }

  private void value(String key, String value, String why) {
    line(explained(key + ": " + value, why));
  }

  private void placeholder(String key, String value, String why) {
    placeholders++;
    value(key, value, why);
  }

  private void optional(String key, String example, String why) {
    line(explained("# " + key + ":" + (example.isEmpty() ? "" : " " + example), why));
  }

  private void optionalLine(String yaml, String why) {
    line(explained("# " + yaml, why));
  }

  private static String explained(String left, String why) {
    if (why.isEmpty()) {
      return left;
    }
    String pad = " ".repeat(Math.max(2, COMMENT_COLUMN - left.length()));
    return left + pad + "# " + why;
  }
}
