package baton.validate;

import java.util.Map;
import java.util.Set;

/** The known field names of each entry type and of the mappings inside them. */
final class Known {

  private Known() {}

  static final Set<String> SITE =
      Set.of("title", "description", "language", "baseUrl", "office", "asOf", "allowHtml", "params");
  static final Set<String> OFFICE =
      Set.of("name", "body", "rule", "holders", "wikidata", "candidates", "draft");
  static final Set<String> HOLDER =
      Set.of("actor", "from", "to", "fromCirca", "toCirca", "acting", "endCause", "note");
  static final Set<String> COUNTRY = Set.of("name", "code", "membership", "wikidata", "draft");
  static final Set<String> PERIOD = Set.of("from", "to", "fromCirca", "toCirca");
  static final Set<String> ACTOR =
      Set.of("name", "kind", "country", "anonymous", "roles", "aliases", "wikidata", "draft");
  static final Set<String> ROLE = Set.of("title", "from", "to", "fromCirca", "toCirca");
  static final Set<String> STATEMENT =
      Set.of(
          "date", "dateCirca", "displayDate", "actor", "country", "countries", "candidate", "stance", "condition",
          "kind", "quote", "mentions", "about", "due", "outcome", "source", "draft");
  static final Set<String> EVENT =
      Set.of(
          "date", "dateCirca", "displayDate", "title", "kind", "status", "actors", "countries", "source", "draft");
  static final Set<String> PAGE = Set.of("title", "date", "tags", "draft");
  static final Set<String> SOURCE = Set.of("outlet", "url", "title", "date");

  /** Examples shown when a required field is missing. */
  static final Map<String, String> EXAMPLES =
      Map.of(
          "title", "e.g. title: \"Who succeeds Stoltenberg?\"",
          "name", "e.g. name: \"Mark Rutte\"",
          "kind", "e.g. kind: person",
          "date", "e.g. date: 2024-02-22",
          "actor", "the id of the actor who said it, e.g. actor: uk-foreign-office",
          "code", "the ISO 3166-1 alpha-2 code, e.g. code: NL");
}
